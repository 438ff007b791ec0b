'use server';

import { redirect } from 'next/navigation';
import { userAction } from '@/lib/actions';
import { createWorkspaceSchema } from '@/lib/validations/workspace';
import { createWorkspace } from '@/db/queries/workspaces';

/** Any signed-in user: creates a workspace they own and opens it. */
export const createWorkspaceAction = userAction(createWorkspaceSchema, async (user, input) => {
  const w = await createWorkspace(user, input);
  redirect(`/w/${w.slug}`);
});
