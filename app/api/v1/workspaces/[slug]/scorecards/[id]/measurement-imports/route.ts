import { apiHandler } from '@/lib/api/handler';
import { importAnswer } from '@/lib/api/import-stream';
import { importMeasurementsRoute } from '@/lib/api/specs/measurements';
import { importMeasurementsCsv } from '@/lib/measurements/service';
import { getScorecardMeasureKeys } from '@/db/queries/measurement-reads';
import { notFound } from '@/lib/errors';

// A route handler, not a server action: files up to 5 MB, size-checked before they are read in full; progress
// as NDJSON when asked (lib/api/import-stream.ts).
export const POST = apiHandler(importMeasurementsRoute, async ({ req, ctx, params, upload }) =>
  importAnswer(
    req,
    async () => {
      if (!(await getScorecardMeasureKeys(ctx.workspace.id, params.id))) throw notFound('This scorecard is not in the workspace.');
    },
    (onProgress) => importMeasurementsCsv(ctx.workspace.id, ctx.actor, params.id, upload!.text, onProgress),
  ),
);
