// The access matrix's explicit table of pages and the route handlers outside /api/v1, keyed like the files on disk.
// Workspace entries name the permission their gate asks for (requireWorkspace / resolveWorkspace / gateDownload)
// and the id kind that fills [id]; everything else says who may open it and why it is outside the workspace gate.
import type { Permission } from './api-table';

export type WorkspaceEntry = {
  /** 'PAGE' for page.tsx, else the route handler's method. */
  method: 'PAGE' | 'GET';
  /** Below /w/[workspace] ('' for the overview). */
  route: string;
  permission: Permission;
  id?: string;
  /** What an allowed member gets with its own ids (default 200). */
  own?: number;
  /** With own: 307, where to (below /w/[workspace]). */
  redirectsTo?: string;
};

export const workspaceTable: WorkspaceEntry[] = [
  { method: 'PAGE', route: '', permission: 'content.read' },
  { method: 'PAGE', route: '/activity', permission: 'activity.read' },
  { method: 'PAGE', route: '/benchmarks', permission: 'content.read' },
  { method: 'PAGE', route: '/canvases', permission: 'content.read' },
  { method: 'PAGE', route: '/canvases/[id]', permission: 'content.read', id: 'canvas' },
  { method: 'PAGE', route: '/canvases/[id]/compare', permission: 'content.read', id: 'canvas' },
  { method: 'PAGE', route: '/canvases/[id]/print', permission: 'content.read', id: 'canvas' },
  { method: 'PAGE', route: '/journeys', permission: 'content.read' },
  { method: 'PAGE', route: '/journeys/[id]', permission: 'content.read', id: 'journey' },
  { method: 'PAGE', route: '/journeys/[id]/print', permission: 'content.read', id: 'journey' },
  { method: 'PAGE', route: '/kpis', permission: 'content.read' },
  { method: 'PAGE', route: '/kpis/[id]', permission: 'content.read', id: 'measure' },
  { method: 'PAGE', route: '/personas', permission: 'content.read' },
  { method: 'PAGE', route: '/personas/new', permission: 'content.write' },
  { method: 'PAGE', route: '/personas/[id]', permission: 'content.read', id: 'persona' },
  { method: 'PAGE', route: '/scorecards', permission: 'content.read' },
  { method: 'PAGE', route: '/scorecards/[id]', permission: 'content.read', id: 'scorecard' },
  { method: 'PAGE', route: '/scorecards/[id]/briefing', permission: 'content.read', id: 'scorecard' },
  { method: 'PAGE', route: '/scorecards/[id]/executive', permission: 'content.read', id: 'scorecard' },
  { method: 'PAGE', route: '/scorecards/[id]/strategy-map', permission: 'content.read', id: 'scorecard' },
  // The settings index redirects members to settings/general.
  { method: 'PAGE', route: '/settings', permission: 'content.read', own: 307, redirectsTo: '/settings/general' },
  { method: 'PAGE', route: '/settings/general', permission: 'content.read' },
  { method: 'PAGE', route: '/settings/members', permission: 'members.read' },
  { method: 'PAGE', route: '/settings/tokens', permission: 'tokens.manage' },
  { method: 'PAGE', route: '/settings/export', permission: 'workspace.export' },
  { method: 'GET', route: '/export.json', permission: 'workspace.export' },
  { method: 'GET', route: '/canvases/[id]/export.json', permission: 'content.read', id: 'canvas' },
  { method: 'GET', route: '/journeys/[id]/export.csv', permission: 'content.read', id: 'journey' },
  { method: 'GET', route: '/journeys/[id]/export.json', permission: 'content.read', id: 'journey' },
  { method: 'GET', route: '/scorecards/[id]/measures.csv', permission: 'content.read', id: 'scorecard' },
  { method: 'GET', route: '/scorecards/[id]/measurements.csv', permission: 'content.read', id: 'scorecard' },
];

export const workspaceKey = (e: Pick<WorkspaceEntry, 'method' | 'route'>) => `${e.method} /w/[workspace]${e.route}`;

/**
 * Outside /w/[workspace] and the workspace API: what an anonymous visitor gets (random tokens for [token]) and a
 * signed-in member of workspace A, and why. `exempt` entries are not requested at all.
 */
export type OtherEntry = { key: string; anonymous?: number; signedIn?: number; exempt?: string; why: string };

export const otherTable: OtherEntry[] = [
  { key: 'PAGE /', anonymous: 200, signedIn: 200, why: 'the public landing page' },
  { key: 'PAGE /status', anonymous: 200, signedIn: 200, why: 'the public status page' },
  { key: 'PAGE /sign-in', anonymous: 200, why: 'public' },
  { key: 'PAGE /sign-up', anonymous: 200, why: 'public' },
  { key: 'PAGE /reset-password', anonymous: 200, why: 'public' },
  { key: 'PAGE /reset-password/[token]', anonymous: 200, why: 'public; an unknown token shows an expired-link message' },
  { key: 'PAGE /invite/[token]', anonymous: 200, signedIn: 200, why: 'an unknown token shows “This invitation link is not valid” and names no workspace' },
  { key: 'PAGE /share/[token]', anonymous: 404, signedIn: 404, why: 'the token is the key: an unknown one is not found' },
  { key: 'PAGE /share/[token]/unlock', anonymous: 404, signedIn: 404, why: 'the token is the key: an unknown one is not found' },
  { key: 'PAGE /share/[token]/view', anonymous: 404, signedIn: 404, why: 'the token is the key: an unknown one is not found' },
  { key: 'PAGE /[...missing]', anonymous: 404, signedIn: 404, why: 'any address no other route matches: the 404 page, rendered per request for its CSP nonce' },
  { key: 'PAGE /account', anonymous: 307, signedIn: 200, why: 'the signed-in user’s own account' },
  { key: 'PAGE /w', anonymous: 307, signedIn: 200, why: 'the signed-in user’s own workspaces' },
  { key: 'GET /api/health', anonymous: 200, why: 'liveness for load balancers; answers nothing about tenants' },
  { key: 'GET /api/v1/openapi.json', anonymous: 200, why: 'the public API description' },
  { key: 'GET /api/bench', anonymous: 404, signedIn: 404, why: 'only under npm run bench (WAYFINDER_BENCH=1)' },
  // POST creates a new workspace owned by the caller from a file: no existing workspace is named, so no tenant gate.
  { key: 'POST /api/workspace-imports', anonymous: 401, signedIn: 400, why: 'any signed-in user imports into a new workspace of their own' },
  { key: 'GET /api/auth/[...nextauth]', exempt: 'Auth.js’s own endpoints (session, csrf, providers)', why: 'no tenant data' },
  { key: 'POST /api/auth/[...nextauth]', exempt: 'Auth.js’s own endpoints (sign-in callback, sign-out)', why: 'no tenant data' },
];
