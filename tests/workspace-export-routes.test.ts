import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { activities, personas, workspaces, type User } from '@/db/schema';
import { useTestDatabase } from './support/db';
import { apiRequest, json, makeMember, makeToken, makeUser, params } from './support/gate';
import { normalise, seedExportFixture } from './support/workspace-export';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async (orig) => ({ ...(await orig<typeof import('@/lib/session')>()), getCurrentUser: async () => session.user }));

const download = await import('@/app/(app)/w/[workspace]/export.json/route');
const upload = await import('@/app/api/workspace-imports/route');
const api = await import('@/app/api/v1/workspaces/[slug]/export/route');

const t = useTestDatabase();
let owner: User;
let slug: string;
let workspaceId: string;
beforeEach(async () => {
  owner = await makeUser('Owner');
  const w = await seedExportFixture(owner);
  slug = w.slug;
  workspaceId = w.id;
  session.user = owner;
});

const get = (s = slug) => download.GET(apiRequest(`/w/${s}/export.json`), params({ workspace: s }));
const post = (body: BodyInit, opts: { query?: string; headers?: Record<string, string> } = {}) =>
  upload.POST(apiRequest(`/api/workspace-imports${opts.query ?? ''}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...opts.headers } }));
const fileOf = async () => (await get()).text();
const workspaceCount = async () => Number((await t.db.select({ n: sql<number>`count(*)::int` }).from(workspaces))[0].n);
const personaCount = async () => Number((await t.db.select({ n: sql<number>`count(*)::int` }).from(personas))[0].n);

describe('GET /w/[workspace]/export.json', () => {
  it('gives admins and owners the file as an attachment named after the slug', async () => {
    for (const user of [owner, await makeMember(workspaceId, 'admin')]) {
      session.user = user;
      const res = await get();
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${slug}-workspace.json"`);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      const doc = await res.json();
      expect(doc).toMatchObject({ format: 'wayfinder-workspace', schemaVersion: 1, workspace: { name: 'Export Fixture' } });
      expect(JSON.stringify(doc)).not.toContain(owner.email);
    }
  });

  it('refuses editors and viewers (403), outsiders and unknown workspaces (404), and sends the signed-out to sign-in', async () => {
    for (const role of ['editor', 'viewer'] as const) {
      session.user = await makeMember(workspaceId, role);
      expect((await get()).status).toBe(403);
    }
    session.user = await makeUser('Outsider');
    expect((await get()).status).toBe(404);
    session.user = owner;
    expect((await get('no-such-workspace')).status).toBe(404);
    session.user = null;
    const res = await get();
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain(`/sign-in?next=${encodeURIComponent(`/w/${slug}/export.json`)}`);
  });
});

describe('GET /api/v1/workspaces/{slug}/export', () => {
  it('answers the same document to an admin token, 403 to an editor token, 404 for another workspace', async () => {
    const call = (token: string, s = slug) => api.GET(apiRequest(`/api/v1/workspaces/${s}/export`, { token }), params({ slug: s }));
    const file = await fileOf();
    session.user = null; // the token alone
    const admin = await makeToken(workspaceId, owner, 'admin');
    const res = await call(admin.secret);
    expect(res.status).toBe(200);
    expect(normalise(await res.json())).toEqual(normalise(JSON.parse(file)));
    const editor = await makeToken(workspaceId, owner, 'editor');
    expect((await call(editor.secret)).status).toBe(403);
    expect((await call(admin.secret, 'another-one')).status).toBe(404);
  });
});

describe('POST /api/workspace-imports', () => {
  it('creates a new workspace owned by the importer from a multipart upload, named as asked', async () => {
    const file = await fileOf();
    const importer = await makeUser('Importer');
    session.user = importer;
    const form = new FormData();
    form.set('file', new File([file], 'fixture.json', { type: 'application/json' }));
    const res = await upload.POST(apiRequest('/api/workspace-imports?name=Imported%20copy', { method: 'POST', body: form }));
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body).toEqual({ workspace: { name: 'Imported copy', slug: 'imported-copy' }, url: '/w/imported-copy' });
    const [w] = await t.db.select().from(workspaces).where(eq(workspaces.slug, 'imported-copy'));
    const [log] = await t.db.select().from(activities).where(eq(activities.workspaceId, w.id));
    expect(log).toMatchObject({ action: 'workspace.imported', actorUserId: importer.id, data: expect.objectContaining({ fileName: 'fixture.json' }) });
    session.user = importer;
    const again = await (await get('imported-copy')).json();
    expect(normalise({ ...again, workspace: { ...again.workspace, name: 'Export Fixture' } })).toEqual(normalise(JSON.parse(file)));
  });

  it('reads a multipart body whose boundary has capitals, as browsers send it', async () => {
    const file = await fileOf();
    const boundary = '----WebKitFormBoundaryAbCdEf0123456789';
    const body = [`--${boundary}`, 'Content-Disposition: form-data; name="file"; filename="Mixed.json"', 'Content-Type: application/json', '', file, `--${boundary}--`, ''].join('\r\n');
    const res = await post(body, { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(res.status).toBe(201);
  });

  it('refuses another schema version, malformed JSON and dangling references with a clear message, writing nothing', async () => {
    const file = await fileOf();
    const before = [await workspaceCount(), await personaCount()];
    const doc = JSON.parse(file);
    let res = await post(JSON.stringify({ ...doc, schemaVersion: 99 }));
    expect(res.status).toBe(400);
    expect((await json(res)).error?.message).toBe('This file is schema version 99; this Wayfinder reads version 1.');
    res = await post(file.slice(0, 200));
    expect(res.status).toBe(400);
    expect((await json(res)).error?.message).toMatch(/not valid JSON/);
    doc.journeys[0].personaId = '00000000-0000-4000-8000-000000000000';
    res = await post(JSON.stringify(doc));
    expect(res.status).toBe(400);
    const err = (await json(res)).error!;
    expect(err.message).toBe('This file cannot be imported: journeys.0.personaId: No persona with this id in the file.');
    expect(err.fields).toEqual({ 'journeys.0.personaId': ['No persona with this id in the file.'] });
    expect([await workspaceCount(), await personaCount()]).toEqual(before);
  });

  it('answers 413 for a file over 20 MB before reading it, 401 signed out, 403 cross-site and 400 for a bad name', async () => {
    const before = await workspaceCount();
    let res = await post('{}', { headers: { 'content-length': String(21 * 1024 * 1024) } });
    expect(res.status).toBe(413);
    res = await post(' '.repeat(20 * 1024 * 1024 + 10));
    expect(res.status).toBe(413);
    res = await post(await fileOf(), { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(403);
    res = await post(await fileOf(), { query: `?name=${'x'.repeat(81)}` });
    expect(res.status).toBe(400);
    expect((await json(res)).error?.fields?.name).toEqual(['Use at most 80 characters.']);
    session.user = null;
    res = await post(await fileOf());
    expect(res.status).toBe(401);
    expect(await workspaceCount()).toBe(before);
  });
});
