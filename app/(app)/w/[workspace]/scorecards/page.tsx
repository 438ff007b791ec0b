import Link from 'next/link';
import { requireWorkspace } from '@/lib/workspace';
import { can } from '@/lib/authz';
import { listScorecards } from '@/db/queries/scorecards';
import { cachedScorecardViews } from '@/lib/scorecards/cached-view';
import { StatusBadge } from '@/components/scorecard/status-badge';
import { formatScore } from '@/lib/scorecards/format';
import { Card } from '@/components/ui/card';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { RelativeTime } from '@/components/ui/relative-time';
import { DeleteScorecardButton } from './_components/delete-scorecard-button';
import { NewScorecardDialog } from './_components/new-scorecard-dialog';

export const metadata = { title: 'Scorecards' };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default async function ScorecardsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requireWorkspace(slug, 'content.read');
  const canEdit = can(ctx.role, 'content.write');
  const [scorecards, views] = await Promise.all([listScorecards(ctx.workspace.id), cachedScorecardViews(ctx.workspace)]);
  const scored = new Map(views.map((v) => [v.id, v]));
  const newButton = canEdit ? <NewScorecardDialog slug={ctx.workspace.slug} /> : undefined;
  return (
    <div>
      <PageHeader title="Scorecards" description="Strategy in four perspectives: objectives, their measures and the initiatives that move them." action={newButton} />
      {scorecards.length === 0 ? (
        <EmptyState title="No scorecards yet" action={newButton}>
          {canEdit
            ? 'Create a scorecard for the company or a product line, then add objectives to its four perspectives.'
            : 'Editors of this workspace can create scorecards; they will show up here.'}
        </EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-label="Scorecards">
          {scorecards.map((s) => (
            <li key={s.id}>
              <Card className="flex h-full flex-col p-5">
                <h2 className="text-base font-semibold">
                  <Link href={`/w/${ctx.workspace.slug}/scorecards/${s.id}`} className="break-words hover:underline">
                    {s.name}
                  </Link>
                </h2>
                {s.description && <p className="mt-1 line-clamp-2 text-sm text-muted">{s.description}</p>}
                <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-semibold tabular-nums">{formatScore(scored.get(s.id)?.score ?? null, { locale: ctx.workspace.locale })}</span>
                  <StatusBadge status={scored.get(s.id)?.status ?? 'grey'} />
                </p>
                <p className="mt-1 text-sm text-muted">
                  {plural(s.objectiveCount, 'objective', 'objectives')} · {plural(s.measureCount, 'measure', 'measures')}
                </p>
                <div className="mt-auto flex items-center justify-between gap-2 pt-4 text-xs text-muted">
                  <span>
                    Changed <RelativeTime date={s.updatedAt} locale={ctx.workspace.locale} timeZone={ctx.workspace.timeZone} />
                  </span>
                  {canEdit && <DeleteScorecardButton slug={ctx.workspace.slug} scorecard={s} />}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
