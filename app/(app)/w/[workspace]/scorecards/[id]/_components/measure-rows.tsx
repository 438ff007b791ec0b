import Link from 'next/link';
import { ProgressBar } from '@/components/scorecard/progress-bar';
import { Sparkline } from '@/components/scorecard/sparkline';
import { StatusBadge } from '@/components/scorecard/status-badge';
import { TrendIndicator } from '@/components/scorecard/trend-indicator';
import { formatMeasureValue, formatTarget, type NumberStyle } from '@/lib/scorecards/format';
import { formatPeriod } from '@/lib/periods';
import type { MeasureView } from '@/lib/scorecards/view-types';
import { ReferenceGap } from '@/components/benchmarks/reference-gap';

function periodOf(start: string, m: MeasureView) {
  try {
    return formatPeriod(start, m.frequency);
  } catch {
    return start;
  }
}

/** An objective's measures: status in words and icon, latest value with its period, target, progress, sparkline and trend. */
export function MeasureRows({ slug, measures, style }: { slug: string; measures: MeasureView[]; style: NumberStyle }) {
  if (!measures.length) return <p className="py-1 text-xs text-muted">No measures yet.</p>;
  return (
    <ul className="divide-y divide-line" aria-label="Measures">
      {measures.map((m) => {
        const s = m.score;
        return (
          <li key={m.id} className="grid grid-cols-1 gap-x-4 gap-y-1.5 py-2 text-sm sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center">
            <div className="flex min-w-0 flex-wrap items-center gap-2">
              <Link href={`/w/${slug}/kpis/${m.id}`} className="break-words font-medium hover:underline">
                {m.name}
              </Link>
              <StatusBadge status={s.status} />
            </div>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1.5">
              <span>
                <span className="font-medium tabular-nums">{formatMeasureValue(s.latest?.value ?? null, m, style)}</span>
                {s.latest && <span className="text-xs text-muted"> in {periodOf(String(s.latest.period), m)}</span>}
              </span>
              <span className="text-xs text-muted">Target {formatTarget(s.target, m, style)}</span>
              <ProgressBar value={s.progress} status={s.status} locale={style.locale} className="w-24" />
              <Sparkline points={m.recent} />
              <TrendIndicator trend={s.trend} />
              <ReferenceGap measure={m} style={style} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
