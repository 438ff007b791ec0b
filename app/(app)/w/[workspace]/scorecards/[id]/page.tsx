import { notFound } from 'next/navigation';
import { can } from '@/lib/authz';
import { requireWorkspace } from '@/lib/workspace';
import { cachedScorecardView } from '@/lib/scorecards/cached-view';
import { getScorecardOptions } from '@/db/queries/scorecard-options';
import { listShareLinks } from '@/db/queries/share-links';
import { PerspectiveSection } from './_components/perspective-section';
import { ScorecardHeader } from './_components/scorecard-header';
import { ScorecardProvider } from './_components/scorecard-context';
import type { ScorecardContext } from './_components/types';

export const metadata = { title: 'Scorecard' };

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ScorecardPage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  const ws = await requireWorkspace(slug, 'content.read');
  if (!UUID_RE.test(id)) notFound();
  const canEdit = can(ws.role, 'content.write');
  const canShare = can(ws.role, 'shares.manage');
  // Viewers get no edit dialogs, so no pickers to fill; only admins see the share links.
  const [view, options, links] = await Promise.all([
    cachedScorecardView(ws.workspace, id),
    canEdit ? getScorecardOptions(ws.workspace.id) : Promise.resolve({ members: [], stages: [] }),
    canShare ? listShareLinks(ws.workspace.id, id) : Promise.resolve(null),
  ]);
  if (!view) notFound();
  const now = Date.now();
  const share = links && {
    workspace: ws.workspace.slug,
    scorecard: { id: view.id, name: view.name },
    locale: ws.workspace.locale,
    timeZone: ws.workspace.timeZone,
    links: links.map((l) => ({
      ...l,
      createdAt: l.createdAt.toISOString(),
      expiresAt: l.expiresAt?.toISOString() ?? null,
      expired: l.expiresAt !== null && l.expiresAt.getTime() <= now,
      lastViewedAt: l.lastViewedAt?.toISOString() ?? null,
    })),
  };
  const ctx: ScorecardContext = {
    slug: ws.workspace.slug,
    scorecardId: view.id,
    canEdit,
    locale: ws.workspace.locale,
    currency: ws.workspace.currency,
    members: options.members,
    stages: options.stages,
    perspectives: view.perspectives.map((p) => ({ id: p.id, label: p.label })),
    objectives: view.perspectives.flatMap((p) => p.objectives.map((o) => ({ id: o.id, name: o.name, perspectiveLabel: p.label }))),
  };
  const names = new Map(ctx.objectives.map((o) => [o.id, o.name]));
  return (
    <ScorecardProvider value={ctx}>
      <ScorecardHeader slug={ctx.slug} scorecard={view} canEdit={canEdit} locale={ctx.locale} share={share} />
      <div className="space-y-5">
        {view.perspectives.map((p) => (
          <PerspectiveSection key={p.id} ctx={ctx} perspective={p} links={view.links} names={names} />
        ))}
      </div>
    </ScorecardProvider>
  );
}
