'use server';

import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions';
import { createPersonaSchema, deletePersonaSchema, updatePersonaSchema } from '@/lib/validations/personas';
import { createPersona, deletePersona, updatePersona } from '@/db/queries/personas';

/** Editors: creates a persona from the form (lists one item per line); answers its id. */
export const createPersonaAction = workspaceAction(createPersonaSchema, { permission: 'content.write' }, async (ctx, input) => {
  const p = await createPersona(ctx.workspace.id, ctx.actor, input);
  revalidatePath(`/w/${ctx.workspace.slug}/personas`);
  return { id: p.id, name: p.name };
});

/** Editors: saves every field from the version they read; a stale version answers conflict with the current persona. */
export const updatePersonaAction = workspaceAction(updatePersonaSchema, { permission: 'content.write' }, async (ctx, { personaId, ...input }) => {
  const p = await updatePersona(ctx.workspace.id, ctx.actor, personaId, input);
  revalidatePath(`/w/${ctx.workspace.slug}/personas`, 'layout');
  return { id: p.id, name: p.name, version: p.version };
});

/** Editors: deletes a persona; its journeys are kept without a persona. */
export const deletePersonaAction = workspaceAction(deletePersonaSchema, { permission: 'content.write' }, async (ctx, input) => {
  const r = await deletePersona(ctx.workspace.id, ctx.actor, input.personaId);
  revalidatePath(`/w/${ctx.workspace.slug}/personas`, 'layout');
  return r;
});
