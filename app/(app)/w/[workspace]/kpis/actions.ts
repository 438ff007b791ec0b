'use server';

import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions';
import { createMeasureSchema, deleteMeasureSchema, updateMeasureSchema } from '@/lib/validations/measures';
import { createMeasure, deleteMeasure, updateMeasure } from '@/db/queries/measures';

// The scorecard page and the KPI table show measures too: refresh them with the measure page.
function refresh(slug: string, scorecardId: string, measureId?: string) {
  revalidatePath(`/w/${slug}/scorecards/${scorecardId}`);
  revalidatePath(`/w/${slug}/kpis`);
  if (measureId) revalidatePath(`/w/${slug}/kpis/${measureId}`);
}

/** Editors: adds a measure (from the KPI library or from scratch) with its time-phased targets to an objective. */
export const createMeasureAction = workspaceAction(createMeasureSchema, { permission: 'content.write' }, async (ctx, input) => {
  const m = await createMeasure(ctx.workspace.id, ctx.actor, input);
  refresh(ctx.workspace.slug, m.scorecardId, m.id);
  return m;
});

/** Editors: saves every field and the target list of a measure from the version they read (stale → conflict with the current one). */
export const updateMeasureAction = workspaceAction(updateMeasureSchema, { permission: 'content.write' }, async (ctx, { measureId, version, fields }) => {
  const m = await updateMeasure(ctx.workspace.id, ctx.actor, measureId, { ...fields, version });
  refresh(ctx.workspace.slug, m.scorecardId, m.id);
  return m;
});

/** Editors: deletes a measure with its targets, measurements and history. */
export const deleteMeasureAction = workspaceAction(deleteMeasureSchema, { permission: 'content.write' }, async (ctx, input) => {
  const m = await deleteMeasure(ctx.workspace.id, ctx.actor, input.measureId);
  refresh(ctx.workspace.slug, m.scorecardId);
  return { name: m.name, scorecardId: m.scorecardId };
});
