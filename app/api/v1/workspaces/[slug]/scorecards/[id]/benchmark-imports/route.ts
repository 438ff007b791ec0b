import { apiHandler } from '@/lib/api/handler';
import { importAnswer } from '@/lib/api/import-stream';
import { importBenchmarksRoute } from '@/lib/api/specs/benchmarks';
import { importBenchmarksCsv } from '@/lib/benchmarks/import';
import { getScorecardMeasureKeys } from '@/db/queries/measurement-reads';
import { notFound } from '@/lib/errors';

// Like the measurement import: files up to 5 MB, all or nothing, progress as NDJSON when asked.
export const POST = apiHandler(importBenchmarksRoute, async ({ req, ctx, params, upload }) =>
  importAnswer(
    req,
    async () => {
      if (!(await getScorecardMeasureKeys(ctx.workspace.id, params.id))) throw notFound('This scorecard is not in the workspace.');
    },
    (onProgress) => importBenchmarksCsv(ctx.workspace.id, ctx.actor, params.id, upload!.text, onProgress),
  ),
);
