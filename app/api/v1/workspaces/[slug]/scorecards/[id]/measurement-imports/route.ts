import { NextResponse } from 'next/server';
import { apiHandler } from '@/lib/api/handler';
import { importMeasurementsRoute } from '@/lib/api/specs/measurements';
import { importMeasurementsCsv } from '@/lib/measurements/service';

// A route handler, not a server action: files up to 5 MB, size-checked before they are read in full.
export const POST = apiHandler(importMeasurementsRoute, async ({ ctx, params, upload }) => {
  const r = await importMeasurementsCsv(ctx.workspace.id, ctx.actor, params.id, upload!.text);
  if (!r.ok) return NextResponse.json({ error: { code: 'invalid', message: r.message, rows: r.rows } }, { status: 400 });
  const { ok: _ok, ...counts } = r;
  return counts;
});
