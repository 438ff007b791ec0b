'use server';

import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions';
import { invalid } from '@/lib/errors';
import { deleteWorkspaceSchema, transferOwnershipSchema, workspaceSettingsSchema } from '@/lib/validations/workspace';
import { deleteWorkspace, updateWorkspaceSettings } from '@/db/queries/workspaces';
import { transferOwnership } from '@/db/queries/ownership';

/** Owners: saves name, address, time zone, fiscal year start, currency and locale from the version they read. */
export const updateWorkspaceSettingsAction = workspaceAction(workspaceSettingsSchema, { permission: 'workspace.manage' }, async (ctx, input) => {
  const w = await updateWorkspaceSettings(ctx.workspace.id, ctx.actor, input);
  // A new address makes the current URL a 404: the form navigates to the new one instead of re-rendering this.
  if (w.slug === ctx.workspace.slug) revalidatePath(`/w/${w.slug}`, 'layout');
  return { slug: w.slug, version: w.version, name: w.name };
});

/** Owners: hands ownership to another member (who becomes owner) and steps down to admin. */
export const transferOwnershipAction = workspaceAction(transferOwnershipSchema, { permission: 'owners.manage' }, async (ctx, input) => {
  const result = await transferOwnership(ctx.workspace.id, { ...ctx.actor, userId: ctx.user!.id }, input);
  revalidatePath(`/w/${ctx.workspace.slug}`, 'layout');
  return result;
});

/** Owners: deletes the workspace once the typed confirmation matches its address exactly. */
export const deleteWorkspaceAction = workspaceAction(deleteWorkspaceSchema, { permission: 'workspace.manage' }, async (ctx, input) => {
  if (input.confirm !== ctx.workspace.slug) {
    throw invalid('The confirmation does not match. Nothing was deleted.', { confirm: [`Type ${ctx.workspace.slug} exactly to confirm.`] });
  }
  await deleteWorkspace(ctx.workspace.id);
  return { name: ctx.workspace.name };
});
