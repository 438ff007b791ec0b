import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { findLiveShareLink } from '@/db/queries/share-links';
import { isUnlocked, SHARE_TOKEN_RE, UNLOCK_COOKIE } from '@/lib/share/unlock';
import { Shell } from '../shell';
import { PasswordForm, passwordError } from './password-form';

export const metadata: Metadata = { title: 'Protected link', robots: { index: false, follow: false }, referrer: 'no-referrer' };

/** Anyone holding a live token with a password: asks for it (with the reason of the last refusal); otherwise 404, or the link when open. */
export default async function UnlockPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await params;
  if (!SHARE_TOKEN_RE.test(token)) notFound();
  const found = await findLiveShareLink(token);
  if (!found) notFound();
  if (isUnlocked(found.link, (await cookies()).get(UNLOCK_COOKIE)?.value)) redirect(`/share/${token}`);
  const sp = await searchParams;
  return (
    <Shell>
      <div className="mx-auto max-w-sm space-y-4 rounded-lg border border-line bg-surface p-6">
        <h1 className="text-xl font-semibold">This link is protected</h1>
        <p className="text-sm text-muted">Enter the password to open the shared scorecard.</p>
        <PasswordForm token={token} error={passwordError(sp.error, sp.minutes)} />
      </div>
    </Shell>
  );
}
