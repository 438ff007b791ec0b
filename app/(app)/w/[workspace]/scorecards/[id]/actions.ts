'use server';

import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions';
import { updateScorecard } from '@/db/queries/scorecards';
import { createObjective, deleteObjective, reorderObjectives, updateObjective } from '@/db/queries/objectives';
import { createObjectiveLink, deleteObjectiveLink } from '@/db/queries/objective-links';
import { createInitiative, deleteInitiative, updateInitiative } from '@/db/queries/initiatives';
import {
  createInitiativeSchema,
  createLinkSchema,
  createObjectiveSchema,
  initiativeIdSchema,
  linkIdSchema,
  objectiveIdSchema,
  reorderObjectivesSchema,
  updateInitiativeSchema,
  updateObjectiveSchema,
  updateScorecardSchema,
} from '@/lib/validations/scorecards';

// Every action names the scorecard; an objective, link or initiative not in that scorecard of this workspace is not_found.

function refresh(slug: string, scorecardId: string) {
  revalidatePath(`/w/${slug}/scorecards/${scorecardId}`);
  revalidatePath(`/w/${slug}/scorecards/${scorecardId}/strategy-map`);
  revalidatePath(`/w/${slug}/scorecards`);
}

/** Editors: saves name, description, thresholds (whole percents) and perspective labels/weights from the scorecard version they read. */
export const updateScorecardAction = workspaceAction(updateScorecardSchema, { permission: 'content.write' }, async (ctx, { scorecardId, ...patch }) => {
  const s = await updateScorecard(ctx.workspace.id, ctx.actor, scorecardId, patch);
  refresh(ctx.workspace.slug, scorecardId);
  return { id: s.id, name: s.name, version: s.version };
});

/** Editors: adds an objective to a perspective of the scorecard. */
export const createObjectiveAction = workspaceAction(createObjectiveSchema, { permission: 'content.write' }, async (ctx, input) => {
  const o = await createObjective(ctx.workspace.id, ctx.actor, input);
  refresh(ctx.workspace.slug, input.scorecardId);
  return { id: o.id, name: o.name };
});

/** Editors: edits (or moves to another perspective) an objective from the version they read. */
export const updateObjectiveAction = workspaceAction(updateObjectiveSchema, { permission: 'content.write' }, async (ctx, { scorecardId, objectiveId, ...patch }) => {
  const o = await updateObjective(ctx.workspace.id, ctx.actor, objectiveId, patch, { scorecardId });
  refresh(ctx.workspace.slug, scorecardId);
  return { id: o.id, name: o.name, version: o.version };
});

/** Editors: deletes an objective with its measures, initiatives and links. */
export const deleteObjectiveAction = workspaceAction(objectiveIdSchema, { permission: 'content.write' }, async (ctx, input) => {
  const o = await deleteObjective(ctx.workspace.id, ctx.actor, input.objectiveId, { scorecardId: input.scorecardId });
  refresh(ctx.workspace.slug, input.scorecardId);
  return { name: o.name };
});

/** Editors: sets the order of a perspective's objectives from the perspective version they read. */
export const reorderObjectivesAction = workspaceAction(reorderObjectivesSchema, { permission: 'content.write' }, async (ctx, input) => {
  const r = await reorderObjectives(ctx.workspace.id, ctx.actor, input);
  refresh(ctx.workspace.slug, input.scorecardId);
  return r;
});

/** Editors: records that one objective drives another of the same scorecard. */
export const createLinkAction = workspaceAction(createLinkSchema, { permission: 'content.write' }, async (ctx, input) => {
  const l = await createObjectiveLink(ctx.workspace.id, ctx.actor, input);
  refresh(ctx.workspace.slug, input.scorecardId);
  return l;
});

/** Editors: removes a cause → effect link. */
export const deleteLinkAction = workspaceAction(linkIdSchema, { permission: 'content.write' }, async (ctx, input) => {
  await deleteObjectiveLink(ctx.workspace.id, ctx.actor, input.linkId, { scorecardId: input.scorecardId });
  refresh(ctx.workspace.slug, input.scorecardId);
  return { id: input.linkId };
});

/** Editors: adds an initiative to an objective. */
export const createInitiativeAction = workspaceAction(createInitiativeSchema, { permission: 'content.write' }, async (ctx, input) => {
  const i = await createInitiative(ctx.workspace.id, ctx.actor, input);
  refresh(ctx.workspace.slug, input.scorecardId);
  return { id: i.id, name: i.name };
});

/** Editors: edits an initiative from the version they read. */
export const updateInitiativeAction = workspaceAction(updateInitiativeSchema, { permission: 'content.write' }, async (ctx, { scorecardId, initiativeId, ...patch }) => {
  const i = await updateInitiative(ctx.workspace.id, ctx.actor, initiativeId, patch, { scorecardId });
  refresh(ctx.workspace.slug, scorecardId);
  return { id: i.id, name: i.name, version: i.version };
});

/** Editors: deletes an initiative. */
export const deleteInitiativeAction = workspaceAction(initiativeIdSchema, { permission: 'content.write' }, async (ctx, input) => {
  const i = await deleteInitiative(ctx.workspace.id, ctx.actor, input.initiativeId, { scorecardId: input.scorecardId });
  refresh(ctx.workspace.slug, input.scorecardId);
  return { name: i.name };
});
