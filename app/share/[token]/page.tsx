import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { unstable_cache } from 'next/cache';
import { findLiveShareLink } from '@/db/queries/share-links';
import { shareLinkTag } from '@/lib/cache-tags';
import { SHARE_TOKEN_RE } from '@/lib/share/unlock';
import { hashToken } from '@/lib/tokens';
import { SharedView } from './shared-view';

// Outside the app layout: no sidebar, no session. proxy.ts adds Referrer-Policy: no-referrer and X-Robots-Tag: noindex.
export const metadata: Metadata = { title: 'Shared scorecard', robots: { index: false, follow: false }, referrer: 'no-referrer' };

// Served from Next's page cache, one entry per token: rendering 200 measures is most of this page's cost, and it is
// read far more often than the scorecard changes. What keeps it honest:
// - this render checks the link itself, like every page; revoking expires the link's tag and every content write the
//   workspace's tag (lib/cache-tags.ts), so the next request renders again and answers 404 or the new data;
// - five minutes (revalidate) bound what no tag covers: a link reaching its last day, today's date moving on;
// - proxy.ts also checks the link on every request before this cache (lib/share/gate.ts), so expiry acts at once and
//   views are counted; it is not the only check (STYLE.md): without it, a dead link's page lives at most five minutes;
// - a password-protected link is never served from here: its unlocked readers get ./view, rendered per request after
//   checking the password cookie; anyone else reaching this page for such a link is sent to the password page.
export const revalidate = 300;
export const generateStaticParams = async () => [];

const liveLink = (token: string) => {
  const hash = hashToken(token);
  return unstable_cache(() => findLiveShareLink(token), ['share-link', hash], { tags: [shareLinkTag(hash)], revalidate });
};

/** Anyone holding a live token without a password: the read-only executive view of one scorecard; otherwise 404. */
export default async function SharePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!SHARE_TOKEN_RE.test(token)) notFound();
  const found = await liveLink(token)();
  if (!found) notFound();
  if (found.link.passwordHash) redirect(`/share/${token}/unlock`);
  return <SharedView found={found} />;
}
