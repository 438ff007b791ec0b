import { apiHandler } from '@/lib/api/handler';
import { deleteBenchmarkRoute, getBenchmarkRoute, updateBenchmarkRoute } from '@/lib/api/specs/benchmarks';
import { deleteBenchmark, getBenchmark, updateBenchmark } from '@/db/queries/benchmarks';
import { notFound } from '@/lib/errors';

export const GET = apiHandler(getBenchmarkRoute, async ({ ctx, params }) => {
  const b = await getBenchmark(ctx.workspace.id, params.id);
  if (!b) throw notFound('Benchmark not found.');
  return b;
});

export const PATCH = apiHandler(updateBenchmarkRoute, async ({ ctx, params, body }) => updateBenchmark(ctx.workspace.id, ctx.actor, params.id, body));

export const DELETE = apiHandler(deleteBenchmarkRoute, async ({ ctx, params }) => {
  await deleteBenchmark(ctx.workspace.id, ctx.actor, params.id);
});
