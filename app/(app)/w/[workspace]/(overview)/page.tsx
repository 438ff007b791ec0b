import Link from 'next/link';
import { requireWorkspace } from '@/lib/workspace';
import { can, roleLabels } from '@/lib/authz';
import { listMembers } from '@/db/queries/workspaces';
import { cachedScorecardViews } from '@/lib/scorecards/cached-view';
import { listNegativeMoments } from '@/db/queries/moments';
import { initiativesNeedingAttention, largestGaps, statusChanges } from '@/lib/overview/executive';
import { PageHeader, EmptyState } from '@/components/ui/page-header';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ScorecardSummaries } from '../_components/overview/scorecard-summaries';
import { AttentionInitiatives, LargestGaps, NegativeMoments, StatusChanges } from '../_components/overview/attention-lists';

/**
 * The executive overview: every scorecard's score and perspectives with status, then what needs attention —
 * status changes since the previous period, the largest gaps to reference benchmarks, negative moments of truth,
 * initiatives at risk or overdue — each linking to its page; and the team.
 */
export default async function OverviewPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requireWorkspace(slug);
  const { workspace } = ctx;
  const [members, views, moments] = await Promise.all([
    listMembers(workspace.id),
    cachedScorecardViews(workspace),
    listNegativeMoments(workspace.id),
  ]);
  const base = `/w/${workspace.slug}`;
  const style = { locale: workspace.locale, currency: workspace.currency };
  return (
    <>
      <PageHeader
        title={workspace.name}
        description={
          <>
            You are <Badge tone="brand">{roleLabels[ctx.role]}</Badge> in this workspace.
          </>
        }
        action={
          can(ctx.role, 'invitations.manage') ? (
            <Button asChild>
              <Link href={`${base}/settings/members`}>Invite people</Link>
            </Button>
          ) : undefined
        }
      />
      <div className="space-y-6">
        <section aria-labelledby="ov-scorecards" className="space-y-3">
          <h2 id="ov-scorecards" className="text-lg font-semibold">
            Scorecards
          </h2>
          {views.length === 0 ? (
            <EmptyState
              title="No scorecard yet"
              action={
                <Button asChild variant="secondary">
                  <Link href={`${base}/scorecards`}>Go to scorecards</Link>
                </Button>
              }
            >
              Build a Balanced Scorecard to see its score, its perspectives and what needs attention here.
            </EmptyState>
          ) : (
            <ScorecardSummaries base={base} views={views} locale={workspace.locale} />
          )}
        </section>
        <section aria-label="Needs attention" className="grid gap-4 md:grid-cols-2">
          <StatusChanges base={base} changes={statusChanges(views)} />
          <LargestGaps base={base} gaps={largestGaps(views)} style={style} />
          <NegativeMoments base={base} moments={moments} />
          <AttentionInitiatives base={base} items={initiativesNeedingAttention(views)} />
        </section>
        <Card>
          <CardHeader title="Team" description={`${members.length} ${members.length === 1 ? 'member' : 'members'}`} />
          <CardBody>
            <ul className="grid gap-2 sm:grid-cols-2">
              {members.slice(0, 8).map((m) => (
                <li key={m.id} className="flex items-center justify-between gap-3 text-sm">
                  <span className="truncate">{m.name}</span>
                  <Badge>{roleLabels[m.role]}</Badge>
                </li>
              ))}
            </ul>
            <Link href={`${base}/settings/members`} className="mt-4 inline-block text-sm text-brand-700 hover:underline">
              All members
            </Link>
          </CardBody>
        </Card>
      </div>
    </>
  );
}
