// The KPI table's rows: every measure of every scorecard, flattened from the scored read model and formatted on
// the server (the client gets strings and the numbers it sorts by). Pure.
import { formatPeriod } from '@/lib/periods';
import { formatMeasureValue, formatScore, formatTarget, type NumberStyle } from '@/lib/scorecards/format';
import { targetAt, type Band, type Status, type Trend } from '@/lib/scoring';
import type { MeasureView, PerspectiveKind, ScorecardView } from '@/lib/scorecards/view-types';

export type KpiRow = {
  id: string;
  name: string;
  scorecardId: string;
  scorecard: string;
  perspectiveKind: PerspectiveKind;
  perspective: string;
  objective: string;
  status: Status;
  /** The latest value up to the current period, formatted with its unit; null when none. */
  value: string | null;
  valueNumber: number | null;
  /** The latest value's period label, e.g. 2026-W07. */
  period: string | null;
  target: string;
  progress: number | null;
  progressText: string;
  trend: Trend | null;
  owner: string | null;
  stage: string | null;
  journey: string | null;
};

export const PERSPECTIVE_ORDER: Record<PerspectiveKind, number> = { financial: 0, customer: 1, internal: 2, learning: 3 };
/** The perspective filter's options, in display order. */
export const perspectiveOptions = [
  { value: 'financial', label: 'Financial' },
  { value: 'customer', label: 'Customer' },
  { value: 'internal', label: 'Internal Process' },
  { value: 'learning', label: 'Learning & Growth' },
];
/** A filter's options: the distinct names, sorted, then `none` when some rows have no name. */
export const distinct = (values: (string | null)[], none: string) => {
  const names = [...new Set(values.filter((v): v is string => v !== null))].sort((a, b) => a.localeCompare(b));
  const options = names.map((n) => ({ value: n, label: n }));
  return values.includes(null) ? [...options, { value: none, label: none }] : options;
};

/** The target shown: the one in force in the latest value's period, else the one in force now. */
function targetOf(m: MeasureView): number | Band | null {
  if (m.score.target !== null) return m.score.target;
  const steps = m.targets.flatMap((t) =>
    m.direction === 'range'
      ? t.lo !== null && t.hi !== null
        ? [{ fromPeriod: t.fromPeriod, target: { lo: t.lo, hi: t.hi } as number | Band }]
        : []
      : t.target !== null
        ? [{ fromPeriod: t.fromPeriod, target: t.target as number | Band }]
        : [],
  );
  return targetAt(steps, m.currentPeriod);
}

/** One row per measure, in scorecard → perspective → objective → measure order. */
export function kpiRows(views: readonly ScorecardView[], style: NumberStyle): KpiRow[] {
  return views.flatMap((card) =>
    card.perspectives.flatMap((p) =>
      p.objectives.flatMap((o) =>
        o.measures.map((m) => {
          const latest = m.score.latest;
          return {
            id: m.id,
            name: m.name,
            scorecardId: card.id,
            scorecard: card.name,
            perspectiveKind: p.kind,
            perspective: p.label,
            objective: o.name,
            status: m.score.status,
            value: latest ? formatMeasureValue(latest.value, m, style) : null,
            valueNumber: latest?.value ?? null,
            period: latest ? formatPeriod(latest.period, m.frequency) : null,
            target: formatTarget(targetOf(m), m, style),
            progress: m.score.progress,
            progressText: formatScore(m.score.progress, style),
            trend: m.score.trend,
            owner: m.owner?.name ?? null,
            stage: m.stage?.name ?? null,
            journey: m.stage?.journeyName ?? null,
          };
        }),
      ),
    ),
  );
}
