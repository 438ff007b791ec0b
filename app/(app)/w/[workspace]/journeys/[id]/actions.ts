'use server';

import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions';
import { createStageSchema, deleteStageSchema, reorderStagesSchema, updateStageSchema } from '@/lib/validations/stages';
import { createTouchpointSchema, deleteTouchpointSchema, moveTouchpointSchema, updateTouchpointSchema } from '@/lib/validations/touchpoints';
import { createStage, deleteStage, reorderStages, updateStage } from '@/db/queries/stages';
import { createTouchpoint, deleteTouchpoint, moveTouchpoint, updateTouchpoint } from '@/db/queries/touchpoints';

// Every action names the journey; a stage or touchpoint that is not in that journey of this workspace is not_found.

/** Editors: adds a stage to the journey (at the end or at a position). */
export const createStageAction = workspaceAction(createStageSchema, { permission: 'content.write' }, async (ctx, input) => {
  const s = await createStage(ctx.workspace.id, ctx.actor, input);
  revalidatePath(`/w/${ctx.workspace.slug}/journeys/${input.journeyId}`);
  return { id: s.id, name: s.name };
});

/** Editors: renames/describes a stage from the version they read (stale → conflict with the current stage). */
export const updateStageAction = workspaceAction(updateStageSchema, { permission: 'content.write' }, async (ctx, { stageId, ...input }) => {
  const s = await updateStage(ctx.workspace.id, ctx.actor, stageId, input);
  revalidatePath(`/w/${ctx.workspace.slug}/journeys/${input.journeyId}`);
  return { id: s.id, name: s.name, description: s.description, version: s.version };
});

/** Editors: deletes a stage with its touchpoints. */
export const deleteStageAction = workspaceAction(deleteStageSchema, { permission: 'content.write' }, async (ctx, input) => {
  const s = await deleteStage(ctx.workspace.id, ctx.actor, input.stageId, { journeyId: input.journeyId });
  revalidatePath(`/w/${ctx.workspace.slug}/journeys/${input.journeyId}`);
  return { name: s.name, touchpointCount: s.touchpointCount };
});

/** Editors: sets the stage order from the journey version they read and the full list of stage ids. */
export const reorderStagesAction = workspaceAction(reorderStagesSchema, { permission: 'content.write' }, async (ctx, input) => {
  const r = await reorderStages(ctx.workspace.id, ctx.actor, input);
  revalidatePath(`/w/${ctx.workspace.slug}/journeys/${input.journeyId}`);
  return r;
});

/** Editors: adds a touchpoint to a stage of the journey. */
export const createTouchpointAction = workspaceAction(createTouchpointSchema, { permission: 'content.write' }, async (ctx, input) => {
  const t = await createTouchpoint(ctx.workspace.id, ctx.actor, input);
  revalidatePath(`/w/${ctx.workspace.slug}/journeys/${input.journeyId}`);
  return t;
});

/** Editors: saves every field of a touchpoint from the version they read (stale → conflict with the current one). */
export const updateTouchpointAction = workspaceAction(updateTouchpointSchema, { permission: 'content.write' }, async (ctx, { touchpointId, ...input }) => {
  const t = await updateTouchpoint(ctx.workspace.id, ctx.actor, touchpointId, input);
  revalidatePath(`/w/${ctx.workspace.slug}/journeys/${input.journeyId}`);
  return t;
});

/** Editors: deletes a touchpoint with its pain points and opportunities. */
export const deleteTouchpointAction = workspaceAction(deleteTouchpointSchema, { permission: 'content.write' }, async (ctx, input) => {
  const t = await deleteTouchpoint(ctx.workspace.id, ctx.actor, input.touchpointId, { journeyId: input.journeyId });
  revalidatePath(`/w/${ctx.workspace.slug}/journeys/${input.journeyId}`);
  return { name: t.name };
});

/** Editors: moves a touchpoint within its stage or to another stage of the journey, from its version. */
export const moveTouchpointAction = workspaceAction(moveTouchpointSchema, { permission: 'content.write' }, async (ctx, { touchpointId, ...input }) => {
  const t = await moveTouchpoint(ctx.workspace.id, ctx.actor, touchpointId, input);
  revalidatePath(`/w/${ctx.workspace.slug}/journeys/${input.journeyId}`);
  return t;
});
