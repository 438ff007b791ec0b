import Link from 'next/link';
import { MeasureChartCard } from '@/components/measures/measure-chart-card';
import { benchmarkName } from '@/lib/benchmarks/format';
import { chartRows } from '@/lib/measurements/series';
import type { NumberStyle } from '@/lib/scorecards/format';
import type { MeasureView } from '@/lib/scorecards/view-types';
import type { BenchmarkListItem } from '@/db/queries/benchmark-list';

/** Below the table: the chart of one measure's series with a line per benchmark (the measure page's chart). */
export function BenchmarkChart({ slug, measure: m, series, benchmarks, style }: { slug: string; measure: MeasureView; series: { period: string; value: number }[]; benchmarks: BenchmarkListItem[]; style: NumberStyle }) {
  const lines = benchmarks.map((b) => ({ label: benchmarkName(b), value: b.value, reference: m.reference?.id === b.id }));
  return (
    <section id="chart" aria-label={`Chart of ${m.name}`} className="mt-8 scroll-mt-6 space-y-2">
      <MeasureChartCard
        measure={m}
        rows={chartRows(m, series, m.currentPeriod)}
        style={style}
        benchmarks={lines}
        title={
          <>
            {m.name}: measured against target{lines.length ? ' and benchmarks' : ''}
          </>
        }
      />
      <p className="text-sm">
        <Link href={`/w/${slug}/kpis/${m.id}`} className="text-brand-700 underline underline-offset-2">
          Open {m.name}
        </Link>{' '}
        <span className="text-muted">to add values or benchmarks.</span>
      </p>
    </section>
  );
}
