import 'server-only';
import { getDb } from '@/db';
import { listObjectiveLinks } from './objective-links';
import { listObjectives } from './objectives';
import { getScorecard, listPerspectives } from './scorecards';

/** Members and tokens: a scorecard with its perspectives (each with its objectives, in order) and its links; not_found when not here. */
export async function getScorecardDetail(workspaceId: string, scorecardId: string) {
  const db = await getDb();
  const { workspaceId: _w, ...scorecard } = await getScorecard(workspaceId, scorecardId, db);
  const [perspectives, objectives, links] = await Promise.all([
    listPerspectives(db, workspaceId, scorecardId),
    listObjectives(workspaceId, scorecardId, db),
    listObjectiveLinks(workspaceId, scorecardId),
  ]);
  return {
    ...scorecard,
    perspectives: perspectives.map(({ workspaceId: _pw, scorecardId: _s, createdAt: _c, updatedAt: _u, ...p }) => ({
      ...p,
      objectives: objectives.filter((o) => o.perspectiveId === p.id).map(({ scorecardId: _os, ...o }) => o),
    })),
    links: links.map(({ createdAt: _c, ...l }) => l),
  };
}
