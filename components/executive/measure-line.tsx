import { MiniChartSvg } from '@/components/charts/mini-chart-svg';
import { StatusBadge } from '@/components/scorecard/status-badge';
import { referenceGap } from '@/lib/benchmarks/format';
import { formatPeriod } from '@/lib/periods';
import { formatMeasureValue, formatTarget, statusLabels, trendLabel, type NumberStyle } from '@/lib/scorecards/format';
import { recentChartRows } from '@/lib/scorecards/recent-rows';
import type { MeasureView } from '@/lib/scorecards/view-types';

/**
 * One measure in a list for readers: name, status in words, latest value and period, target, trend, the reference
 * gap, and a small chart of the last periods against the target and the reference. Compact, so that a scorecard of
 * hundreds of measures stays a light page (the briefing book draws the full charts).
 */
export function MeasureLine({ m, style }: { m: MeasureView; style: NumberStyle }) {
  const { latest, target, status, trend } = m.score;
  const gap = referenceGap(m, style);
  const rows = recentChartRows(m);
  const value = latest ? `${formatMeasureValue(latest.value, m, style)} in ${formatPeriod(latest.period, m.frequency)}` : 'No value yet';
  const targetText = formatTarget(target, m, style);
  return (
    <li className="measure-line">
      <div>
        <p>
          <span className="break-words font-medium">{m.name}</span> <StatusBadge status={status} />
        </p>
        <p className="text-sm tabular-nums">
          {`${value} · Target ${targetText} · ${trendLabel(trend)}`}
        </p>
        <p className="text-xs text-muted">
          {`${gap ? gap.text : 'No reference benchmark'}${m.owner ? ` · Owner: ${m.owner.name}` : ''}`}
        </p>
      </div>
      <MiniChartSvg rows={rows} reference={m.reference?.value ?? null} summary={`${m.name}: ${statusLabels[status]}, ${value}, target ${targetText}, last ${rows.length} periods`} />
    </li>
  );
}
