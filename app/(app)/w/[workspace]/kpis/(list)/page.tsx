import Link from 'next/link';
import { Gauge } from 'lucide-react';
import { requireWorkspace } from '@/lib/workspace';
import { cachedScorecardViews } from '@/lib/scorecards/cached-view';
import { Button } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { kpiRows } from '../_components/kpi-rows';
import { KpiTable } from '../_components/kpi-table';

export const metadata = { title: 'KPIs' };

export default async function KpisPage({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<{ scorecard?: string | string[] }> }) {
  const [{ workspace: slug }, query] = await Promise.all([params, searchParams]);
  const ctx = await requireWorkspace(slug, 'content.read');
  const { locale, currency } = ctx.workspace;
  const views = await cachedScorecardViews(ctx.workspace);
  const rows = kpiRows(views, { locale, currency });
  const scorecards = views.map((v) => ({ id: v.id, name: v.name }));
  const wanted = typeof query.scorecard === 'string' ? query.scorecard : undefined;
  const scorecardId = scorecards.some((s) => s.id === wanted) ? wanted : undefined;
  const toScorecards = (
    <Button asChild variant={rows.length ? 'secondary' : 'primary'}>
      <Link href={`/w/${ctx.workspace.slug}/scorecards`}>
        <Gauge aria-hidden className="size-4" />
        Scorecards
      </Link>
    </Button>
  );
  return (
    <div className="min-w-0">
      <PageHeader
        title="KPIs"
        description="Every measure of every scorecard, with its latest value, target, status and trend."
        action={rows.length ? toScorecards : undefined}
      />
      {rows.length === 0 ? (
        <EmptyState title={scorecards.length ? 'No measures yet' : 'No scorecards yet'} action={toScorecards}>
          {scorecards.length
            ? 'Open a scorecard and add measures to its objectives (from the KPI library or from scratch); they will be listed here.'
            : 'Create a scorecard, add objectives to its four perspectives, then measures from the KPI library; they will be listed here.'}
        </EmptyState>
      ) : (
        <KpiTable rows={rows} scorecards={scorecards} slug={ctx.workspace.slug} locale={locale} scorecardId={scorecardId} />
      )}
    </div>
  );
}
