import { apiHandler } from '@/lib/api/handler';
import { setReferenceBenchmarkRoute } from '@/lib/api/specs/benchmarks';
import { setReferenceBenchmark } from '@/db/queries/benchmarks';

export const POST = apiHandler(setReferenceBenchmarkRoute, async ({ ctx, params, body }) =>
  setReferenceBenchmark(ctx.workspace.id, ctx.actor, params.id, body.benchmarkId, body.version),
);
