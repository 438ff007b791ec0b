import { apiHandler } from '@/lib/api/handler';
import { createBenchmarkRoute, listBenchmarksRoute } from '@/lib/api/specs/benchmarks';
import { createBenchmark, listBenchmarks } from '@/db/queries/benchmarks';

export const GET = apiHandler(listBenchmarksRoute, async ({ ctx, params }) => ({ data: await listBenchmarks(ctx.workspace.id, params.id), nextCursor: null }));

export const POST = apiHandler(createBenchmarkRoute, async ({ ctx, params, body }) => createBenchmark(ctx.workspace.id, ctx.actor, params.id, body));
