import 'server-only';
import { NextResponse } from 'next/server';
import { AppError } from '../errors';

const NDJSON = 'application/x-ndjson';

type Outcome = ({ ok: true } & Record<string, unknown>) | { ok: false; message: string; rows: unknown[] };

/**
 * The answer of a CSV import route. With `Accept: application/x-ndjson` it streams one JSON line per progress
 * report, then `{ result }` or `{ error }`, so an import dialog can say what is happening; `check` runs first so
 * an unknown parent still answers 404 (a stream, once started, is a 200). Otherwise the counts, or 400 with
 * every bad row.
 */
export async function importAnswer(req: Request, check: () => Promise<void>, run: (onProgress?: (line: unknown) => void) => Promise<Outcome>): Promise<Response> {
  if (!(req.headers.get('accept') ?? '').includes(NDJSON)) {
    const r = await run();
    if (!r.ok) return NextResponse.json({ error: { code: 'invalid', message: r.message, rows: r.rows } }, { status: 400 });
    const { ok: _ok, ...counts } = r;
    return NextResponse.json(counts);
  }
  await check();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(JSON.stringify(line) + '\n'));
      try {
        const r = await run(send);
        if (r.ok) {
          const { ok: _ok, ...result } = r;
          send({ result });
        } else send({ error: { code: 'invalid', message: r.message, rows: r.rows } });
      } catch (e) {
        if (!(e instanceof AppError)) console.error('[api] import failed', e);
        send({ error: e instanceof AppError ? { code: e.code, message: e.message } : { code: 'internal', message: 'Something went wrong on our side. Nothing was saved.' } });
      }
      controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': NDJSON, 'cache-control': 'no-store' } });
}
