import { SeriesChartLegend, SeriesChartSvg } from '@/components/charts/series-chart-svg';
import { StatusBadge } from '@/components/scorecard/status-badge';
import { referenceGap } from '@/lib/benchmarks/format';
import { formatPeriod } from '@/lib/periods';
import { formatMeasureValue, formatNumber, formatTarget, statusLabels, trendLabel, type NumberStyle } from '@/lib/scorecards/format';
import { recentChartRows } from '@/lib/scorecards/recent-rows';
import type { MeasureView } from '@/lib/scorecards/view-types';

/**
 * One measure for readers: status in words, latest value and period, target, trend, the reference gap, and its chart as SVG.
 * `anchor` names its heading's element id (default: the measure id; public pages pass an index so no id shows).
 */
export function MeasureBrief({ m, style, owner = true, anchor = m.id }: { m: MeasureView; style: NumberStyle; owner?: boolean; anchor?: string }) {
  const { latest, target, status, trend } = m.score;
  const gap = referenceGap(m, style);
  const rows = recentChartRows(m);
  const value = latest ? `${formatMeasureValue(latest.value, m, style)} in ${formatPeriod(latest.period, m.frequency)}` : 'No value yet';
  const summary = `${m.name}: ${statusLabels[status]}, ${value}, target ${formatTarget(target, m, style)}; last ${rows.length} periods.`;
  return (
    <article className="break-inside-avoid rounded-md border border-line p-3" aria-labelledby={`mb-${anchor}`}>
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 id={`mb-${anchor}`} className="font-semibold">
          {m.name}
        </h4>
        <StatusBadge status={status} />
      </header>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-xs text-muted">Latest</dt>
          <dd className="tabular-nums">{value}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted">Target</dt>
          <dd className="tabular-nums">{formatTarget(target, m, style)}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted">Trend</dt>
          <dd>{trendLabel(trend)}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted">Benchmark</dt>
          <dd>{gap ? gap.text : 'No reference'}</dd>
        </div>
        {owner && m.owner && (
          <div>
            <dt className="text-xs text-muted">Owner</dt>
            <dd>{m.owner.name}</dd>
          </div>
        )}
      </dl>
      <div className="mt-2">
        <SeriesChartSvg
          rows={rows}
          baseline={m.baseline}
          benchmarks={m.reference ? [{ label: gap?.name ?? 'Reference', value: m.reference.value, reference: true }] : []}
          summary={summary}
          format={(v) => formatNumber(v, Math.min(m.decimals, 2), style)}
          height={180}
        />
        <SeriesChartLegend range={m.direction === 'range'} baseline={m.baseline !== null} benchmark={m.reference !== null} />
      </div>
    </article>
  );
}
