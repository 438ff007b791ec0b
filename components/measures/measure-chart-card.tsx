import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { formatMeasureValue, type NumberStyle } from '@/lib/scorecards/format';
import type { MeasureView } from '@/lib/scorecards/view-types';
import type { ChartRow } from '@/lib/measurements/series';
import { MeasureChart, type BenchmarkLine } from './measure-chart';

/** The chart with what it shows in words: a summary, and every period as a table for screen readers and print. */
export function MeasureChartCard({ measure: m, rows, style, benchmarks = [], title = 'Measured against target' }: { title?: React.ReactNode; measure: Pick<MeasureView, 'id' | 'direction' | 'targets' | 'baseline' | 'unit' | 'unitLabel' | 'decimals'>; rows: ChartRow[]; style: NumberStyle; benchmarks?: BenchmarkLine[] }) {
  const range = m.direction === 'range';
  const measured = rows.filter((r) => r.value !== null);
  const fmt = (v: number | null) => (v === null ? '—' : formatMeasureValue(v, m, style));
  const targetOf = (r: ChartRow) => (range ? (r.lo !== null && r.hi !== null ? `${fmt(r.lo)} to ${fmt(r.hi)}` : '—') : fmt(r.target));
  const summary =
    measured.length === 0
      ? `No measurements yet. The chart shows the target${m.targets.length > 1 ? 's' : ''} over time${m.baseline !== null ? ' and the baseline' : ''}.`
      : `${measured.length} measured period${measured.length === 1 ? '' : 's'} from ${measured[0].label} to ${measured[measured.length - 1].label}; the latest is ${fmt(measured[measured.length - 1].value)}.${m.baseline !== null ? ` Baseline ${fmt(m.baseline)}.` : ''}`;
  const benchmarkSummary = benchmarks.length ? ` Benchmark lines: ${benchmarks.map((b) => `${b.label} ${fmt(b.value)}${b.reference ? ' (reference)' : ''}`).join('; ')}.` : '';
  return (
    <Card>
      <CardHeader title={title} description={range ? 'The dashed lines are the range in force in each period.' : 'The dashed step line is the target in force in each period.'} />
      <CardBody className="space-y-3">
        {rows.length > 0 && <MeasureChart rows={rows} baseline={range ? null : m.baseline} range={range} unit={m.unit === '%' ? '%' : m.unitLabel} benchmarks={benchmarks} />}
        <p className="text-sm text-muted" id={`chart-summary-${m.id}`}>
          {summary}
          {benchmarkSummary}
        </p>
        {rows.length > 0 && (
          <details className="text-sm">
            <summary className="cursor-pointer text-brand-700">Show the chart’s data as a table</summary>
            <div className="mt-2 max-h-80 overflow-auto">
              <table className="w-full text-left">
                <caption className="sr-only">Measured values and targets by period</caption>
                <thead>
                  <tr className="border-b border-line text-muted">
                    <th scope="col" className="py-1 pr-4 font-medium">Period</th>
                    <th scope="col" className="py-1 pr-4 font-medium">Value</th>
                    <th scope="col" className="py-1 font-medium">{range ? 'Range' : 'Target'}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.label} className="border-b border-line/60">
                      <th scope="row" className="py-1 pr-4 font-normal">{r.label}</th>
                      <td className="py-1 pr-4">{fmt(r.value)}</td>
                      <td className="py-1">{targetOf(r)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        )}
      </CardBody>
    </Card>
  );
}
