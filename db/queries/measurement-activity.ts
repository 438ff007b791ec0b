// The activity row of a measurement write (recordMeasurements): planned before the counts are known, then
// completed in JS (imports of several chunks) or by the upsert statement itself (one chunk).
import 'server-only';
import { sql } from 'drizzle-orm';
import { activities } from '@/db/schema';
import { formatPeriod } from '@/lib/periods';
import type { ActivityInput, Actor } from './activity';
import type { MeasureInfo, MeasurementInputRow, MeasurementSource, RecordCounts } from './measurements';

/** The activity row of a call before its counts are known: a single save gets `change`, an import its counts. */
export type ActivityPlan = { input: ActivityInput & { data: Record<string, unknown> }; counts: 'change' | 'all'; rows: number };

export const withCounts = ({ input, counts }: ActivityPlan, c: RecordCounts): ActivityInput => ({
  ...input,
  data: counts === 'change' ? { ...input.data, change: c.created ? 'created' : 'updated' } : { ...c, ...input.data },
});

/**
 * The same row as logActivity(withCounts(plan, counts)), written by the upsert statement from its own counts, and
 * only when it changed something. `changed` is the upsert's CTE of changed rows.
 */
export function activityCte(workspaceId: string, actor: Actor, { input, counts, rows }: ActivityPlan) {
  const extra =
    counts === 'change'
      ? sql`jsonb_build_object('change', case when k.c > 0 then 'created' else 'updated' end)`
      : sql`jsonb_build_object('created', k.c, 'updated', k.u, 'unchanged', ${rows}::int - k.c - k.u)`;
  return sql`,
    act as (
      insert into ${activities} (workspace_id, actor_user_id, actor_token_id, actor_name, action, target_type, target_id, target_label, data)
      select ${workspaceId}::uuid, ${actor.userId}::uuid, ${actor.tokenId}::uuid, ${actor.name}::text, ${input.action}::text,
        ${input.targetType}::text, ${input.targetId ?? null}::text, ${input.targetLabel ?? null}::text, ${JSON.stringify(input.data)}::jsonb || ${extra}
      from (select count(*) filter (where is_new)::int as c, count(*) filter (where not is_new)::int as u from changed) k
      where k.c + k.u > 0
    )`;
}

/** What the activity row of this write says, but its counts. */
export function activityPlan(rows: MeasurementInputRow[], byId: Map<string, MeasureInfo>, scorecardId: string | null, source: MeasurementSource): ActivityPlan {
  const first = byId.get(rows[0].measureId)!;
  if (rows.length === 1 && source !== 'import') {
    const r = rows[0];
    const input = {
      action: source === 'survey' ? 'survey.recorded' : 'measurement.recorded',
      targetType: 'measure',
      targetId: first.id,
      targetLabel: first.name,
      data: { period: formatPeriod(r.period, first.frequency), value: r.value, source, ...(r.survey ? { survey: r.survey } : {}) },
    };
    return { input, counts: 'change', rows: 1 };
  }
  const single = byId.size === 1;
  const input = {
    action: 'measurements.imported',
    targetType: single ? 'measure' : 'scorecard',
    targetId: single ? first.id : (scorecardId ?? first.scorecardId),
    targetLabel: single ? first.name : first.scorecardName,
    data: { rows: rows.length, source },
  };
  return { input, counts: 'all', rows: rows.length };
}
