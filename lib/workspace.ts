import 'server-only';
import { cache } from 'react';
import { forbidden, notFound, redirect } from 'next/navigation';
import { findMembershipBySlug } from '@/db/queries/workspaces';
import type { User, Workspace } from '@/db/schema';
import type { Actor } from '@/db/queries/activity';
import { can, type Permission, type Role } from './authz';
import { AppError } from './errors';
import { getCurrentUser } from './session';

export type WorkspaceContext = {
  workspace: Workspace;
  role: Role;
  /** The signed-in member, or null when an API token acts. */
  user: User | null;
  tokenId: string | null;
  actor: Actor;
};

/** The gate's answer when the role is too low (business rules that refuse say why in their own words). */
export const ROLE_TOO_LOW = 'Your role does not allow this.';

const SLUG_RE = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;

/**
 * The tenancy gate, in STYLE.md's order: signed out → AppError('unauthorized'); not a member (or no
 * such workspace) → 'not_found'; role below the permission → 'forbidden'. Cached per request.
 */
export const resolveWorkspace = cache(async (slug: string, permission: Permission): Promise<WorkspaceContext> => {
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthorized', 'Sign in to continue.');
  return memberContext(user, slug, permission);
});

export async function memberContext(user: User, slug: string, permission: Permission): Promise<WorkspaceContext> {
  const m = typeof slug === 'string' && SLUG_RE.test(slug) ? await findMembershipBySlug(user.id, slug) : null;
  if (!m) throw new AppError('not_found', 'Workspace not found.');
  if (!can(m.role, permission)) throw new AppError('forbidden', ROLE_TOO_LOW);
  return { workspace: m.workspace, role: m.role, user, tokenId: null, actor: { userId: user.id, tokenId: null, name: user.name } };
}

/** For pages: the gate, answering with a sign-in redirect, the 404 page or the 403 page. */
export async function requireWorkspace(slug: string, permission: Permission = 'content.read'): Promise<WorkspaceContext> {
  try {
    return await resolveWorkspace(slug, permission);
  } catch (e) {
    if (e instanceof AppError) {
      if (e.code === 'unauthorized') redirect(`/sign-in?next=${encodeURIComponent(`/w/${slug}`)}`);
      if (e.code === 'not_found') notFound();
      if (e.code === 'forbidden') forbidden();
    }
    throw e;
  }
}
