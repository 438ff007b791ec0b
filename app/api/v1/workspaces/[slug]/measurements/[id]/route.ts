import { apiHandler } from '@/lib/api/handler';
import { deleteMeasurementRoute, updateMeasurementRoute } from '@/lib/api/specs/measurements';
import { deleteMeasurement, updateMeasurement } from '@/db/queries/measurements';
import { getMeasureBasics } from '@/db/queries/measurement-reads';
import { measurementOut } from '@/lib/measurements/service';
import { AppError } from '@/lib/errors';

export const PATCH = apiHandler(updateMeasurementRoute, async ({ ctx, params, body }) => {
  try {
    const m = await updateMeasurement(ctx.workspace.id, ctx.actor, params.id, body, 'api');
    const measure = (await getMeasureBasics(ctx.workspace.id, m.measureId))!;
    return measurementOut(m, measure.frequency);
  } catch (e) {
    // A conflict carries the current row: show it the way the API shows measurements.
    if (e instanceof AppError && e.code === 'conflict' && e.current) {
      const cur = e.current as Parameters<typeof measurementOut>[0];
      const measure = await getMeasureBasics(ctx.workspace.id, cur.measureId);
      if (measure) e.current = measurementOut(cur, measure.frequency);
    }
    throw e;
  }
});

export const DELETE = apiHandler(deleteMeasurementRoute, async ({ ctx, params }) => {
  await deleteMeasurement(ctx.workspace.id, ctx.actor, params.id, { source: 'api' });
});
