import Link from 'next/link';
import { Gauge } from 'lucide-react';
import { requireWorkspace } from '@/lib/workspace';
import { can } from '@/lib/authz';
import { ImportBenchmarksDialog } from '@/components/benchmarks/import-benchmarks-dialog';
import { cachedScorecardViews } from '@/lib/scorecards/cached-view';
import { listWorkspaceBenchmarks } from '@/db/queries/benchmark-list';
import { listMeasurements } from '@/db/queries/measurement-reads';
import { Button } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { benchmarkPageRows, findMeasure } from './_components/benchmark-rows';
import { BenchmarkTable } from './_components/benchmark-table';
import { BenchmarkChart } from './_components/benchmark-chart';

export const metadata = { title: 'Benchmarks' };

export default async function BenchmarksPage({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<{ measure?: string | string[] }> }) {
  const [{ workspace: slug }, query] = await Promise.all([params, searchParams]);
  const ctx = await requireWorkspace(slug, 'content.read');
  const { locale, currency } = ctx.workspace;
  const style = { locale, currency };
  const [views, benchmarks] = await Promise.all([cachedScorecardViews(ctx.workspace), listWorkspaceBenchmarks(ctx.workspace.id)]);
  const rows = benchmarkPageRows(views, benchmarks, style);
  // ?measure=<id>: the chart of that measure; an id that is not a measure of this workspace gets a message, not an error.
  const wanted = typeof query.measure === 'string' ? query.measure : undefined;
  // Looked up among the loaded measures: a malformed or foreign id simply matches none (no query with it).
  const charted = wanted ? findMeasure(views, wanted) : null;
  const series = charted ? await listMeasurements(ctx.workspace.id, charted.id) : [];
  const s = ctx.workspace.slug;
  const toScorecards = (
    <Button asChild variant={rows.length ? 'secondary' : 'primary'}>
      <Link href={`/w/${s}/scorecards`}>
        <Gauge aria-hidden className="size-4" />
        Scorecards
      </Link>
    </Button>
  );
  return (
    <div className="min-w-0">
      <PageHeader
        title="Benchmarks"
        description="Each measure against its industry averages, top quartiles, competitors and internal best practices: gap = our latest value − benchmark."
        action={
          rows.length ? (
            <div className="flex flex-wrap gap-2">
              {toScorecards}
              {can(ctx.role, 'content.write') && (
                <ImportBenchmarksDialog
                  workspace={s}
                  scorecards={views.map((v) => ({ id: v.id, name: v.name, measures: v.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.measures.map((m) => m.name))) }))}
                  size="md"
                />
              )}
            </div>
          ) : undefined
        }
      />
      {rows.length === 0 ? (
        <EmptyState title="No measures yet" action={toScorecards}>
          Benchmarks belong to measures: open a scorecard and add measures to its objectives, then add benchmarks on each measure’s page.
        </EmptyState>
      ) : (
        <>
          {benchmarks.length === 0 && (
            <p className="mb-4 rounded-lg border border-dashed border-line bg-surface px-4 py-3 text-sm text-muted" role="note">
              <span className="font-medium text-ink">No benchmarks yet.</span> Open a measure (its name in the table) and add an industry average, a
              top-quartile value, a competitor or an internal best practice; each one’s gap to our latest value will show here.
            </p>
          )}
          <BenchmarkTable rows={rows} slug={s} />
        </>
      )}
      {charted ? (
        <BenchmarkChart slug={s} measure={charted} series={series} benchmarks={benchmarks.filter((b) => b.measureId === charted.id)} style={style} />
      ) : (
        wanted !== undefined && (
          <p id="chart" className="mt-8 rounded-lg border border-line bg-surface px-4 py-3 text-sm" role="status">
            That measure is not in this workspace (it may have been deleted). Pick “Chart” on a row to see a measure’s chart.
          </p>
        )
      )}
    </div>
  );
}
