import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { benchmarks } from '@/db/schema';

/** What the Benchmarks page shows of a benchmark. */
export type BenchmarkListItem = Pick<
  typeof benchmarks.$inferSelect,
  'id' | 'measureId' | 'kind' | 'competitorName' | 'value' | 'asOf' | 'periodLabel' | 'source'
>;

/** Members (content.read): every benchmark of this workspace, newest as-of first per measure, in one statement. */
export async function listWorkspaceBenchmarks(workspaceId: string, opts: { db?: Db | Tx } = {}): Promise<BenchmarkListItem[]> {
  const db = opts.db ?? (await getDb());
  return db
    .select({
      id: benchmarks.id,
      measureId: benchmarks.measureId,
      kind: benchmarks.kind,
      competitorName: benchmarks.competitorName,
      value: benchmarks.value,
      asOf: benchmarks.asOf,
      periodLabel: benchmarks.periodLabel,
      source: benchmarks.source,
    })
    .from(benchmarks)
    .where(eq(benchmarks.workspaceId, workspaceId))
    .orderBy(asc(benchmarks.measureId), desc(benchmarks.asOf), asc(benchmarks.createdAt), asc(benchmarks.id));
}
