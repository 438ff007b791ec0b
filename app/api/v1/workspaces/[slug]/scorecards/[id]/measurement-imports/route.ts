import { NextResponse } from 'next/server';
import { apiHandler } from '@/lib/api/handler';
import { importMeasurementsRoute } from '@/lib/api/specs/measurements';
import { importMeasurementsCsv } from '@/lib/measurements/service';
import { getScorecardMeasureKeys } from '@/db/queries/measurement-reads';
import { AppError, notFound } from '@/lib/errors';

const NDJSON = 'application/x-ndjson';

// A route handler, not a server action: files up to 5 MB, size-checked before they are read in full.
// With `Accept: application/x-ndjson` the answer streams one JSON line per phase (validating, writing with
// rows written so far), then `{ result }` or `{ error }`, so the import dialog can say what is happening.
export const POST = apiHandler(importMeasurementsRoute, async ({ req, ctx, params, upload }) => {
  const run = (onProgress?: Parameters<typeof importMeasurementsCsv>[4]) => importMeasurementsCsv(ctx.workspace.id, ctx.actor, params.id, upload!.text, onProgress);
  if ((req.headers.get('accept') ?? '').includes(NDJSON)) {
    // An unknown scorecard still answers 404 (a stream, once started, is a 200).
    if (!(await getScorecardMeasureKeys(ctx.workspace.id, params.id))) throw notFound('This scorecard is not in the workspace.');
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (line: unknown) => controller.enqueue(encoder.encode(JSON.stringify(line) + '\n'));
        try {
          const r = await run(send);
          if (r.ok) send({ result: { created: r.created, updated: r.updated, unchanged: r.unchanged, rows: r.rows } });
          else send({ error: { code: 'invalid', message: r.message, rows: r.rows } });
        } catch (e) {
          if (!(e instanceof AppError)) console.error('[api] import failed', e);
          send({ error: e instanceof AppError ? { code: e.code, message: e.message } : { code: 'internal', message: 'Something went wrong on our side. Nothing was saved.' } });
        }
        controller.close();
      },
    });
    return new Response(body, { headers: { 'content-type': NDJSON, 'cache-control': 'no-store' } });
  }
  const r = await run();
  if (!r.ok) return NextResponse.json({ error: { code: 'invalid', message: r.message, rows: r.rows } }, { status: 400 });
  const { ok: _ok, ...counts } = r;
  return counts;
});
