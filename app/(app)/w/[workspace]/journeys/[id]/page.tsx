import { notFound } from 'next/navigation';
import { EmptyState } from '@/components/ui/page-header';
import { can } from '@/lib/authz';
import { requireWorkspace } from '@/lib/workspace';
import { getJourneyMap } from '@/db/queries/journey-map';
import { listMembers } from '@/db/queries/workspaces';
import { listPersonaOptions } from '@/db/queries/journeys';
import { listStageKpis } from '@/db/queries/stage-kpis';
import { listJourneyCanvasNotes } from '@/db/queries/canvas-links';
import { toLaneItems } from '@/lib/scorecards/lane';
import { channelEnum } from '@/db/schema/enums';
import { AddStageButton } from './_components/add-stage-button';
import { JourneyHeader } from './_components/journey-header';
import { mapIcons } from './_components/icons';
import { IconSprite } from '@/components/icon-sprite';
import { EmotionCurve } from './_components/emotion-curve';
import { JourneyMap, type MapFilters as Filters } from './_components/journey-map';
import { MapFilters } from './_components/map-filters';

export const metadata = { title: 'Journey map' };

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function JourneyMapPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ workspace: slug, id }, sp] = await Promise.all([params, searchParams]);
  const ws = await requireWorkspace(slug, 'content.read');
  if (!UUID_RE.test(id)) notFound();
  const canEdit = can(ws.role, 'content.write');
  const [map, personas, memberRows, stageKpis, canvasLinks] = await Promise.all([
    getJourneyMap(ws.workspace.id, id),
    listPersonaOptions(ws.workspace.id),
    canEdit ? listMembers(ws.workspace.id) : Promise.resolve([]),
    listStageKpis(ws.workspace.id, id, { timeZone: ws.workspace.timeZone }),
    listJourneyCanvasNotes(ws.workspace.id, id),
  ]);
  const canvasNotes: Record<string, typeof canvasLinks> = {};
  for (const n of canvasLinks) (canvasNotes[n.stageId] ??= []).push(n);
  if (!map) notFound();
  const members = memberRows.map((m) => ({ userId: m.userId, name: m.name }));
  const ctx = { slug: ws.workspace.slug, journeyId: map.journey.id, members };
  const channel = one(sp.channel) ?? '';
  const filters: Filters = {
    mot: one(sp.mot) === '1',
    negative: one(sp.negative) === '1',
    channel: (channelEnum.enumValues as readonly string[]).includes(channel) ? channel : '',
  };
  const path = `/w/${ws.workspace.slug}/journeys/${map.journey.id}`;
  return (
    <div className="min-w-0 space-y-4">
      <IconSprite icons={mapIcons} />
      <JourneyHeader slug={ws.workspace.slug} journey={map.journey} personas={personas} canEdit={canEdit} />
      {canEdit && map.stages.length > 0 && (
        <div className="flex justify-end">
          <AddStageButton ctx={ctx} />
        </div>
      )}
      {map.stages.length === 0 ? (
        <EmptyState title="This journey has no stages yet" action={canEdit ? <AddStageButton ctx={ctx} variant="primary" /> : undefined}>
          {canEdit ? 'Add the first stage, e.g. Awareness, then add touchpoints to it.' : 'An editor can add stages and touchpoints to this journey.'}
        </EmptyState>
      ) : (
        <>
          <MapFilters filters={filters} path={path} />
          <JourneyMap ctx={ctx} stages={map.stages} journeyVersion={map.journey.version} canEdit={canEdit} filters={filters} curve={<EmotionCurve stages={map.stages} />}
            kpis={toLaneItems(stageKpis, ws.workspace.slug, ws.workspace)}
            canvasNotes={canvasNotes}
          />
        </>
      )}
    </div>
  );
}
