import 'server-only';
import { and, asc, desc, eq, getTableColumns, gt, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { measurementHistory, measurements, measures, objectives, perspectives, scorecards } from '@/db/schema';
import { decodeCursor, paginate } from '@/lib/api/cursor';
import { AppError, notFound } from '@/lib/errors';
import { decodeKeysetCursor } from './members';

// Everything but workspace_id: what pages, the API and conflict answers show.
const { workspaceId: _ws, ...columns } = getTableColumns(measurements);
export const measurementColumns = columns;

// Who last set the value: the newest history row's actor name (kept for API tokens and departed users).
const lastChangedBy = sql<string | null>`(
  select h.actor_name from ${measurementHistory} h
  where h.workspace_id = ${measurements.workspaceId} and h.measure_id = ${measurements.measureId} and h.period = ${measurements.period}
  order by h.created_at desc, h.id desc limit 1)`;

/** Readers: what the measurement UIs need of a measure of this workspace, or null. */
export async function getMeasureBasics(workspaceId: string, measureId: string) {
  const db = await getDb();
  const [m] = await db
    .select({
      id: measures.id, name: measures.name, scorecardId: measures.scorecardId, frequency: measures.frequency, unit: measures.unit,
      unitLabel: measures.unitLabel, decimals: measures.decimals, surveyKind: measures.surveyKind,
    })
    .from(measures)
    .where(and(eq(measures.workspaceId, workspaceId), eq(measures.id, measureId)))
    .limit(1);
  return m ?? null;
}
export type MeasureBasics = NonNullable<Awaited<ReturnType<typeof getMeasureBasics>>>;

async function requireMeasure(workspaceId: string, measureId: string) {
  const m = await getMeasureBasics(workspaceId, measureId);
  if (!m) throw notFound('This measure is not in the workspace.');
  return m;
}

/** Readers: every measurement of a measure of this workspace, by period (oldest first), with who set it last. */
export async function listMeasurements(workspaceId: string, measureId: string) {
  const db = await getDb();
  return db
    .select({ ...columns, changedBy: lastChangedBy })
    .from(measurements)
    .where(and(eq(measurements.workspaceId, workspaceId), eq(measurements.measureId, measureId)))
    .orderBy(asc(measurements.period));
}
export type MeasurementListItem = Awaited<ReturnType<typeof listMeasurements>>[number];

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Readers (and API tokens): one page of a measure's measurements by period, keyset-paged; unknown measure → not_found. */
export async function listMeasurementsPage(workspaceId: string, measureId: string, opts: { limit: number; cursor?: string }) {
  await requireMeasure(workspaceId, measureId);
  const after = decodeCursor(opts.cursor, 1);
  if (after && (typeof after[0] !== 'string' || !DATE_RE.test(after[0]))) {
    throw new AppError('invalid', 'The cursor is not valid.', { cursor: ['Not a cursor from this API.'] });
  }
  const db = await getDb();
  const rows = await db
    .select(columns)
    .from(measurements)
    .where(and(eq(measurements.workspaceId, workspaceId), eq(measurements.measureId, measureId), after ? gt(measurements.period, String(after[0])) : undefined))
    .orderBy(asc(measurements.period))
    .limit(opts.limit + 1);
  return paginate(rows, opts.limit, (r) => [r.period]);
}

const { workspaceId: _hws, ...historyColumns } = getTableColumns(measurementHistory);
const historyKey = sql<string>`to_char(${measurementHistory.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Readers: a measure's change history, newest first (who, when, from → to, source), keyset-paged by (when, id). */
export async function listMeasurementHistory(workspaceId: string, measureId: string, opts: { limit?: number; cursor?: string } = {}) {
  const limit = opts.limit ?? 50;
  const before = decodeKeysetCursor(opts.cursor);
  const db = await getDb();
  const rows = await db
    .select({ ...historyColumns, key: historyKey })
    .from(measurementHistory)
    .where(
      and(
        eq(measurementHistory.workspaceId, workspaceId),
        eq(measurementHistory.measureId, measureId),
        before ? sql`(${measurementHistory.createdAt}, ${measurementHistory.id}) < (${before[0]}::timestamptz, ${before[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(measurementHistory.createdAt), desc(measurementHistory.id))
    .limit(limit + 1);
  const page = paginate(rows, limit, (r) => [r.key, r.id]);
  return { data: page.data.map(({ key: _key, ...h }) => h), nextCursor: page.nextCursor };
}
export type MeasurementHistoryItem = Awaited<ReturnType<typeof listMeasurementHistory>>['data'][number];

/** Readers: a scorecard of this workspace with its measures' ids, names and frequencies (for CSV matching), or null. */
export async function getScorecardMeasureKeys(workspaceId: string, scorecardId: string) {
  const db = await getDb();
  const [sc] = await db
    .select({ id: scorecards.id, name: scorecards.name })
    .from(scorecards)
    .where(and(eq(scorecards.workspaceId, workspaceId), eq(scorecards.id, scorecardId)))
    .limit(1);
  if (!sc) return null;
  const list = await db
    .select({ id: measures.id, name: measures.name, frequency: measures.frequency })
    .from(measures)
    .where(and(eq(measures.workspaceId, workspaceId), eq(measures.scorecardId, scorecardId)))
    .orderBy(asc(measures.position), asc(measures.id));
  return { ...sc, measures: list };
}

/**
 * Readers: every measurement of a scorecard's measures for the CSV download, in scorecard order (perspective,
 * objective, measure) and periods oldest first — two statements; null when the scorecard is not in the workspace.
 */
export async function listScorecardMeasurements(workspaceId: string, scorecardId: string) {
  const db = await getDb();
  const [card] = await db.select({ id: scorecards.id, name: scorecards.name }).from(scorecards)
    .where(and(eq(scorecards.workspaceId, workspaceId), eq(scorecards.id, scorecardId)));
  if (!card) return null;
  const rows = await db
    .select({
      measureId: measures.id, measureName: measures.name, frequency: measures.frequency,
      period: measurements.period, value: measurements.value, note: measurements.note, updatedAt: measurements.updatedAt,
    })
    .from(measurements)
    .innerJoin(measures, and(eq(measures.workspaceId, measurements.workspaceId), eq(measures.id, measurements.measureId)))
    .innerJoin(objectives, and(eq(objectives.workspaceId, measures.workspaceId), eq(objectives.id, measures.objectiveId)))
    .innerJoin(perspectives, and(eq(perspectives.workspaceId, objectives.workspaceId), eq(perspectives.id, objectives.perspectiveId)))
    .where(and(eq(measurements.workspaceId, workspaceId), eq(measures.scorecardId, scorecardId)))
    .orderBy(asc(perspectives.position), asc(objectives.position), asc(measures.position), asc(measures.id), asc(measurements.period));
  return { scorecard: card, rows };
}
