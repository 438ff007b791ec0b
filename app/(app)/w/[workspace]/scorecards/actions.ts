'use server';

import { revalidatePath } from 'next/cache';
import { workspaceAction } from '@/lib/actions';
import { createScorecard, deleteScorecard } from '@/db/queries/scorecards';
import { createScorecardSchema, scorecardIdSchema } from '@/lib/validations/scorecards';

const LIST = '/w/[workspace]/scorecards';

/** Editors: creates a scorecard with its four perspectives; returns its id. */
export const createScorecardAction = workspaceAction(createScorecardSchema, { permission: 'content.write' }, async (ctx, input) => {
  const s = await createScorecard(ctx.workspace.id, ctx.actor, input);
  revalidatePath(LIST, 'page');
  return { id: s.id, name: s.name };
});

/** Editors: deletes a scorecard and everything in it. */
export const deleteScorecardAction = workspaceAction(scorecardIdSchema, { permission: 'content.write' }, async (ctx, input) => {
  const s = await deleteScorecard(ctx.workspace.id, ctx.actor, input.scorecardId);
  revalidatePath(LIST, 'page');
  return { id: s.id, name: s.name };
});
