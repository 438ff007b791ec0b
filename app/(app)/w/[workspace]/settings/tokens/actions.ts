'use server';

import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions';
import { canGrant, roleLabels } from '@/lib/authz';
import { AppError } from '@/lib/errors';
import { createTokenSchema, revokeTokenSchema } from '@/lib/validations/tokens';
import { createApiToken, revokeApiToken } from '@/db/queries/api-tokens';

/** Admins and owners: creates a token with a role no higher than their own; answers its secret, once. */
export const createApiTokenAction = workspaceAction(createTokenSchema, { permission: 'tokens.manage' }, async (ctx, input) => {
  if (!canGrant(ctx.role, input.role)) {
    const msg = `You can grant at most your own role (${roleLabels[ctx.role]}).`;
    throw new AppError('forbidden', msg, { role: [msg] });
  }
  const t = await createApiToken(ctx.workspace.id, ctx.actor, input);
  revalidatePath(`/w/${ctx.workspace.slug}/settings/tokens`);
  return { id: t.id, name: t.name, role: t.role, prefix: t.prefix, secret: t.secret };
});

/** Admins and owners: revokes a live token of this workspace (owner tokens: owners only); it answers 401 from then on. */
export const revokeApiTokenAction = workspaceAction(revokeTokenSchema, { permission: 'tokens.manage' }, async (ctx, { id }) => {
  await revokeApiToken(ctx.workspace.id, { ...ctx.actor, role: ctx.role }, id);
  revalidatePath(`/w/${ctx.workspace.slug}/settings/tokens`);
  return { id };
});
