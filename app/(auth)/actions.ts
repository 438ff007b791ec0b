'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { signIn, signOut } from '@/lib/auth';
import { publicAction } from '@/lib/actions';
import { hashPassword } from '@/lib/passwords';
import { safeNext } from '@/lib/session';
import { forgotPasswordSchema, resetPasswordSchema, signInSchema, signUpSchema } from '@/lib/validations/auth';
import { consumePasswordReset, createPasswordReset, createUser, findPasswordReset, getUserByEmail, getUserById } from '@/db/queries/users';
import { AppError } from '@/lib/errors';
import { hashToken, newToken } from '@/lib/tokens';
import { sendMail } from '@/lib/mail';
import { config } from '@/lib/config';
import { clearSignInFailures, clientIp } from '@/lib/credentials';
import { enforceRateLimits } from '@/lib/throttle';

const RESET_LINK_MINUTES = 60;

async function signInOrExplain(email: string, password: string, next: string) {
  try {
    await signIn('credentials', { email, password, redirectTo: next });
  } catch (e) {
    if (e instanceof AuthError) {
      const code = e instanceof CredentialsSignin ? e.code : undefined;
      if (code === 'throttled') {
        throw new AppError(
          'rate_limited',
          `Too many failed sign-in attempts. Wait ${config.limits.signIn.windowMinutes} minutes, or reset your password.`,
        );
      }
      throw new AppError('invalid', 'The email or password is incorrect.');
    }
    throw e;
  }
}

/** Anyone: creates an account (argon2id hash), then signs in and goes on to `next`. Limited per client address. */
export const signUpAction = publicAction(signUpSchema, async (input) => {
  const { perIp, windowMinutes } = config.limits.signUp;
  await enforceRateLimits([{ key: `signup:ip:${clientIp(await headers())}`, limit: perIp, windowMinutes }], 'Too many sign-ups from your network.');
  await createUser({ name: input.name, email: input.email, passwordHash: await hashPassword(input.password) });
  await signInOrExplain(input.email, input.password, safeNext(input.next));
});

/** Anyone: signs in (throttled per account and per IP before any hashing). */
export const signInAction = publicAction(signInSchema, async (input) => {
  await signInOrExplain(input.email, input.password, safeNext(input.next));
});

export async function signOutAction() {
  await signOut({ redirectTo: '/sign-in' });
}

/**
 * Anyone: mails a single-use reset link valid for one hour. Answers the same, in about the same
 * time (the mail leaves after the response), whether or not the email has an account.
 */
export const forgotPasswordAction = publicAction(forgotPasswordSchema, async ({ email }) => {
  const ip = clientIp(await headers());
  const { perAccount, perIp, windowMinutes } = config.limits.reset;
  await enforceRateLimits(
    [
      { key: `reset:ip:${ip}`, limit: perIp, windowMinutes },
      { key: `reset:email:${email}`, limit: perAccount, windowMinutes },
    ],
    'Too many reset requests.',
  );
  const user = await getUserByEmail(email);
  if (user) {
    const token = newToken();
    await createPasswordReset(user.id, hashToken(token), RESET_LINK_MINUTES);
    after(() =>
      sendMail({
        to: user.email,
        subject: 'Reset your Wayfinder password',
        text: `Hello ${user.name},\n\nSomeone (hopefully you) asked to reset your Wayfinder password. Open this link within one hour to choose a new one:\n\n${config.appUrl}/reset-password/${token}\n\nIf you did not ask for this, ignore this email: your password stays as it is.\n`,
      }).catch((e) => console.error('[mail] password reset mail failed', e)),
    );
  }
  return { email };
});

/**
 * Anyone holding a valid reset link: sets the new password once (the link and any other open link
 * of the account stop working), signs out every session, lifts the sign-in throttle, then sends
 * the browser to /sign-in?reset=1.
 */
export const resetPasswordAction = publicAction(resetPasswordSchema, async (input) => {
  const tokenHash = hashToken(input.token);
  const userId = await consumePasswordReset(tokenHash, await hashPassword(input.password));
  if (!userId) {
    const { state } = await findPasswordReset(tokenHash);
    throw new AppError('invalid', state === 'expired' ? 'This reset link has expired. Ask for a new one.' : state === 'used' ? 'This reset link was already used. Ask for a new one.' : 'This reset link is not valid. Ask for a new one.');
  }
  const user = await getUserById(userId);
  if (user) await clearSignInFailures(user.email);
  redirect('/sign-in?reset=1');
});
