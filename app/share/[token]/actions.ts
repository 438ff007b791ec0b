'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { publicAction } from '@/lib/actions';
import { clientIp } from '@/lib/credentials';
import { AppError } from '@/lib/errors';
import { checkSharePassword } from '@/lib/share/password';
import { sharePath, UNLOCK_COOKIE, UNLOCK_MAX_AGE, unlockValue } from '@/lib/share/unlock';
import { unlockShareSchema } from '@/lib/validations/share-links';
import { findLiveShareLink } from '@/db/queries/share-links';

/** Anyone with a share link: checks its password (throttled per link and address); right → an unlock cookie for this link's path. */
export const unlockShareAction = publicAction(unlockShareSchema, async ({ token, password }) => {
  const found = await findLiveShareLink(token);
  if (!found) throw new AppError('not_found', 'This link is no longer available.');
  const { link } = found;
  if (!link.passwordHash) redirect(sharePath(token));
  const h = await headers();
  const r = await checkSharePassword({ id: link.id, passwordHash: link.passwordHash }, password, clientIp(h));
  if (!r.ok && r.reason === 'throttled') {
    throw new AppError('rate_limited', `Too many attempts, try again in ${r.minutes} ${r.minutes === 1 ? 'minute' : 'minutes'}.`);
  }
  if (!r.ok) throw new AppError('invalid', 'That password is not right.', { password: ['That password is not right. Check it with the person who sent you the link.'] });
  (await cookies()).set(UNLOCK_COOKIE, unlockValue({ id: link.id, passwordHash: link.passwordHash }), {
    httpOnly: true,
    sameSite: 'lax',
    path: sharePath(token),
    maxAge: UNLOCK_MAX_AGE,
    secure: (h.get('x-forwarded-proto') ?? '').startsWith('https'),
  });
  redirect(sharePath(token));
});
