// Benchmarks on the demo scorecard's measures (matched by KPI library key), the industry average as each one's
// reference, so the scorecard, the journey map and the measure pages show gaps out of the box.
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from './client';
import { benchmarks, measures } from './schema';

type DemoBenchmark = { kind: 'industry_average' | 'top_quartile' | 'competitor' | 'internal_best_practice'; competitorName?: string; value: number; source: string; note?: string };

const AS_OF = '2026-01-01';
const DEMO_BENCHMARKS: Record<string, DemoBenchmark[]> = {
  nps: [
    { kind: 'industry_average', value: 32, source: 'SaaS customer loyalty survey (illustrative)' },
    { kind: 'top_quartile', value: 55, source: 'SaaS customer loyalty survey (illustrative)' },
    { kind: 'competitor', competitorName: 'Ledgerly', value: 28, source: 'Public review sites', note: 'Estimated from review scores.' },
  ],
  'churn-rate': [
    { kind: 'industry_average', value: 3.5, source: 'Subscription benchmarks report (illustrative)' },
    { kind: 'top_quartile', value: 1.8, source: 'Subscription benchmarks report (illustrative)' },
  ],
  'conversion-rate': [{ kind: 'industry_average', value: 9, source: 'Trial conversion study (illustrative)' }],
  'resolution-time': [
    { kind: 'industry_average', value: 24, source: 'Helpdesk vendor report (illustrative)' },
    { kind: 'competitor', competitorName: 'Ledgerly', value: 20, source: 'Their public status page' },
  ],
  'first-response-time': [{ kind: 'internal_best_practice', value: 3, source: 'Best support pod, Q4', note: 'The team that answers fastest.' }],
  csat: [{ kind: 'industry_average', value: 78, source: 'Support satisfaction index (illustrative)' }],
};

/** Seeds the demo benchmarks into this workspace's library-based measures (the first benchmark of each is its reference); returns how many. */
export async function seedDemoBenchmarks(tx: Tx, workspaceId: string) {
  const found = await tx
    .select({ id: measures.id, key: measures.libraryKey })
    .from(measures)
    .where(and(eq(measures.workspaceId, workspaceId), inArray(measures.libraryKey, Object.keys(DEMO_BENCHMARKS))));
  let n = 0;
  for (const m of found) {
    const rows = await tx
      .insert(benchmarks)
      .values(DEMO_BENCHMARKS[m.key!].map((b) => ({ workspaceId, measureId: m.id, asOf: AS_OF, periodLabel: '2025', competitorName: '', note: '', ...b })))
      .returning({ id: benchmarks.id });
    await tx.update(measures).set({ referenceBenchmarkId: rows[0].id }).where(and(eq(measures.workspaceId, workspaceId), eq(measures.id, m.id)));
    n += rows.length;
  }
  return n;
}
