import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { workspaces } from '@/db/schema';

export type OwnerOption = { userId: string; name: string };
export type StageOption = { id: string; name: string; journeyId: string; journeyName: string };
export type ScorecardOptions = { members: OwnerOption[]; stages: StageOption[] };

/**
 * Members (content.read): what the scorecard's edit dialogs offer — members as owners (by name) and every journey
 * stage for alignment (journeys by name, stages in map order) — in one statement, so the scorecard page stays
 * within its statement budget.
 */
export async function getScorecardOptions(workspaceId: string, db?: Db | Tx): Promise<ScorecardOptions> {
  const q = db ?? (await getDb());
  const [row] = await q
    .select({
      members: sql<OwnerOption[]>`(select coalesce(json_agg(json_build_object('userId', u.id, 'name', u.name) order by lower(u.name), u.id), '[]'::json)
        from memberships m join users u on u.id = m.user_id where m.workspace_id = workspaces.id)`,
      stages: sql<StageOption[]>`(select coalesce(json_agg(json_build_object('id', s.id, 'name', s.name, 'journeyId', j.id, 'journeyName', j.name)
        order by lower(j.name), j.id, s.position), '[]'::json)
        from stages s join journeys j on j.workspace_id = s.workspace_id and j.id = s.journey_id where s.workspace_id = workspaces.id)`,
    })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  if (!row) return { members: [], stages: [] };
  const p = <T,>(v: T): T => (typeof v === 'string' ? JSON.parse(v) : v);
  return { members: p(row.members), stages: p(row.stages) };
}
