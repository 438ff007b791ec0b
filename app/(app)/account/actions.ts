'use server';

import { AuthError } from 'next-auth';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signIn, signOut } from '@/lib/auth';
import { userAction } from '@/lib/actions';
import { clearSignInFailures, clientIp, verifyOwnPassword } from '@/lib/credentials';
import { AppError } from '@/lib/errors';
import { hashPassword } from '@/lib/passwords';
import { config } from '@/lib/config';
import { changePasswordSchema, deleteAccountSchema, profileSchema } from '@/lib/validations/auth';
import { deleteUser, setPassword, updateUserName } from '@/db/queries/users';

/** The signed-in user renames themself; a stale version answers 'conflict' with the saved name and version. */
export const updateProfileAction = userAction(profileSchema, async (user, input) => {
  const u = await updateUserName(user.id, input.name, input.version);
  revalidatePath('/', 'layout');
  return { name: u.name, version: u.version };
});

/**
 * The signed-in user changes their password after re-entering the current one (throttled like
 * sign-in). Every session is revoked (session version bump); this browser is signed in again with
 * the new password and lands on /account?password=changed.
 */
export const changePasswordAction = userAction(changePasswordSchema, async (user, input) => {
  const check = await verifyOwnPassword(user, input.current, clientIp(await headers()));
  if (check === 'throttled') {
    throw new AppError('rate_limited', `Too many wrong passwords. Wait ${config.limits.signIn.windowMinutes} minutes, or reset your password.`);
  }
  if (check === 'invalid') throw new AppError('invalid', 'Please correct the highlighted fields.', { current: ['This is not your current password.'] });
  await setPassword(user.id, await hashPassword(input.password));
  await clearSignInFailures(user.email);
  try {
    await signIn('credentials', { email: user.email, password: input.password, redirectTo: '/account?password=changed' });
  } catch (e) {
    // Only Auth.js refusals (the per-IP throttle) land here; the NEXT_REDIRECT of success propagates.
    if (e instanceof AuthError) redirect('/sign-in?reset=1&next=%2Faccount');
    throw e;
  }
});

/**
 * The signed-in user deletes their account after re-entering the password. Refused ('forbidden',
 * naming the workspaces) while they are the only owner of a workspace; otherwise signs out to /?deleted=1.
 */
export const deleteAccountAction = userAction(deleteAccountSchema, async (user, input) => {
  const check = await verifyOwnPassword(user, input.password, clientIp(await headers()));
  if (check === 'throttled') {
    throw new AppError('rate_limited', `Too many wrong passwords. Wait ${config.limits.signIn.windowMinutes} minutes and try again.`);
  }
  if (check === 'invalid') throw new AppError('invalid', 'Please correct the highlighted fields.', { password: ['This is not your password.'] });
  await deleteUser(user.id);
  await signOut({ redirectTo: '/?deleted=1' });
});
