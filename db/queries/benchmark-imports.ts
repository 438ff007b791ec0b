import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { benchmarks, measures, scorecards, type Benchmark } from '@/db/schema';
import { notFound } from '@/lib/errors';
import { benchmarkKey, type BenchmarkImportError, type BenchmarkImportRow } from '@/lib/csv/benchmarks-import';
import { logActivity, type Actor } from './activity';

export type BenchmarkImportCounts = { created: number; updated: number; unchanged: number; references: number };
export type BenchmarkImportOutcome = ({ ok: true } & BenchmarkImportCounts) | { ok: false; errors: BenchmarkImportError[] };

const INSERT_CHUNK = 500;
const FIELDS = ['kind', 'competitorName', 'value', 'asOf', 'periodLabel', 'source', 'sourceUrl', 'note'] as const;

async function lockScorecardMeasures(tx: Tx, workspaceId: string, scorecardId: string, ids: string[]) {
  const [sc] = await tx
    .select({ id: scorecards.id, name: scorecards.name })
    .from(scorecards)
    .where(and(eq(scorecards.workspaceId, workspaceId), eq(scorecards.id, scorecardId)));
  if (!sc) throw notFound('This scorecard is not in the workspace.');
  const list = await tx
    .select({ id: measures.id, name: measures.name, frequency: measures.frequency, referenceBenchmarkId: measures.referenceBenchmarkId })
    .from(measures)
    .where(and(eq(measures.workspaceId, workspaceId), eq(measures.scorecardId, scorecardId), inArray(measures.id, ids)))
    .for('update');
  if (list.length !== ids.length) throw notFound('A measure is not in this scorecard (any more).');
  return { sc, byId: new Map(list.map((m) => [m.id, m])) };
}

type Plan = { row: BenchmarkImportRow; id: string; current: Benchmark | null };

/**
 * Editors (and API tokens): writes validated benchmark rows into a scorecard's measures in one transaction,
 * all or nothing. A row with the (kind, competitor, as-of, period) of an existing benchmark of its measure
 * updates it (version + 1) when a field differs and leaves it alone otherwise; `reference` rows become their
 * measure's reference. A row matching several existing benchmarks is refused (nothing written). One activity
 * row when anything changed.
 */
export async function importBenchmarks(
  workspaceId: string,
  actor: Actor,
  scorecardId: string,
  rows: BenchmarkImportRow[],
  opts: { onProgress?: (written: number, total: number) => void } = {},
): Promise<BenchmarkImportOutcome> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { sc, byId } = await lockScorecardMeasures(tx, workspaceId, scorecardId, [...new Set(rows.map((r) => r.measureId))]);
    const existing = await tx
      .select()
      .from(benchmarks)
      .where(and(eq(benchmarks.workspaceId, workspaceId), inArray(benchmarks.measureId, [...byId.keys()])));
    const byKey = new Map<string, Benchmark[]>();
    for (const b of existing) {
      const key = benchmarkKey(b, byId.get(b.measureId)!.frequency);
      byKey.set(key, [...(byKey.get(key) ?? []), b]);
    }
    const errors: BenchmarkImportError[] = [];
    const plans: Plan[] = rows.map((row) => {
      const found = byKey.get(benchmarkKey(row, byId.get(row.measureId)!.frequency)) ?? [];
      if (found.length > 1) {
        errors.push({ row: row.row, column: 'as_of', value: row.asOf, reason: `${found.length} benchmarks of “${byId.get(row.measureId)!.name}” already have this kind, competitor, as-of date and period: tell them apart on the measure page first.` });
      }
      return { row, id: found[0]?.id ?? randomUUID(), current: found[0] ?? null };
    });
    if (errors.length > 0) return { ok: false, errors };

    const inserts = plans.filter((p) => !p.current);
    const updates = plans.filter((p) => p.current && FIELDS.some((f) => p.current![f] !== p.row[f]));
    const total = inserts.length + updates.length;
    let written = 0;
    for (let i = 0; i < inserts.length; i += INSERT_CHUNK) {
      const chunk = inserts.slice(i, i + INSERT_CHUNK);
      await tx.insert(benchmarks).values(chunk.map((p) => ({ id: p.id, workspaceId, measureId: p.row.measureId, ...pick(p.row) })));
      opts.onProgress?.((written += chunk.length), total);
    }
    for (const p of updates) {
      await tx
        .update(benchmarks)
        .set({ ...pick(p.row), version: sql`${benchmarks.version} + 1`, updatedAt: new Date() })
        .where(and(eq(benchmarks.workspaceId, workspaceId), eq(benchmarks.id, p.id)));
      if (++written % 100 === 0 || written === total) opts.onProgress?.(written, total);
    }
    let references = 0;
    for (const p of plans.filter((x) => x.row.reference && byId.get(x.row.measureId)!.referenceBenchmarkId !== x.id)) {
      await tx
        .update(measures)
        .set({ referenceBenchmarkId: p.id, version: sql`${measures.version} + 1`, updatedAt: new Date() })
        .where(and(eq(measures.workspaceId, workspaceId), eq(measures.id, p.row.measureId)));
      references++;
    }
    const counts = { created: inserts.length, updated: updates.length, unchanged: rows.length - total, references };
    if (total + references > 0) {
      await logActivity(tx, workspaceId, actor, {
        action: 'benchmarks.imported', targetType: 'scorecard', targetId: sc.id, targetLabel: sc.name, data: { ...counts, rows: rows.length },
      });
    }
    return { ok: true, ...counts };
  });
}

const pick = (r: BenchmarkImportRow) => Object.fromEntries(FIELDS.map((f) => [f, r[f]])) as Pick<BenchmarkImportRow, (typeof FIELDS)[number]>;
