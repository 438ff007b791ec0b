import 'server-only';
import { revalidateTag } from 'next/cache';
import type { Permission } from './authz';

// Reads cached across requests (the share page's scorecard) carry their workspace's tag; every write to that
// workspace's content or settings, through an action or the API, expires it at once.
export const workspaceContentTag = (workspaceId: string) => `workspace-content:${workspaceId}`;

/** The cached share page of one link (app/share/[token]/page.tsx), by the token's stored hash: revoking expires it. */
export const shareLinkTag = (tokenHash: string) => `share-link:${tokenHash}`;

/**
 * Permissions whose actions can change what a cached read shows: content, and who is a member (a member who leaves
 * stops owning things). Not the workspace settings: the share page reads the workspace row live and keys its cache
 * by time zone; and expiring a tag in the settings action would refresh the old address after a change of address,
 * which no longer exists.
 */
export const WRITES_CONTENT: ReadonlySet<Permission> = new Set(['content.write', 'members.manage', 'owners.manage']);

/** Expires a cache tag at once. Outside a Next request (unit tests) there is nothing to expire. */
function expire(tag: string) {
  try {
    revalidateTag(tag, { expire: 0 });
  } catch (e) {
    if (process.env.NODE_ENV !== 'test') console.error('[cache] could not expire', tag, e);
  }
}

/** Expires every cached read of this workspace. */
export const expireWorkspaceCache = (workspaceId: string) => expire(workspaceContentTag(workspaceId));

/** Expires one link's cached share page (after a revoke), so that the page's own check runs on the next request. */
export const expireShareLinkCache = (tokenHash: string) => expire(shareLinkTag(tokenHash));
