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

/**
 * Anyone with a share link: checks its password (throttled per link and address). Always answers with a redirect (so
 * the form works without JavaScript): right → to the link, with an unlock cookie for its path; wrong, empty or
 * throttled → back to its password page with ?error= for it to explain. Unknown, expired or revoked links: not found.
 */
export const unlockShareAction = publicAction(unlockShareSchema, async ({ token, password }) => {
  const found = await findLiveShareLink(token);
  if (!found) throw new AppError('not_found', 'This link is no longer available.');
  const { link } = found;
  const back = sharePath(token);
  if (!link.passwordHash) redirect(back);
  if (!password) redirect(`${back}/unlock?error=empty`);
  const h = await headers();
  const r = await checkSharePassword({ id: link.id, passwordHash: link.passwordHash }, password, clientIp(h));
  if (!r.ok) redirect(r.reason === 'throttled' ? `${back}/unlock?error=throttled&minutes=${r.minutes}` : `${back}/unlock?error=wrong`);
  (await cookies()).set(UNLOCK_COOKIE, unlockValue({ id: link.id, passwordHash: link.passwordHash }), {
    httpOnly: true,
    sameSite: 'lax',
    path: back,
    maxAge: UNLOCK_MAX_AGE,
    secure: (h.get('x-forwarded-proto') ?? '').startsWith('https'),
  });
  redirect(back);
});
