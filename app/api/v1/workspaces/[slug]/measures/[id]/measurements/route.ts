import { apiHandler } from '@/lib/api/handler';
import { listMeasurementsRoute, recordMeasurementsRoute } from '@/lib/api/specs/measurements';
import { getMeasureBasics, listMeasurementsPage } from '@/db/queries/measurement-reads';
import { measurementOut, recordForMeasure } from '@/lib/measurements/service';
import { notFound } from '@/lib/errors';

export const GET = apiHandler(listMeasurementsRoute, async ({ ctx, params, query }) => {
  const m = await getMeasureBasics(ctx.workspace.id, params.id);
  if (!m) throw notFound('This measure is not in the workspace.');
  const page = await listMeasurementsPage(ctx.workspace.id, params.id, query);
  return { data: page.data.map((row) => measurementOut(row, m.frequency)), nextCursor: page.nextCursor };
});

// Idempotent by period: the same body twice leaves one row per period and reports it unchanged.
export const POST = apiHandler(recordMeasurementsRoute, async ({ ctx, params, body }) => {
  const many = body.measurements !== undefined;
  // The schema guarantees period and value when measurements is absent.
  const items = body.measurements ?? [{ period: body.period!, value: body.value!, note: body.note }];
  const { periods: _periods, ...counts } = await recordForMeasure(ctx.workspace.id, ctx.actor, params.id, items, 'api', {
    fieldPrefix: many ? (i) => `measurements.${i}.` : undefined,
  });
  return counts;
});
