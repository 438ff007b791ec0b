import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import * as schema from '@/db/schema';
import { createApiToken } from '@/db/queries/api-tokens';
import { seedDemoJourney } from '@/db/seed-demo-journey';
import { seedDemoScorecard } from '@/db/seed-demo-scorecard';
import { seedDemoBenchmarks } from '@/db/seed-demo-benchmarks';
import { seedDemoCanvas } from '@/db/seed-demo-canvas';
import { PATH_ID_TABLES, pathIdKind } from '@/db/queries/path-ids';
import { routeSpecs } from '@/lib/api/registry';
import { errorSchema, type RouteSpec } from '@/lib/api/spec';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';
import { CONTROL, FUZZ_SEED, hostileObjectFor, hostileString, hostileValue, objectOf, plausible, shapeKeys } from './support/fuzz';

// Every API operation of the registry, driven in-process with an owner's token and hostile path
// params, query strings, JSON bodies and CSV uploads: the answer is never a 5xx, an error always has
// the API's { error: { code, message } } shape, and a success matches the route's documented response.

vi.mock('@/lib/session', () => import('./support/session-mock'));

// Seeding a full workspace takes ~1 s: one world for the file, a fresh one only when a delete finds its target gone.
const t = useTestDatabase({ truncate: false });
type Handler = (req: NextRequest, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

// Deletes run last within each test's fresh world anyway; sorting keeps the report readable.
const specs = [...routeSpecs].sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
// Bounded so the file stays well under a minute per database; FUZZ_API_RUNS=500 for a deeper local run.
const NUM_RUNS = Number(process.env.FUZZ_API_RUNS ?? 16);

// Every table an API path's {id} names (members are user ids here: any id will do for fuzzing).
const idTables = Object.fromEntries(Object.entries(PATH_ID_TABLES).filter(([kind]) => kind !== 'members'));

let world: Awaited<ReturnType<typeof seedWorld>>;
let token: string;
let idsByKind: Record<string, string[]>;
let allIds: string[];

beforeAll(() => vi.stubEnv('API_RATE_LIMIT_PER_MINUTE', '100000000'));
afterAll(() => vi.unstubAllEnvs());

beforeAll(seed);

async function seed() {
  world = await seedWorld(t.db);
  const owner = world.byRole.owner;
  await t.db.transaction(async (tx) => {
    await seedDemoJourney(tx, world.a.id, owner.id);
    await seedDemoScorecard(tx, world.a.id, owner);
    await seedDemoBenchmarks(tx, world.a.id);
    await seedDemoCanvas(tx, world.a.id, owner);
    await tx.insert(schema.invitations).values({ workspaceId: world.a.id, email: 'fuzz@invite.test', role: 'viewer', tokenHash: randomBytes(32).toString('hex'), invitedById: owner.id, expiresAt: new Date(Date.now() + 86_400_000) } as never);
  });
  token = (await createApiToken(world.a.id, { userId: owner.id, tokenId: null, name: owner.name }, { name: 'fuzz', role: 'owner' })).secret;
  idsByKind = { members: [world.byRole.editor.id, world.byRole.viewer.id, world.byRole.admin.id] };
  for (const [kind, table] of Object.entries(idTables)) {
    const rows = await t.db.select({ id: table.id as never }).from(table as never).where(eq(table.workspaceId as never, world.a.id));
    idsByKind[kind] = (rows as { id: string }[]).map((r) => r.id).slice(0, 5);
  }
  allIds = Object.values(idsByKind).flat();
}

const kindOf = (spec: RouteSpec) => pathIdKind(spec.path) ?? '';
async function targetExists(spec: RouteSpec) {
  const table = idTables[kindOf(spec)];
  const id = idsByKind[kindOf(spec)]?.[0];
  if (!table || !id) return true;
  return (await t.db.select({ id: table.id as never }).from(table as never).where(eq(table.id as never, id))).length > 0;
}

const handlers = new Map<string, Handler>();
async function handlerOf(spec: RouteSpec): Promise<Handler> {
  const file = path.resolve('app/api/v1', '.' + spec.path.replace(/\{([^}]+)\}/g, '[$1]'), 'route.ts');
  if (!handlers.has(file + spec.method)) handlers.set(file + spec.method, (await import(file))[spec.method]);
  return handlers.get(file + spec.method)!;
}

function bodyArbitrary(spec: RouteSpec): fc.Arbitrary<{ raw: BodyInit | undefined; type: string | null }> {
  const keys = shapeKeys(spec.body!);
  const shape = objectOf(spec.body!)?.shape;
  const valueFor = (k: string) => {
    const known = [...plausible(shape?.[k]), ...allIds, 1, 2];
    return fc.oneof(hostileValue, fc.constantFrom(...known), fc.array(fc.constantFrom(...known), { maxLength: 3 }));
  };
  const json = (a: fc.Arbitrary<unknown>) => a.map((v) => ({ raw: JSON.stringify(v) as BodyInit | undefined, type: 'application/json' as string | null }));
  return fc.oneof(
    { weight: 5, arbitrary: json(hostileObjectFor(keys, valueFor)) },
    { weight: 1, arbitrary: json(hostileValue) },
    { weight: 2, arbitrary: malformedJson },
  );
}

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
const malformedJson = fc.oneof(
  fc.constantFrom('{', '{"name":', 'NaN', 'Infinity', '-0', '1e999', "{'name':'x'}", '{"a":1,}', '\ufeff{}', '\u0000', '{"name":"\\u0000"}', '{"name":"\\ud800"}', deep(20_000), '{"a":'.repeat(5000), '"' + 'x'.repeat(100_000) + '"', '[' + '1e308,'.repeat(1000) + '-1e308]').map((raw) => ({ raw: raw as BodyInit | undefined, type: 'application/json' as string | null })),
  fc.uint8Array({ maxLength: 64 }).map((b) => ({ raw: b as BodyInit | undefined, type: 'application/json' as string | null })),
  fc.constantFrom<string | null>('text/plain', 'application/x-www-form-urlencoded', null).map((type) => ({ raw: 'name=x&version=1' as BodyInit | undefined, type })),
);

const csvCell = fc.oneof(hostileString, fc.constantFrom('2026-01', '2026-Q1', '2026-W07', '12.5', '1,5', '"', '""', '"a""b', '"unterminated', 'a\nb', ';', ','));
const csvText = fc
  .tuple(
    fc.constantFrom('', '\ufeff', '\ufeff\ufeff'),
    fc.option(fc.constantFrom('measure,period,value,note', 'measure;period;value;note', 'name,value,unit,source', 'score', 'period,value'), { nil: undefined }),
    fc.array(fc.array(csvCell, { maxLength: 5 }), { maxLength: 6 }),
    fc.constantFrom(',', ';', '\t'),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([bom, header, rows, sep, eol]) => bom + [...(header ? [header] : []), ...rows.map((r) => r.join(sep))].join(eol));
const uploadArbitrary = fc.oneof(
  { weight: 4, arbitrary: csvText.map((text) => ({ raw: text as BodyInit | undefined, type: 'text/csv' as string | null })) },
  { weight: 2, arbitrary: csvText.map((text) => {
      const form = new FormData();
      form.set('file', new Blob([text], { type: 'text/csv' }), 'fuzz.csv');
      return { raw: form as BodyInit | undefined, type: null as string | null };
    }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => ({ raw: b as BodyInit | undefined, type: 'text/csv' as string | null })) },
  { weight: 1, arbitrary: fc.constantFrom<[string, string]>(['multipart/form-data; boundary=x', '--x\r\nbroken'], ['multipart/form-data', 'no boundary'], ['application/json', '{}']).map(([type, raw]) => ({ raw: raw as BodyInit | undefined, type: type as string | null })) },
);

function paramArbitrary(spec: RouteSpec): fc.Arbitrary<Record<string, string>> {
  const names = [...spec.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const kind = kindOf(spec);
  const record: Record<string, fc.Arbitrary<string>> = {};
  for (const n of names) {
    if (n === 'slug') record[n] = fc.oneof({ weight: 8, arbitrary: fc.constant(world.a.slug) }, { weight: 1, arbitrary: fc.constant(world.b.slug) }, { weight: 1, arbitrary: hostileString });
    else {
      const own = idsByKind[kind]?.length ? idsByKind[kind] : allIds;
      record[n] = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...own) }, { weight: 1, arbitrary: fc.constantFrom(...allIds) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 2, arbitrary: hostileString });
    }
  }
  return fc.record(record);
}

function queryArbitrary(spec: RouteSpec): fc.Arbitrary<string> {
  const keys = spec.query ? shapeKeys(spec.query) : [];
  const value = fc.oneof(hostileString, fc.constantFrom('1', '200', '201', '0', '-1', '1.5', '1e308', 'NaN', '', '%', '%zz'));
  return fc.oneof(
    fc.dictionary(fc.constantFrom(...keys, 'extra', 'limit', 'cursor'), value, { maxKeys: 3 }).map((d) => new URLSearchParams(d).toString()),
    fc.constantFrom('', 'limit=1&limit=2&cursor=', 'cursor=%00', 'cursor=' + 'A'.repeat(300), '%', 'a=%E0%A4%A', '&&&=&'),
  );
}

// Strings sent in every field of a body with the right keys (or in a CSV's name and note columns).
const PROBES = ['\u0000', 'a\u0000b', '\u0001\u007f', '\ud800', '😀👩‍👩‍👧‍👦', "' OR 1=1; --", '<img src=x onerror=alert(1)>', '=HYPERLINK("http://x")', 'NaN', '1e309', ' ', 'x'.repeat(10_000)];

type Answer = { status: number; body: unknown; text: string; type: string };
async function send(spec: RouteSpec, params: Record<string, string>, query: string, body: { raw: BodyInit | undefined; type: string | null }, accept?: string, bearer = token): Promise<Answer> {
  const url = `http://localhost/api/v1${spec.path.replace(/\{([^}]+)\}/g, (_, n) => encodeURIComponent(params[n]))}${query ? '?' + query : ''}`;
  const headers: Record<string, string> = { authorization: `Bearer ${bearer}`, host: 'localhost' };
  if (body.type) headers['content-type'] = body.type;
  if (accept) headers.accept = accept;
  const hasBody = spec.method !== 'GET' && body.raw !== undefined;
  const req = new NextRequest(url, { method: spec.method, headers, body: hasBody ? body.raw : undefined });
  const res = await (await handlerOf(spec))(req, { params: Promise.resolve(params) });
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  let parsed: unknown = undefined;
  if (type.includes('application/json')) parsed = JSON.parse(text);
  return { status: res.status, body: parsed, text, type };
}

/** The answer is never a 5xx; errors have the API's shape; successes match the documented response. */
function check(spec: RouteSpec, a: Answer) {
  const where = `${spec.method} ${spec.path} → ${a.status} ${a.text.slice(0, 300)}`;
  expect(a.status, where).toBeLessThan(500);
  if (a.status >= 400) {
    expect(errorSchema.safeParse(a.body).success, where).toBe(true);
  } else if (a.type.includes('application/x-ndjson')) {
    for (const line of a.text.split('\n').filter(Boolean)) expect((JSON.parse(line) as { error?: { code?: string } }).error?.code, where).not.toBe('internal');
  } else if (a.status !== 204 && spec.response && a.type.includes('application/json')) {
    const ok = spec.response.safeParse(a.body);
    expect(ok.success, `${where}\n${ok.error?.message}`).toBe(true);
  }
}

describe('API fuzz: every route answers hostile input with a clear 4xx or a valid success', () => {
  it('covers every registered operation', () => {
    expect(specs.length).toBeGreaterThan(40);
  });

  it.each(specs.map((s) => [`${s.method} ${s.path}`, s] as const))('%s', async (_, spec) => {
    if (spec.method === 'DELETE' && !(await targetExists(spec))) await seed();
    const body = spec.upload ? uploadArbitrary : spec.body ? bodyArbitrary(spec) : fc.constant({ raw: undefined, type: null });
    const accept = fc.constantFrom(undefined, undefined, 'application/x-ndjson');
    await fc.assert(
      fc.asyncProperty(paramArbitrary(spec), queryArbitrary(spec), body, accept, async (params, query, b, acc) => {
        check(spec, await send(spec, params, query, b, acc));
      }),
      // Without a body or query only the path params vary: fewer runs cover them.
      { seed: FUZZ_SEED, numRuns: spec.body || spec.upload || spec.query ? NUM_RUNS : Math.ceil(NUM_RUNS / 3), endOnFailure: true },
    );
    // The owner's own ids with a body of the right keys: the paths that reach the database.
    const valid = Object.fromEntries([...spec.path.matchAll(/\{([^}]+)\}/g)].map((m) => [m[1], m[1] === 'slug' ? world.a.slug : (idsByKind[kindOf(spec)]?.[0] ?? allIds[0])]));
    for (const s of spec.body || spec.upload ? PROBES : []) {
      const raw = spec.upload ? `measure,period,value,note\n${s},2026-01,1,${s}` : JSON.stringify(Object.fromEntries(shapeKeys(spec.body ?? spec.params).map((k) => [k, k === 'version' ? 1 : s])));
      const a = await send(spec, valid, '', { raw, type: spec.upload ? 'text/csv' : 'application/json' });
      check(spec, a);
      // Text with control characters is refused (PostgreSQL cannot store NUL), never stored.
      if (spec.body && CONTROL.test(s)) expect(a.status, `${spec.method} ${spec.path} stored ${JSON.stringify(s)}`).toBeGreaterThanOrEqual(400);
    }
  }, 120_000);
});

// STYLE.md's order puts "an id not in this workspace → 404" before "invalid input → 400". The gate validates input
// first and asks the database about the id only when the input is refused (lib/api/handler.ts, readInput).
describe('check order: refused input with an id not in the workspace answers 404, with an own id 400', () => {
  const withId = specs.filter((s) => pathIdKind(s.path) && (s.body || s.upload || s.query));
  let outsiderToken: string;
  beforeAll(async () => {
    outsiderToken = (await createApiToken(world.b.id, { userId: world.outsider.id, tokenId: null, name: 'Outsider' }, { name: 'b', role: 'owner' })).secret;
  });

  it('every {id} of the API names a table', () => {
    for (const s of routeSpecs) if (s.path.includes('{id}')) expect(PATH_ID_TABLES[pathIdKind(s.path) ?? ''], s.path).toBeDefined();
    expect(withId.length).toBeGreaterThan(25);
  });

  it.each(withId.map((s) => [`${s.method} ${s.path}`, s] as const))('%s', async (_, spec) => {
    if (!(await targetExists(spec))) await seed();
    // Unknown keys are refused by every body and query schema; an upload route refuses JSON.
    const bad = spec.upload ? { raw: '{}', type: 'application/json' } : spec.body ? { raw: '{"notAField":1}', type: 'application/json' } : { raw: undefined, type: null };
    const query = spec.body || spec.upload ? '' : 'notAField=1';
    // Members are addressed by membership id.
    const own = kindOf(spec) === 'members' ? world.memberIds.editor : idsByKind[kindOf(spec)][0];
    const where = (a: Answer) => `${spec.method} ${spec.path} → ${a.status} ${a.text.slice(0, 200)}`;
    const mine = await send(spec, { slug: world.a.slug, id: own }, query, bad);
    expect(mine.status, where(mine)).toBe(400);
    const missing = await send(spec, { slug: world.a.slug, id: '00000000-0000-4000-8000-000000000000' }, query, bad);
    expect(missing.status, where(missing)).toBe(404);
    // A's id through B: another workspace's token and address.
    const foreign = await send(spec, { slug: world.b.slug, id: own }, query, bad, undefined, outsiderToken);
    expect(foreign.status, where(foreign)).toBe(404);
  });
});
