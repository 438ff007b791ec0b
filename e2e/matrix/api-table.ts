// The access matrix's explicit table of /api/v1 operations: each route handler method (keyed like the file on disk),
// the permission it needs (lib/authz.ts; checked against the OpenAPI document), which id kind fills [id], the rows
// the allowed roles may delete, and how to build a valid body or upload from an id set (own, foreign or missing).
import { randomBytes } from 'node:crypto';

export type IdSet = Record<string, string>;
/** What a body builder may need beyond ids: a period the primary measure already has. */
export type BodyCtx = { period: string };
export type Permission =
  | 'content.read' | 'members.read' | 'content.write' | 'members.manage' | 'invitations.manage' | 'tokens.manage'
  | 'shares.manage' | 'activity.read' | 'workspace.export' | 'workspace.manage' | 'owners.manage';

export type ApiEntry = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** The route below /api/v1/workspaces/[slug], as on disk ('' for the workspace itself). */
  route: string;
  permission: Permission;
  /** The id kind that fills [id]; or, for routes without one, the id kind the body names (foreign/missing → 404). */
  id?: string;
  /** DELETE: the seeded victims (scripts/e2e-seed-matrix.ts) that editor/admin/owner really delete. */
  victims?: string;
  body?: (x: IdSet, c: BodyCtx) => unknown;
  query?: (x: IdSet) => string;
  /** A raw text/csv upload instead of a JSON body. */
  upload?: string;
  /** Answers an allowed role gets with its own ids (default: GET 200, POST 200/201, PATCH 409 as the version is stale). */
  own?: number[];
};

/** PATCH bodies carry this version: an allowed role gets past every gate to the conflict, and nothing changes. */
export const STALE = 999_999;
const named = (name: string) => ({ version: STALE, name });
const benchmark = { kind: 'competitor', competitorName: 'Matrix Co', value: 1, asOf: '2026-01-31' };
const read = (route: string, id?: string, permission: Permission = 'content.read'): ApiEntry => ({ method: 'GET', route, permission, id });
const write = (method: ApiEntry['method'], route: string, id: string | undefined, extra: Partial<ApiEntry> = {}): ApiEntry => ({ method, route, permission: 'content.write', id, ...extra });
// Deleting children before parents keeps each victim's own row alive until its turn (the spec deletes in this order).
export const apiTable: ApiEntry[] = [
  read('', undefined),
  read('/export', undefined, 'workspace.export'),
  read('/members', undefined, 'members.read'),
  { method: 'PATCH', route: '/members/[id]', permission: 'members.manage', id: 'member', body: () => ({ role: 'viewer', version: STALE }) },
  read('/invitations', undefined, 'invitations.manage'),
  { method: 'POST', route: '/invitations', permission: 'invitations.manage', body: () => ({ email: `matrix-${randomBytes(4).toString('hex')}@e2e.test`, role: 'viewer' }) },
  read('/personas'),
  write('POST', '/personas', undefined, { body: () => ({ name: 'Matrix persona' }) }),
  read('/personas/[id]', 'persona'),
  write('PATCH', '/personas/[id]', 'persona', { body: () => named('Matrix persona') }),
  read('/journeys'),
  write('POST', '/journeys', undefined, { body: () => ({ name: 'Matrix journey' }) }),
  read('/journeys/[id]', 'journey'),
  write('PATCH', '/journeys/[id]', 'journey', { body: () => named('Matrix journey') }),
  { ...read('/stages', 'journey'), query: (x) => `?journeyId=${x.journey}`, own: [200] },
  write('POST', '/stages', 'journey', { body: (x) => ({ journeyId: x.journey, name: 'Matrix stage' }) }),
  read('/stages/[id]', 'stage'),
  write('PATCH', '/stages/[id]', 'stage', { body: () => named('Matrix stage') }),
  { ...read('/touchpoints', 'stage'), query: (x) => `?stageId=${x.stage}` },
  write('POST', '/touchpoints', 'stage', { body: (x) => ({ stageId: x.stage, name: 'Matrix touchpoint' }) }),
  read('/touchpoints/[id]', 'touchpoint'),
  write('PATCH', '/touchpoints/[id]', 'touchpoint', { body: () => named('Matrix touchpoint') }),
  read('/scorecards'),
  write('POST', '/scorecards', undefined, { body: () => ({ name: 'Matrix scorecard' }) }),
  read('/scorecards/[id]', 'scorecard'),
  write('PATCH', '/scorecards/[id]', 'scorecard', { body: () => named('Matrix scorecard') }),
  read('/scorecards/[id]/objectives', 'scorecard'),
  write('POST', '/scorecards/[id]/objectives', 'scorecard', { body: (x) => ({ perspectiveId: x.perspective, name: 'Matrix objective' }) }),
  read('/objectives/[id]', 'objective'),
  write('PATCH', '/objectives/[id]', 'objective', { body: () => named('Matrix objective') }),
  // The first role links the two objectives; the next ones meet the existing link (400, the field says why).
  write('POST', '/objectives/[id]/links', 'objective', { body: (x) => ({ effectId: x.effect }), own: [200, 201, 400] }),
  read('/objectives/[id]/initiatives', 'objective'),
  write('POST', '/objectives/[id]/initiatives', 'objective', { body: () => ({ name: 'Matrix initiative' }) }),
  read('/initiatives/[id]', 'initiative'),
  write('PATCH', '/initiatives/[id]', 'initiative', { body: () => named('Matrix initiative') }),
  read('/scorecards/[id]/measures', 'scorecard'),
  write('POST', '/scorecards/[id]/measures', 'scorecard', {
    body: (x) => ({ objectiveId: x.objective, name: `Matrix measure ${randomBytes(3).toString('hex')}`, unit: '%', direction: 'lower', frequency: 'monthly', baseline: 8, targets: [{ from: '2026-01', target: 5 }] }),
  }),
  read('/measures/[id]', 'measure'),
  write('PATCH', '/measures/[id]', 'measure', { body: () => named('Matrix measure') }),
  read('/measures/[id]/measurements', 'measure'),
  write('POST', '/measures/[id]/measurements', 'measure', { body: (_x, c) => ({ period: c.period, value: 1 }) }),
  write('PATCH', '/measurements/[id]', 'measurement', { body: () => ({ version: STALE, value: 1 }) }),
  // Uploads with a file the importers refuse: an allowed role gets past the gate to 400, and nothing is imported.
  write('POST', '/scorecards/[id]/measurement-imports', 'scorecard', { upload: 'no,such,columns\n1,2,3\n', own: [400] }),
  write('POST', '/measures/[id]/survey-answers', 'measure', { upload: 'not a number\n', query: () => '?period=2026-02', own: [400, 422] }),
  write('POST', '/scorecards/[id]/benchmark-imports', 'scorecard', { upload: 'no,such,columns\n1,2,3\n', own: [400] }),
  read('/measures/[id]/benchmarks', 'measure'),
  write('POST', '/measures/[id]/benchmarks', 'measure', { body: () => benchmark }),
  read('/benchmarks/[id]', 'benchmark'),
  write('PATCH', '/benchmarks/[id]', 'benchmark', { body: () => ({ ...benchmark, version: STALE }) }),
  write('POST', '/measures/[id]/reference-benchmark', 'measure', { body: (x) => ({ benchmarkId: x.benchmark, version: STALE }), own: [409] }),
  read('/canvases'),
  write('POST', '/canvases', undefined, { body: () => ({ name: 'Matrix canvas' }) }),
  read('/canvases/[id]', 'canvas'),
  write('PATCH', '/canvases/[id]', 'canvas', { body: () => named('Matrix canvas') }),
  write('POST', '/canvases/[id]/notes', 'canvas', { body: () => ({ block: 'channels', text: 'Matrix note' }) }),
  write('PATCH', '/canvas-notes/[id]', 'canvasNote', { body: () => ({ version: STALE, text: 'Matrix note' }) }),
  read('/canvas-notes/[id]/links', 'canvasNote'),
  write('POST', '/canvas-notes/[id]/links', 'canvasNote', { body: (x) => ({ touchpointId: x.touchpoint }), own: [200, 201, 409, 422] }),
  // DELETEs, leaves first.
  write('DELETE', '/canvas-note-links/[id]', 'canvasNoteLink', { victims: 'canvas-note-links' }),
  write('DELETE', '/canvas-notes/[id]', 'canvasNote', { victims: 'canvas-notes' }),
  write('DELETE', '/canvases/[id]', 'canvas', { victims: 'canvases' }),
  write('DELETE', '/benchmarks/[id]', 'benchmark', { victims: 'benchmarks' }),
  write('DELETE', '/measurements/[id]', 'measurement', { victims: 'measurements' }),
  write('DELETE', '/measures/[id]', 'measure', { victims: 'measures' }),
  write('DELETE', '/initiatives/[id]', 'initiative', { victims: 'initiatives' }),
  write('DELETE', '/objective-links/[id]', 'objectiveLink', { victims: 'objective-links' }),
  write('DELETE', '/objectives/[id]', 'objective', { victims: 'objectives' }),
  write('DELETE', '/scorecards/[id]', 'scorecard', { victims: 'scorecards' }),
  write('DELETE', '/touchpoints/[id]', 'touchpoint', { victims: 'touchpoints' }),
  write('DELETE', '/stages/[id]', 'stage', { victims: 'stages' }),
  write('DELETE', '/journeys/[id]', 'journey', { victims: 'journeys' }),
  write('DELETE', '/personas/[id]', 'persona', { victims: 'personas' }),
  { method: 'DELETE', route: '/invitations/[id]', permission: 'invitations.manage', id: 'invitation', victims: 'invitations' },
  { method: 'DELETE', route: '/members/[id]', permission: 'members.manage', id: 'member', victims: 'members' },
];

export const apiKey = (e: Pick<ApiEntry, 'method' | 'route'>) => `${e.method} /api/v1/workspaces/[slug]${e.route}`;
/** The OpenAPI path of an entry ({slug}, {id}). */
export const openApiPath = (e: ApiEntry) => `/workspaces/{slug}${e.route}`.replace('[id]', '{id}');
