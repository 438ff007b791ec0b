import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { getDb, runsTransactionsOneAtATime, type Tx } from '@/db';
import { measurementHistory, measurements, measures, scorecards, type SurveyCounts } from '@/db/schema';
import { conflict, invalid, notFound } from '@/lib/errors';
import { formatPeriod, isPeriodStart, type Frequency } from '@/lib/periods';
import { logActivity, type Actor } from './activity';
import { activityCte, activityPlan, withCounts, type ActivityPlan } from './measurement-activity';
import { measurementColumns } from './measurement-reads';

export type MeasurementSource = 'manual' | 'import' | 'api' | 'survey';
export type MeasurementInputRow = { measureId: string; period: string; value: number; note?: string; survey?: SurveyCounts | null };
export type RecordCounts = { created: number; updated: number; unchanged: number };

// ~2k rows per statement: one JSON parameter each (no bind-parameter limit), a few hundred kB.
export const RECORD_CHUNK = 2000;

const rowsOf = <T>(res: unknown): T[] => (Array.isArray(res) ? res : (res as { rows: T[] }).rows) as T[];

export type MeasureInfo = { id: string; name: string; scorecardId: string; scorecardName: string; frequency: Frequency };

/**
 * The measures named by `ids` in this workspace (with their scorecard's name); refuses any that is not. Locks
 * them (in id order, so two imports cannot deadlock) against other recordMeasurements of the same measures: a
 * concurrent insert of the same period would otherwise land after our statement's snapshot and be recorded
 * in history as 'created' twice, its value never replaced.
 */
async function loadMeasures(tx: Tx, workspaceId: string, ids: string[], missing = 'A measure is not in this workspace (any more).'): Promise<Map<string, MeasureInfo>> {
  const found = await tx
    .select({ id: measures.id, name: measures.name, scorecardId: measures.scorecardId, scorecardName: scorecards.name, frequency: measures.frequency })
    .from(measures)
    .innerJoin(scorecards, and(eq(scorecards.workspaceId, measures.workspaceId), eq(scorecards.id, measures.scorecardId)))
    .where(and(eq(measures.workspaceId, workspaceId), inArray(measures.id, ids)))
    .orderBy(measures.id)
    .for('no key update', { of: measures });
  const map = new Map(found.map((m) => [m.id, m]));
  if (map.size !== ids.length) throw notFound(missing);
  return map;
}

function checkRows(rows: MeasurementInputRow[], byId: Map<string, MeasureInfo>, scorecardId: string | null) {
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const m = byId.get(r.measureId)!;
    const at = `Row ${i + 1}`;
    if (scorecardId && m.scorecardId !== scorecardId) throw invalid(`${at}: “${m.name}” is not a measure of this scorecard.`, { measureId: ['Not a measure of this scorecard.'] });
    if (!isPeriodStart(r.period, m.frequency)) throw invalid(`${at}: ${r.period} is not the first day of a ${m.frequency} period.`, { period: [`Not a ${m.frequency} period.`] });
    if (!Number.isFinite(r.value)) throw invalid(`${at}: the value must be a finite number.`, { value: ['Enter a number.'] });
    const key = `${r.measureId}|${r.period}`;
    if (seen.has(key)) throw invalid(`${at}: ${formatPeriod(r.period, m.frequency)} of “${m.name}” is given twice.`, { period: ['Given twice.'] });
    seen.add(key);
  });
}

/**
 * Upserts one chunk in one statement: rows whose value, note and survey are all the same are left alone (no
 * version, updated_at or history change); the others are inserted or replaced, and each gets a history row
 * carrying the replaced value. The CTEs share one snapshot, so `old` holds the values before the upsert (and,
 * with the rows and measures locked beforehand, no other writer can change them in between).
 */
async function upsertChunk(tx: Tx, workspaceId: string, actor: Actor, source: MeasurementSource, chunk: MeasurementInputRow[], activity?: ActivityPlan) {
  const json = JSON.stringify(chunk.map((r) => ({ m: r.measureId, p: r.period, v: r.value, n: r.note ?? '', s: r.survey ?? null })));
  // Lock the existing rows first, in a statement of their own: an edit (updateMeasurement) holding one commits
  // before this returns, so the upsert's snapshot below sees its value and history records that as replaced.
  // PGlite runs one transaction at a time (no edit can hold a row meanwhile): there the lock would be a no-op.
  if (!runsTransactionsOneAtATime(tx)) await tx.execute(sql`
    select count(*) from (
      select o.id from ${measurements} o
      join jsonb_to_recordset(${json}::jsonb) as x(m uuid, p date) on o.measure_id = x.m and o.period = x.p
      where o.workspace_id = ${workspaceId}::uuid order by o.id for update of o
    ) locked`);
  const res = await tx.execute(sql`
    with input as (
      select x.m as measure_id, x.p as period, x.v as value, x.n as note, x.s as survey
      from jsonb_to_recordset(${json}::jsonb) as x(m uuid, p date, v double precision, n text, s jsonb)
    ),
    -- One unique-index lookup per input row (the LIMIT keeps the planner from flattening it into a join that,
    -- misjudging the row counts, hashes every measurement of the workspace).
    old as (
      select o.measure_id, o.period, o.value, o.note
      from input i cross join lateral (
        select c.measure_id, c.period, c.value, c.note from ${measurements} c
        where c.measure_id = i.measure_id and c.period = i.period and c.workspace_id = ${workspaceId}::uuid
        limit 1
      ) o
    ),
    up as (
      insert into ${measurements} as cur (workspace_id, measure_id, period, value, note, source, survey, updated_by)
      select ${workspaceId}::uuid, measure_id, period, value, note, ${source}::measurement_source, survey, ${actor.userId}::uuid from input
      on conflict (measure_id, period) do update set
        value = excluded.value, note = excluded.note, source = excluded.source, survey = excluded.survey,
        updated_by = excluded.updated_by, version = cur.version + 1, updated_at = now()
      where cur.value is distinct from excluded.value or cur.note is distinct from excluded.note
        or cur.survey is distinct from excluded.survey
      returning cur.measure_id, cur.period, cur.value, cur.note
    ),
    changed as (
      select up.measure_id, up.period, up.value, up.note, old.value as old_value, old.note as old_note, old.measure_id is null as is_new
      from up left join old on old.measure_id = up.measure_id and old.period = up.period
    ),
    -- A data-modifying CTE always runs, read or not.
    hist as (
      insert into ${measurementHistory} (workspace_id, measure_id, period, change, value, note, previous_value, previous_note, source, actor_id, actor_name)
      select ${workspaceId}::uuid, measure_id, period, (case when is_new then 'created' else 'updated' end)::measurement_change,
        value, note, old_value, old_note, ${source}::measurement_source, ${actor.userId}::uuid, ${actor.name}::text
      from changed
    )${activity ? activityCte(workspaceId, actor, activity) : sql``}
    select count(*) filter (where is_new)::int as created, count(*) filter (where not is_new)::int as updated
    from changed`);
  const [row] = rowsOf<{ created: number; updated: number }>(res);
  return { created: Number(row.created), updated: Number(row.updated) };
}

/**
 * Editors (and API tokens): records values by (measure, period) in one transaction, all or nothing. Every
 * measure must be of this workspace (else not_found) and, when scorecardId is given, of that scorecard; a
 * period must be the first day of one of the measure's periods; (measure, period) pairs must be unique.
 * Same value and note → unchanged (nothing written); a different one replaces it and the old one goes to
 * history. One activity row per call that changed something.
 */
export async function recordMeasurements(
  workspaceId: string,
  actor: Actor,
  scorecardId: string | null,
  rows: MeasurementInputRow[],
  source: MeasurementSource,
  opts: { onProgress?: (written: number, total: number) => void } = {},
): Promise<RecordCounts> {
  if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const byId = await loadMeasures(tx, workspaceId, [...new Set(rows.map((r) => r.measureId))]);
    return writeRows(tx, workspaceId, actor, scorecardId, rows, byId, source, opts);
  });
}

/**
 * recordMeasurements for one measure whose rows depend on it (period labels of its frequency): `toRows` gets the
 * measure, read and locked in the same transaction, and may throw (invalid input: nothing is written); the rows
 * written come back with the counts. Unknown measure → not_found with `missing`. Saves the separate read of the
 * measure before the transaction.
 */
export async function recordForOneMeasure(
  workspaceId: string,
  actor: Actor,
  measureId: string,
  missing: string,
  toRows: (m: MeasureInfo) => MeasurementInputRow[],
  source: MeasurementSource,
): Promise<RecordCounts & { measure: MeasureInfo; rows: MeasurementInputRow[] }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const byId = await loadMeasures(tx, workspaceId, [measureId], missing);
    const measure = byId.get(measureId)!;
    const rows = toRows(measure);
    if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0, measure, rows };
    return { ...(await writeRows(tx, workspaceId, actor, null, rows, byId, source)), measure, rows };
  });
}

async function writeRows(
  tx: Tx,
  workspaceId: string,
  actor: Actor,
  scorecardId: string | null,
  rows: MeasurementInputRow[],
  byId: Map<string, MeasureInfo>,
  source: MeasurementSource,
  opts: { onProgress?: (written: number, total: number) => void } = {},
): Promise<RecordCounts> {
  checkRows(rows, byId, scorecardId);
  const plan = activityPlan(rows, byId, scorecardId, source);
  // One chunk: its statement writes the activity row too (one statement fewer per single-value save).
  const oneChunk = rows.length <= RECORD_CHUNK;
  let created = 0;
  let updated = 0;
  for (let i = 0; i < rows.length; i += RECORD_CHUNK) {
    const r = await upsertChunk(tx, workspaceId, actor, source, rows.slice(i, i + RECORD_CHUNK), oneChunk ? plan : undefined);
    created += r.created;
    updated += r.updated;
    opts.onProgress?.(Math.min(i + RECORD_CHUNK, rows.length), rows.length);
  }
  const counts = { created, updated, unchanged: rows.length - created - updated };
  if (!oneChunk && created + updated > 0) await logActivity(tx, workspaceId, actor, withCounts(plan, counts));
  return counts;
}

async function lockMeasurement(tx: Tx, workspaceId: string, id: string) {
  const [row] = await tx
    .select({ ...measurementColumns, measureName: measures.name, frequency: measures.frequency })
    .from(measurements)
    .innerJoin(measures, and(eq(measures.workspaceId, measurements.workspaceId), eq(measures.id, measurements.measureId)))
    .where(and(eq(measurements.workspaceId, workspaceId), eq(measurements.id, id)))
    .for('update', { of: measurements });
  if (!row) throw notFound('This measurement is not in the workspace (any more).');
  return row;
}

const strip = <T extends { measureName: string; frequency: Frequency }>({ measureName: _n, frequency: _f, ...m }: T) => m;

/** Editors: changes a value and/or note from the version read (stale → conflict with the current row); the period stays. */
export async function updateMeasurement(
  workspaceId: string,
  actor: Actor,
  id: string,
  input: { value?: number; note?: string; version: number },
  source: 'manual' | 'api' = 'manual',
) {
  if (input.value !== undefined && !Number.isFinite(input.value)) throw invalid('Enter a number.', { value: ['Enter a number.'] });
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await lockMeasurement(tx, workspaceId, id);
    if (before.version !== input.version) throw conflict(strip(before));
    const value = input.value ?? before.value;
    const note = input.note ?? before.note;
    if (value === before.value && note === before.note) return strip(before);
    const [after] = await tx
      .update(measurements)
      .set({
        value,
        note,
        source,
        // Survey counts describe the computed value; a typed-in value no longer has them.
        survey: value === before.value ? before.survey : null,
        updatedBy: actor.userId,
        version: sql`${measurements.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(measurements.workspaceId, workspaceId), eq(measurements.id, id), eq(measurements.version, input.version)))
      .returning(measurementColumns);
    if (!after) throw conflict(strip(await lockMeasurement(tx, workspaceId, id)));
    await tx.insert(measurementHistory).values({
      workspaceId, measureId: before.measureId, period: before.period, change: 'updated', value, note,
      previousValue: before.value, previousNote: before.note, source, actorId: actor.userId, actorName: actor.name,
    });
    const period = formatPeriod(before.period, before.frequency);
    await logActivity(tx, workspaceId, actor, {
      action: 'measurement.updated', targetType: 'measure', targetId: before.measureId, targetLabel: before.measureName,
      data: { period, from: before.value, to: value },
    });
    return after;
  });
}

/** Editors: deletes a measurement (optionally only at the version read); history keeps a 'deleted' row with the old value. */
export async function deleteMeasurement(workspaceId: string, actor: Actor, id: string, opts: { version?: number; source?: 'manual' | 'api' } = {}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await lockMeasurement(tx, workspaceId, id);
    if (opts.version !== undefined && before.version !== opts.version) throw conflict(strip(before));
    await tx.delete(measurements).where(and(eq(measurements.workspaceId, workspaceId), eq(measurements.id, id)));
    await tx.insert(measurementHistory).values({
      workspaceId, measureId: before.measureId, period: before.period, change: 'deleted', value: null, note: null,
      previousValue: before.value, previousNote: before.note, source: opts.source ?? 'manual', actorId: actor.userId, actorName: actor.name,
    });
    const period = formatPeriod(before.period, before.frequency);
    await logActivity(tx, workspaceId, actor, {
      action: 'measurement.deleted', targetType: 'measure', targetId: before.measureId, targetLabel: before.measureName,
      data: { period, value: before.value },
    });
    return { period, measureId: before.measureId };
  });
}
