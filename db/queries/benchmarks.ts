import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { benchmarks, measures } from '@/db/schema';
import { conflict, notFound } from '@/lib/errors';
import { benchmarkKindLabels, type BenchmarkFields } from '@/lib/validations/benchmarks';
import { logActivity, type Actor } from './activity';

export type BenchmarkView = Omit<typeof benchmarks.$inferSelect, 'workspaceId' | 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string };

const NOT_FOUND = 'Benchmark not found.';

function view(b: typeof benchmarks.$inferSelect): BenchmarkView {
  const { workspaceId: _w, createdAt, updatedAt, ...rest } = b;
  return { ...rest, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}

const label = (b: { kind: BenchmarkFields['kind']; competitorName: string }) => (b.kind === 'competitor' ? b.competitorName : benchmarkKindLabels[b.kind]);

async function lockMeasure(tx: Tx, workspaceId: string, measureId: string) {
  const [m] = await tx
    .select({ id: measures.id, name: measures.name, version: measures.version, referenceBenchmarkId: measures.referenceBenchmarkId })
    .from(measures)
    .where(and(eq(measures.workspaceId, workspaceId), eq(measures.id, measureId)))
    .for('update');
  if (!m) throw notFound('Measure not found.');
  return m;
}

async function findBenchmark(q: Db | Tx, workspaceId: string, id: string) {
  const [b] = await q.select().from(benchmarks).where(and(eq(benchmarks.workspaceId, workspaceId), eq(benchmarks.id, id))).limit(1);
  return b ?? null;
}

/** Members and tokens: a measure's benchmarks, newest as-of first (not_found for a measure of another workspace). */
export async function listBenchmarks(workspaceId: string, measureId: string): Promise<BenchmarkView[]> {
  const db = await getDb();
  const [m] = await db.select({ id: measures.id }).from(measures).where(and(eq(measures.workspaceId, workspaceId), eq(measures.id, measureId))).limit(1);
  if (!m) throw notFound('Measure not found.');
  return listBenchmarksOf(workspaceId, measureId);
}

/** Members: a measure's benchmarks, newest as-of first, without checking the measure (for a page that loaded it already). */
export async function listBenchmarksOf(workspaceId: string, measureId: string): Promise<BenchmarkView[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(benchmarks)
    .where(and(eq(benchmarks.workspaceId, workspaceId), eq(benchmarks.measureId, measureId)))
    .orderBy(desc(benchmarks.asOf), asc(benchmarks.createdAt), asc(benchmarks.id));
  return rows.map(view);
}

/** Members and tokens: one benchmark of this workspace, or null. */
export async function getBenchmark(workspaceId: string, id: string): Promise<BenchmarkView | null> {
  const b = await findBenchmark(await getDb(), workspaceId, id);
  return b ? view(b) : null;
}

/** Editors: adds a benchmark to a measure of this workspace, with its activity row. */
export async function createBenchmark(workspaceId: string, actor: Actor, measureId: string, fields: BenchmarkFields): Promise<BenchmarkView> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const m = await lockMeasure(tx, workspaceId, measureId);
    const [row] = await tx.insert(benchmarks).values({ workspaceId, measureId, ...fields }).returning();
    await logActivity(tx, workspaceId, actor, {
      action: 'benchmark.created', targetType: 'measure', targetId: measureId, targetLabel: m.name, data: { benchmark: label(fields), value: fields.value },
    });
    return view(row);
  });
}

/** Editors: replaces a benchmark's fields from the version read; stale → conflict with the current benchmark. */
export async function updateBenchmark(workspaceId: string, actor: Actor, id: string, input: BenchmarkFields & { version: number }): Promise<BenchmarkView> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const cur = await findBenchmark(tx, workspaceId, id);
    if (!cur) throw notFound(NOT_FOUND);
    const m = await lockMeasure(tx, workspaceId, cur.measureId);
    const { version, ...fields } = input;
    if (cur.version !== version) throw conflict(view(cur));
    const [row] = await tx
      .update(benchmarks)
      .set({ ...fields, version: sql`${benchmarks.version} + 1`, updatedAt: new Date() })
      .where(and(eq(benchmarks.workspaceId, workspaceId), eq(benchmarks.id, id), eq(benchmarks.version, version)))
      .returning();
    if (!row) throw conflict(view((await findBenchmark(tx, workspaceId, id)) ?? cur));
    await logActivity(tx, workspaceId, actor, {
      action: 'benchmark.updated', targetType: 'measure', targetId: cur.measureId, targetLabel: m.name, data: { benchmark: label(fields), from: cur.value, to: fields.value },
    });
    return view(row);
  });
}

/** Editors: deletes a benchmark (at the version read, when given); a measure using it as reference loses the reference in the same transaction. */
export async function deleteBenchmark(workspaceId: string, actor: Actor, id: string, opts: { version?: number } = {}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const cur = await findBenchmark(tx, workspaceId, id);
    if (!cur) throw notFound(NOT_FOUND);
    const m = await lockMeasure(tx, workspaceId, cur.measureId);
    if (opts.version !== undefined && opts.version !== cur.version) throw conflict(view(cur));
    if (m.referenceBenchmarkId === id) {
      await tx
        .update(measures)
        .set({ referenceBenchmarkId: null, version: sql`${measures.version} + 1`, updatedAt: new Date() })
        .where(and(eq(measures.workspaceId, workspaceId), eq(measures.id, m.id)));
    }
    await tx.delete(benchmarks).where(and(eq(benchmarks.workspaceId, workspaceId), eq(benchmarks.id, id)));
    await logActivity(tx, workspaceId, actor, {
      action: 'benchmark.deleted', targetType: 'measure', targetId: cur.measureId, targetLabel: m.name, data: { benchmark: label(cur), value: cur.value, wasReference: m.referenceBenchmarkId === id },
    });
    return { id, measureId: cur.measureId };
  });
}

/** Editors: names one of the measure's own benchmarks (or none) as its reference, from the measure version read. */
export async function setReferenceBenchmark(workspaceId: string, actor: Actor, measureId: string, benchmarkId: string | null, version: number) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const m = await lockMeasure(tx, workspaceId, measureId);
    if (m.version !== version) throw conflict({ id: m.id, version: m.version, referenceBenchmarkId: m.referenceBenchmarkId });
    const b = benchmarkId ? await findBenchmark(tx, workspaceId, benchmarkId) : null;
    if (benchmarkId && (!b || b.measureId !== measureId)) throw notFound(NOT_FOUND);
    if (m.referenceBenchmarkId === benchmarkId) return { id: m.id, version: m.version, referenceBenchmarkId: benchmarkId };
    const [row] = await tx
      .update(measures)
      .set({ referenceBenchmarkId: benchmarkId, version: sql`${measures.version} + 1`, updatedAt: new Date() })
      .where(and(eq(measures.workspaceId, workspaceId), eq(measures.id, measureId), eq(measures.version, version)))
      .returning({ id: measures.id, version: measures.version, referenceBenchmarkId: measures.referenceBenchmarkId });
    await logActivity(tx, workspaceId, actor, {
      action: 'benchmark.reference_set', targetType: 'measure', targetId: measureId, targetLabel: m.name, data: { benchmark: b ? label(b) : null },
    });
    return row;
  });
}
