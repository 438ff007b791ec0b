import 'server-only';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { measurements, measures, scorecards } from '@/db/schema';
import { buildScorecardView, type RecentRow, type ScorecardRow } from '@/lib/scorecards/build-view';
import { localDate } from '@/lib/periods';
import type { ScorecardView } from '@/lib/scorecards/view-types';

// Subqueries name the outer table in plain SQL (scorecards.id): drizzle renders a column of a single-table select
// unqualified, which inside a subquery would bind to the subquery's own table.
// The whole scorecard read model in two statements whatever its size: one row per scorecard carrying its
// perspectives, objectives, measures (with targets), initiatives and links as JSON, then the last 13 measured
// periods of each measure up to today. Owners are shown only while they are members; stages with their journey.

/** Periods per measure the page needs: 12 for the sparkline plus the one before, for the trend. */
const RECENT = 13;

const ownerJoin = (alias: string) => sql.raw(
  `left join memberships ${alias}_m on ${alias}_m.workspace_id = ${alias}.workspace_id and ${alias}_m.user_id = ${alias}.owner_id
   left join users ${alias}_u on ${alias}_u.id = ${alias}_m.user_id`,
);
const stageJoin = (alias: string) => sql.raw(
  `left join stages ${alias}_s on ${alias}_s.workspace_id = ${alias}.workspace_id and ${alias}_s.id = ${alias}.stage_id
   left join journeys ${alias}_j on ${alias}_j.workspace_id = ${alias}_s.workspace_id and ${alias}_j.id = ${alias}_s.journey_id`,
);
const refFields = (alias: string, stage = true) => sql.raw(
  `'ownerId', ${alias}.owner_id, 'ownerName', ${alias}_u.name` +
    (stage ? `, 'stageId', ${alias}.stage_id, 'stageName', ${alias}_s.name, 'journeyId', ${alias}_s.journey_id, 'journeyName', ${alias}_j.name` : ''),
);
const agg = (obj: SQL, order: string, from: SQL) =>
  sql`(select coalesce(json_agg(${obj} order by ${sql.raw(order)}), '[]'::json) ${from})`;

const perspectivesJson = agg(
  sql`json_build_object('id', p.id, 'kind', p.kind, 'label', p.label, 'weight', p.weight, 'position', p.position, 'version', p.version)`,
  'p.position',
  sql`from perspectives p where p.workspace_id = scorecards.workspace_id and p.scorecard_id = scorecards.id`,
);
const objectivesJson = agg(
  sql`json_build_object('id', o.id, 'perspectiveId', o.perspective_id, 'name', o.name, 'description', o.description, 'weight', o.weight,
    'position', o.position, 'version', o.version, ${refFields('o')})`,
  'o.position, o.created_at',
  sql`from objectives o ${ownerJoin('o')} ${stageJoin('o')} where o.workspace_id = scorecards.workspace_id and o.scorecard_id = scorecards.id`,
);
/** One measure row (alias x, with its owner and stage joins) as the JSON object build-view.ts expects. */
export const measureObject = sql`json_build_object('id', x.id, 'objectiveId', x.objective_id, 'name', x.name, 'description', x.description, 'unit', x.unit,
    'unitLabel', x.unit_label, 'direction', x.direction, 'tolerance', x.tolerance, 'frequency', x.frequency, 'baseline', x.baseline,
    'amberThreshold', x.amber_threshold, 'weight', x.weight, 'decimals', x.decimals, 'dataSource', x.data_source, 'indicator', x.indicator,
    'formula', x.formula, 'libraryKey', x.library_key, 'surveyKind', x.survey_kind, 'position', x.position, 'version', x.version,
    ${refFields('x')},
    'reference', (select json_build_object('id', b.id, 'kind', b.kind, 'competitorName', b.competitor_name, 'value', b.value, 'asOf', b.as_of)
      from benchmarks b where b.workspace_id = x.workspace_id and b.measure_id = x.id and b.id = x.reference_benchmark_id),
    'targets', (select coalesce(json_agg(json_build_object('fromPeriod', t.from_period, 'target', t.target, 'lo', t.target_lo, 'hi', t.target_hi)
      order by t.from_period), '[]'::json) from measure_targets t where t.workspace_id = x.workspace_id and t.measure_id = x.id))`;

const measuresJson = agg(
  measureObject,
  'x.position, x.created_at',
  sql`from measures x ${ownerJoin('x')} ${stageJoin('x')} where x.workspace_id = scorecards.workspace_id and x.scorecard_id = scorecards.id`,
);
const initiativesJson = agg(
  sql`json_build_object('id', i.id, 'objectiveId', i.objective_id, 'name', i.name, 'description', i.description, 'status', i.status,
    'startDate', i.start_date, 'dueDate', i.due_date, 'progress', i.progress, 'position', i.position, 'version', i.version, ${refFields('i', false)})`,
  'i.position, i.created_at',
  sql`from initiatives i ${ownerJoin('i')} where i.workspace_id = scorecards.workspace_id and i.scorecard_id = scorecards.id`,
);
const linksJson = agg(
  sql`json_build_object('id', l.id, 'causeId', l.cause_id, 'effectId', l.effect_id)`,
  'l.created_at',
  sql`from objective_links l where l.workspace_id = scorecards.workspace_id and l.scorecard_id = scorecards.id`,
);

async function load(q: Db | Tx, workspaceId: string, scorecardId: string | null, opts: { timeZone: string; now?: Date }): Promise<ScorecardView[]> {
  const now = opts.now ?? new Date();
  const where = scorecardId ? and(eq(scorecards.workspaceId, workspaceId), eq(scorecards.id, scorecardId)) : eq(scorecards.workspaceId, workspaceId);
  const rows = await q
    .select({
      id: scorecards.id,
      name: scorecards.name,
      description: scorecards.description,
      greenThreshold: scorecards.greenThreshold,
      amberThreshold: scorecards.amberThreshold,
      version: scorecards.version,
      updatedAt: scorecards.updatedAt,
      perspectives: sql<ScorecardRow['perspectives']>`${perspectivesJson}`,
      objectives: sql<ScorecardRow['objectives']>`${objectivesJson}`,
      measures: sql<ScorecardRow['measures']>`${measuresJson}`,
      initiatives: sql<ScorecardRow['initiatives']>`${initiativesJson}`,
      links: sql<ScorecardRow['links']>`${linksJson}`,
    })
    .from(scorecards)
    .where(where)
    .orderBy(asc(scorecards.name), asc(scorecards.createdAt));
  if (rows.length === 0) return [];
  const recent = await recentMeasurements(q, workspaceId, scorecardId ? eq(measures.scorecardId, scorecardId) : undefined, localDate(now, opts.timeZone));
  return rows.map((r) =>
    buildScorecardView({ ...r, updatedAt: new Date(r.updatedAt).toISOString(), ...parseJson(r) }, recent, { timeZone: opts.timeZone, now }),
  );
}

/**
 * The last 13 measured periods up to `today` of every measure of this workspace matching `filter` (on measures).
 * Nothing after today can be the latest value: a period starting later is a future period.
 */
export async function recentMeasurements(q: Db | Tx, workspaceId: string, filter: SQL | undefined, today: string): Promise<RecentRow[]> {
  // Per measure, the newest 13 rows by a backward scan of (workspace_id, measure_id, period): cost grows with the
  // number of measures, not with the length of their history.
  const recent = q
    .select({ period: measurements.period, value: measurements.value })
    .from(measurements)
    .where(and(eq(measurements.workspaceId, measures.workspaceId), eq(measurements.measureId, measures.id), sql`${measurements.period} <= ${today}`))
    .orderBy(desc(measurements.period))
    .limit(RECENT)
    .as('recent');
  return q
    .select({ measureId: measures.id, period: recent.period, value: recent.value })
    .from(measures)
    .innerJoinLateral(recent, sql`true`)
    .where(and(eq(measures.workspaceId, workspaceId), filter));
}

// postgres-js and PGlite both parse json columns; a driver that hands back text is parsed here.
function parseJson(r: Pick<ScorecardRow, 'perspectives' | 'objectives' | 'measures' | 'initiatives' | 'links'>) {
  const p = <T,>(v: T): T => (typeof v === 'string' ? JSON.parse(v) : v);
  return { perspectives: p(r.perspectives), objectives: p(r.objectives), measures: p(r.measures), initiatives: p(r.initiatives), links: p(r.links) };
}

/** Members (content.read): one scorecard of this workspace, scored at `now` in the workspace's time zone; null when not here. Two statements. */
export async function getScorecardView(workspaceId: string, scorecardId: string, opts: { timeZone: string; now?: Date; db?: Db | Tx }) {
  const [view] = await load(opts.db ?? (await getDb()), workspaceId, scorecardId, opts);
  return view ?? null;
}

/** Members (content.read): every scorecard of this workspace, scored (the KPI table). Two statements. */
export async function listScorecardViews(workspaceId: string, opts: { timeZone: string; now?: Date; db?: Db | Tx }) {
  return load(opts.db ?? (await getDb()), workspaceId, null, opts);
}
