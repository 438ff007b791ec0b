// The matrix's actors: one cookie session per role of workspace A, a member of workspace B, B's owner-role API token,
// an anonymous visitor and a share-link visitor (holding only a live /share/<token> and its unlock cookie).
import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Browser } from '@playwright/test';
import { fixtures, signIn } from '../support';
import type { IdSet } from './api-table';

export const ROLES = ['viewer', 'editor', 'admin', 'owner'] as const;
export type Role = (typeof ROLES)[number];
export type Outsider = 'anonymous' | 'share visitor' | 'member of B' | 'token of B';
export type Actor = { name: Role | Outsider; request: APIRequestContext };

// Mirrors lib/authz.ts's table on purpose (the matrix states its expectations independently of the code it tests).
const lowest: Record<string, Role> = {
  'content.read': 'viewer', 'members.read': 'viewer', 'content.write': 'editor', 'members.manage': 'admin', 'invitations.manage': 'admin',
  'tokens.manage': 'admin', 'shares.manage': 'admin', 'activity.read': 'admin', 'workspace.export': 'admin', 'workspace.manage': 'owner', 'owners.manage': 'owner',
};
export const allowed = (role: Role, permission: string) => ROLES.indexOf(role) >= ROLES.indexOf(lowest[permission]);

export const matrix = () => fixtures().accessMatrix;

/** Any id kind → a fresh random uuid: ids that exist nowhere. */
export const missingIds = (): IdSet => new Proxy({}, { get: () => randomUUID() }) as IdSet;

async function session(browser: Browser, email: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  return context.request;
}

export async function makeActors(browser: Browser) {
  const m = matrix();
  const members = {} as Record<Role, APIRequestContext>;
  for (const role of ROLES) members[role] = await session(browser, m.a.users[role], m.password);
  const anonymous = (await browser.newContext()).request;
  const bMember = await session(browser, m.b.member, m.password);
  const bToken = (await browser.newContext({ extraHTTPHeaders: { authorization: `Bearer ${m.b.token}` } })).request;
  // The share visitor unlocks the password-protected link of workspace A through its form.
  const shareContext = await browser.newContext();
  const sharePage = await shareContext.newPage();
  await sharePage.goto(`/share/${m.share.token}`);
  await sharePage.getByLabel('Password').fill(m.share.password);
  await sharePage.getByRole('button', { name: 'Open' }).click();
  await sharePage.waitForURL((u) => u.pathname === `/share/${m.share.token}`);
  expect((await shareContext.cookies()).some((c) => c.name === 'wf_share_unlock')).toBe(true);
  const outsiders: Actor[] = [
    { name: 'anonymous', request: anonymous },
    { name: 'share visitor', request: shareContext.request },
    { name: 'member of B', request: bMember },
    { name: 'token of B', request: bToken },
  ];
  return { members, outsiders };
}

/**
 * One request, sent again once when the connection was reset before an answer (a kept-alive socket closed by the
 * server as it was reused, seen on a loaded machine). A request that was answered is never repeated.
 */
export async function fetchOnce(request: APIRequestContext, url: string, options: Parameters<APIRequestContext['fetch']>[1]) {
  try {
    return await request.fetch(url, options);
  } catch (e) {
    if (!/ECONNRESET|socket hang up/.test(String(e))) throw e;
    return request.fetch(url, options);
  }
}
