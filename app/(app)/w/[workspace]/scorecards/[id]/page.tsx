import { notFound } from 'next/navigation';
import { can } from '@/lib/authz';
import { requireWorkspace } from '@/lib/workspace';
import { getScorecardView } from '@/db/queries/scorecard-view';
import { getScorecardOptions } from '@/db/queries/scorecard-options';
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
  // Viewers get no edit dialogs, so no pickers to fill.
  const [view, options] = await Promise.all([
    getScorecardView(ws.workspace.id, id, { timeZone: ws.workspace.timeZone }),
    canEdit ? getScorecardOptions(ws.workspace.id) : Promise.resolve({ members: [], stages: [] }),
  ]);
  if (!view) notFound();
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
      <ScorecardHeader slug={ctx.slug} scorecard={view} canEdit={canEdit} locale={ctx.locale} />
      <div className="space-y-5">
        {view.perspectives.map((p) => (
          <PerspectiveSection key={p.id} ctx={ctx} perspective={p} links={view.links} names={names} />
        ))}
      </div>
    </ScorecardProvider>
  );
}
