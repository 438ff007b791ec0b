import { referenceGap } from '@/lib/benchmarks/format';
import { formatPeriod } from '@/lib/periods';
import { formatMeasureValue, formatTarget, type NumberStyle } from '@/lib/scorecards/format';
import type { Status, Trend } from '@/lib/scoring';
import type { MeasureView } from '@/lib/scorecards/view-types';

/**
 * One measure row of the scorecard page, formatted on the server: what the client row component shows and nothing
 * more. A scorecard lists hundreds of these; sending a few strings each instead of a server-rendered tree keeps
 * the page's payload (and its render time) down.
 */
export type MeasureRowData = {
  id: string;
  name: string;
  status: Status;
  value: string;
  period: string | null;
  target: string;
  progress: number | null;
  /** The recent values, oldest first (the sparkline). */
  recent: number[];
  trend: Trend | null;
  gap: { mark: '▲' | '=' | '▼' | null; text: string } | null;
};

const marks = { ahead: '▲', on_par: '=', behind: '▼' } as const;

function periodOf(start: string, m: MeasureView) {
  try {
    return formatPeriod(start, m.frequency);
  } catch {
    return start;
  }
}

/** The row of measure `m` in the workspace's number style. */
export function measureRowData(m: MeasureView, style: NumberStyle): MeasureRowData {
  const s = m.score;
  const gap = referenceGap(m, style);
  return {
    id: m.id,
    name: m.name,
    status: s.status,
    value: formatMeasureValue(s.latest?.value ?? null, m, style),
    period: s.latest ? periodOf(String(s.latest.period), m) : null,
    target: formatTarget(s.target, m, style),
    progress: s.progress,
    recent: m.recent.map((p) => p.value),
    trend: s.trend,
    gap: gap && { mark: gap.gap?.position ? marks[gap.gap.position] : null, text: gap.text },
  };
}
