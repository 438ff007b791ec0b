import { beforeEach, describe, expect, it, vi } from 'vitest';
import Papa from 'papaparse';
import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { benchmarks, measurements, measures, measureTargets, type User } from '@/db/schema';
import { toCsv } from '@/lib/csv/write';
import { parseMeasurementsCsv } from '@/lib/csv/measurements-import';
import { MEASURE_COLUMNS, MEASUREMENT_COLUMNS } from '@/lib/scorecards/export-csv';
import { useTestDatabase } from './support/db';
import { makeWorkspace } from './support/factories';
import { makeScorecard } from './support/scorecards';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', () => import('./support/session-mock').then((m) => ({ ...m, getCurrentUser: async () => session.user })));

const measuresRoute = await import('@/app/(app)/w/[workspace]/scorecards/[id]/measures.csv/route');
const measurementsRoute = await import('@/app/(app)/w/[workspace]/scorecards/[id]/measurements.csv/route');

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });

describe('toCsv (RFC 4180, formula injection)', () => {
  it('quotes commas, quotes and line breaks, ends lines with CRLF and parses back', () => {
    const csv = toCsv(['a', 'b'], [['x, y', 'say "hi"'], ['two\nlines', 'ok']]);
    expect(csv).toBe('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",ok\r\n');
    expect(Papa.parse(csv, { skipEmptyLines: true }).data).toEqual([['a', 'b'], ['x, y', 'say "hi"'], ['two\nlines', 'ok']]);
  });

  it('escapes text cells starting with = + - @ (and tab or CR) and leaves numbers such as -5 as numbers', () => {
    const csv = toCsv(['v'], [['=1+1'], ['+44 20'], ['-2 items'], ['@SUM(A1)'], ['\tx'], ['=multi\nline'], [-5], [-0.25], [1e21], ['plain'], [null], [NaN]]);
    const cells = Papa.parse<string[]>(csv, { skipEmptyLines: false }).data.slice(1, -1).map((r) => r[0]);
    expect(cells).toEqual(["'=1+1", "'+44 20", "'-2 items", "'@SUM(A1)", "'\tx", "'=multi\nline", '-5', '-0.25', '1e+21', 'plain', '', '']);
    expect(csv).toContain('\r\n-5\r\n');
  });
});

const t = useTestDatabase();
let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let sc: Awaited<ReturnType<typeof makeScorecard>>;
let nps: string;
beforeEach(async () => {
  ws = await makeWorkspace(t.db, ['owner', 'viewer']);
  sc = await makeScorecard(t.db, ws.workspace.id, { name: 'Board, "Q3"', perPerspective: 1 });
  const w = ws.workspace.id;
  const [financial, customer] = sc.objectives;
  const base = { workspaceId: w, scorecardId: sc.scorecard.id, baseline: 0, decimals: 1 };
  const [m1, m2] = await t.db
    .insert(measures)
    .values([
      { ...base, objectiveId: customer.id, name: '=Net "promoter" score', unit: '%', direction: 'higher', frequency: 'monthly', position: 0 },
      { ...base, objectiveId: financial.id, name: 'Cost to serve', unit: 'currency', direction: 'lower', frequency: 'quarterly', position: 0 },
    ])
    .returning();
  nps = m1.id;
  await t.db.insert(measureTargets).values({ workspaceId: w, measureId: m1.id, fromPeriod: '2020-01-01', target: 50 });
  await t.db.insert(measurements).values([
    { workspaceId: w, measureId: m1.id, period: '2026-01-01', value: 40, note: '-dip, after "launch"' },
    { workspaceId: w, measureId: m1.id, period: '2026-02-01', value: -5 },
    { workspaceId: w, measureId: m2.id, period: '2026-01-01', value: 12.25 },
  ]);
  const [b] = await t.db.insert(benchmarks).values({ workspaceId: w, measureId: m1.id, kind: 'industry_average', value: 10, asOf: '2026-01-01' }).returning();
  await t.db.update(measures).set({ referenceBenchmarkId: b.id }).where(eq(measures.id, m1.id));
});

const get = (h: typeof measuresRoute.GET, slug: string, id: string) =>
  h(new NextRequest(`http://localhost/w/${slug}/scorecards/${id}/x.csv`), { params: Promise.resolve({ workspace: slug, id }) });

describe('scorecard CSV downloads', () => {
  it('measures: one row per measure in scorecard order, raw numbers, status in words, the reference gap', async () => {
    session.user = ws.members[1].user; // viewers may download
    const res = await get(measuresRoute.GET, ws.workspace.slug, sc.scorecard.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="board-q3-measures.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a UTF-8 BOM for spreadsheets
    const text = new TextDecoder().decode(bytes);
    const { data, meta, errors } = parse(text);
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...MEASURE_COLUMNS]);
    expect(data.map((r) => r.measure)).toEqual(['Cost to serve', `'=Net "promoter" score`]);
    expect(data[1]).toMatchObject({ unit: '%', target: '50', 'latest period': '2026-02', 'latest value': '-5', 'reference benchmark': 'Industry average', 'benchmark value': '10', gap: '-15', 'relative gap %': '-150', 'measure id': nps });
    expect(data[0]).toMatchObject({ 'latest value': '12.25', status: 'No data', target: '', 'reference benchmark': '' });
  });

  it('measurements: the import’s columns, so the file imports again as it is', async () => {
    session.user = ws.members[0].user;
    await t.db.update(measures).set({ name: 'NPS' }).where(eq(measures.id, nps));
    const text = await (await get(measurementsRoute.GET, ws.workspace.slug, sc.scorecard.id)).text();
    const { data, meta } = parse(text);
    expect(meta.fields).toEqual([...MEASUREMENT_COLUMNS]);
    expect(data.map((r) => [r.measure, r.period, r.value, r.note])).toEqual([
      ['Cost to serve', '2026-Q1', '12.25', ''],
      ['NPS', '2026-01', '40', `'-dip, after "launch"`],
      ['NPS', '2026-02', '-5', ''],
    ]);
    const list = (await t.db.select().from(measures)).map((m) => ({ id: m.id, name: m.name, frequency: m.frequency }));
    expect(parseMeasurementsCsv(text, list)).toMatchObject({
      ok: true,
      rows: [{ period: '2026-01-01', value: 12.25 }, { measureId: nps, period: '2026-01-01', value: 40 }, { measureId: nps, period: '2026-02-01', value: -5 }],
    });
  });

  it('outsiders and foreign or malformed ids get 404; signed out → sign-in', async () => {
    const other = await makeWorkspace(t.db, ['owner']);
    session.user = other.members[0].user;
    expect((await get(measuresRoute.GET, ws.workspace.slug, sc.scorecard.id)).status).toBe(404);
    expect((await get(measurementsRoute.GET, other.workspace.slug, sc.scorecard.id)).status).toBe(404);
    expect((await get(measurementsRoute.GET, other.workspace.slug, 'nope')).status).toBe(404);
    session.user = null;
    expect((await get(measuresRoute.GET, ws.workspace.slug, sc.scorecard.id)).status).toBe(303);
  });
});
