'use server';

import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions';
import { createJourney, deleteJourney, updateJourney } from '@/db/queries/journeys';
import { duplicateJourney } from '@/db/queries/journey-copy';
import { createJourneySchema, journeyIdSchema, journeyStatusChangeSchema, updateJourneySchema } from '@/lib/validations/journeys';

const LIST = '/w/[workspace]/journeys';
const MAP = '/w/[workspace]/journeys/[id]';

function refresh() {
  revalidatePath(LIST, 'page');
  revalidatePath(MAP, 'page');
}

/** Editors: creates a journey from a template (persona optional, of this workspace); returns its id. */
export const createJourneyAction = workspaceAction(createJourneySchema, { permission: 'content.write' }, async (ctx, input) => {
  const j = await createJourney(ctx.workspace.id, ctx.actor, input);
  revalidatePath(LIST, 'page');
  return { id: j.id, name: j.name };
});

/** Editors: renames/describes a journey and sets its persona, if still at `version` (else conflict with the current values). */
export const updateJourneyAction = workspaceAction(updateJourneySchema, { permission: 'content.write' }, async (ctx, input) => {
  const { journeyId, ...patch } = input;
  const j = await updateJourney(ctx.workspace.id, ctx.actor, journeyId, patch);
  refresh();
  return { id: j.id, name: j.name, description: j.description, personaId: j.personaId, version: j.version };
});

/** Editors: archives or unarchives a journey (versioned). */
export const setJourneyStatusAction = workspaceAction(journeyStatusChangeSchema, { permission: 'content.write' }, async (ctx, input) => {
  const j = await updateJourney(ctx.workspace.id, ctx.actor, input.journeyId, { version: input.version, status: input.status });
  refresh();
  return { id: j.id, name: j.name, status: j.status, version: j.version };
});

/** Editors: deep-copies a journey (stages, touchpoints, items) as "Copy of …"; returns the copy's id. */
export const duplicateJourneyAction = workspaceAction(journeyIdSchema, { permission: 'content.write' }, async (ctx, input) => {
  const j = await duplicateJourney(ctx.workspace.id, ctx.actor, input.journeyId);
  revalidatePath(LIST, 'page');
  return { id: j.id, name: j.name };
});

/** Editors: deletes a journey and everything in it. */
export const deleteJourneyAction = workspaceAction(journeyIdSchema, { permission: 'content.write' }, async (ctx, input) => {
  const j = await deleteJourney(ctx.workspace.id, ctx.actor, input.journeyId);
  revalidatePath(LIST, 'page');
  return { id: j.id, name: j.name };
});
