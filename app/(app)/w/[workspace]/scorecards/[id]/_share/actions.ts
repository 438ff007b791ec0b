'use server';

import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions';
import { invalid } from '@/lib/errors';
import { localDate } from '@/lib/periods';
import { hashPassword } from '@/lib/passwords';
import { endOfLocalDay } from '@/lib/share/expiry';
import { createShareLinkSchema, revokeShareLinkSchema } from '@/lib/validations/share-links';
import { createShareLink, revokeShareLink } from '@/db/queries/share-links';
import { expireShareLinkCache } from '@/lib/cache-tags';

/** Admins and owners: creates a read-only link to a scorecard of this workspace; answers its token, once. */
export const createShareLinkAction = workspaceAction(createShareLinkSchema, { permission: 'shares.manage' }, async (ctx, input) => {
  const tz = ctx.workspace.timeZone;
  if (input.expiresOn && input.expiresOn < localDate(new Date(), tz)) {
    throw invalid('Please correct the highlighted fields.', { expiresOn: ['Choose today or a later day, or leave it empty for no expiry.'] });
  }
  const link = await createShareLink(ctx.workspace.id, ctx.actor, {
    scorecardId: input.scorecardId,
    label: input.label,
    expiresAt: input.expiresOn ? endOfLocalDay(input.expiresOn, tz) : null,
    passwordHash: input.password ? await hashPassword(input.password) : null,
    includeStrategyMap: input.includeStrategyMap,
    includeJourneys: input.includeJourneys,
  });
  revalidatePath(`/w/${ctx.workspace.slug}/scorecards/${input.scorecardId}`);
  return link;
});

/** Admins and owners: revokes a live link of this workspace; it answers 404 from the next request on. */
export const revokeShareLinkAction = workspaceAction(revokeShareLinkSchema, { permission: 'shares.manage' }, async (ctx, { id }) => {
  const done = await revokeShareLink(ctx.workspace.id, ctx.actor, id);
  expireShareLinkCache(done.tokenHash);
  revalidatePath(`/w/${ctx.workspace.slug}/scorecards/${done.scorecardId}`);
  return { id };
});
