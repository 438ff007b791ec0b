import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { findLiveShareLink } from '@/db/queries/share-links';
import { isUnlocked, SHARE_TOKEN_RE, UNLOCK_COOKIE } from '@/lib/share/unlock';
import { SharedView } from '../shared-view';

export const metadata: Metadata = { title: 'Shared scorecard', robots: { index: false, follow: false }, referrer: 'no-referrer' };

/**
 * The share page rendered per request (proxy.ts sends a password-protected link's readers here; see ../page.tsx):
 * anyone holding a live token whose password cookie is valid; otherwise the password page, or 404.
 */
export default async function ShareViewPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!SHARE_TOKEN_RE.test(token)) notFound();
  const found = await findLiveShareLink(token);
  if (!found) notFound();
  if (!isUnlocked(found.link, (await cookies()).get(UNLOCK_COOKIE)?.value)) redirect(`/share/${token}/unlock`);
  return <SharedView found={found} />;
}
