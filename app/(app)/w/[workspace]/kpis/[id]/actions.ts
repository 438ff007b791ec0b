'use server';

import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions';
import { deleteMeasurementSchema, recordMeasurementSchema, updateMeasurementSchema } from '@/lib/validations/measurements';
import { deleteMeasurement, updateMeasurement } from '@/db/queries/measurements';
import { recordForMeasure } from '@/lib/measurements/service';
import { createBenchmarkSchema, deleteBenchmarkSchema, setReferenceSchema, updateBenchmarkSchema } from '@/lib/validations/benchmarks';
import { createBenchmark, deleteBenchmark, setReferenceBenchmark, updateBenchmark } from '@/db/queries/benchmarks';

/** Editors: records a value for a period (label of the measure's frequency); an existing period's value is replaced, the old one kept in history. */
export const recordMeasurementAction = workspaceAction(recordMeasurementSchema, { permission: 'content.write' }, async (ctx, { measureId, ...input }) => {
  const r = await recordForMeasure(ctx.workspace.id, ctx.actor, measureId, [input], 'manual');
  revalidatePath(`/w/${ctx.workspace.slug}`, 'layout');
  return { created: r.created, updated: r.updated, unchanged: r.unchanged, period: r.periods[0] };
});

/** Editors: changes a measurement's value and note from the version read; a stale version answers conflict with the current row. */
export const updateMeasurementAction = workspaceAction(updateMeasurementSchema, { permission: 'content.write' }, async (ctx, { id, ...input }) => {
  const m = await updateMeasurement(ctx.workspace.id, ctx.actor, id, input);
  revalidatePath(`/w/${ctx.workspace.slug}`, 'layout');
  return { id: m.id, value: m.value, note: m.note, version: m.version };
});

/** Editors: deletes a measurement (at the version read, when given); its history keeps the value. */
export const deleteMeasurementAction = workspaceAction(deleteMeasurementSchema, { permission: 'content.write' }, async (ctx, { id, version }) => {
  const r = await deleteMeasurement(ctx.workspace.id, ctx.actor, id, { version });
  revalidatePath(`/w/${ctx.workspace.slug}`, 'layout');
  return r;
});

/** Editors: adds a benchmark to a measure of this workspace. */
export const createBenchmarkAction = workspaceAction(createBenchmarkSchema, { permission: 'content.write' }, async (ctx, { measureId, ...fields }) => {
  const b = await createBenchmark(ctx.workspace.id, ctx.actor, measureId, fields);
  revalidatePath(`/w/${ctx.workspace.slug}`, 'layout');
  return b;
});

/** Editors: replaces a benchmark's fields from the version read; a stale version answers conflict with the current benchmark. */
export const updateBenchmarkAction = workspaceAction(updateBenchmarkSchema, { permission: 'content.write' }, async (ctx, { id, ...input }) => {
  const b = await updateBenchmark(ctx.workspace.id, ctx.actor, id, input);
  revalidatePath(`/w/${ctx.workspace.slug}`, 'layout');
  return b;
});

/** Editors: deletes a benchmark (at the version read, when given); a measure's reference to it is cleared. */
export const deleteBenchmarkAction = workspaceAction(deleteBenchmarkSchema, { permission: 'content.write' }, async (ctx, { id, version }) => {
  const r = await deleteBenchmark(ctx.workspace.id, ctx.actor, id, { version });
  revalidatePath(`/w/${ctx.workspace.slug}`, 'layout');
  return r;
});

/** Editors: makes one of the measure's benchmarks its reference (empty benchmarkId clears it), from the measure version read. */
export const setReferenceBenchmarkAction = workspaceAction(setReferenceSchema, { permission: 'content.write' }, async (ctx, { measureId, benchmarkId, version }) => {
  const r = await setReferenceBenchmark(ctx.workspace.id, ctx.actor, measureId, benchmarkId, version);
  revalidatePath(`/w/${ctx.workspace.slug}`, 'layout');
  return r;
});
