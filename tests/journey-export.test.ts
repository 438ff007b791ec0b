import { beforeEach, describe, expect, it, vi } from 'vitest';
import Papa from 'papaparse';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { touchpointItems, touchpoints, type User } from '@/db/schema';
import { CSV_COLUMNS, ITEM_SEPARATOR, journeyToCsv, journeyToJson } from '@/lib/journeys/export';
import { channelLabels } from '@/lib/journeys/templates';
import type { JourneyMap } from '@/lib/journeys/types';
import { useTestDatabase } from './support/db';
import { makeWorkspace } from './support/factories';
import { makeJourney, makePersona } from './support/journeys';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', () => import('./support/session-mock').then((m) => ({ ...m, getCurrentUser: async () => session.user })));

const { getJourneyMap } = await import('@/db/queries/journey-map');
const csvRoute = await import('@/app/(app)/w/[workspace]/journeys/[id]/export.csv/route');
const jsonRoute = await import('@/app/(app)/w/[workspace]/journeys/[id]/export.json/route');

const t = useTestDatabase();

const tricky = ['=HYPERLINK("http://evil")', '+1', '-2 items', '@SUM(A1)', '=multi\nline', 'comma, "quotes" and\r\nnewline', 'émoji 🚀', '\tTab first'];

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let map: JourneyMap;
beforeEach(async () => {
  ws = await makeWorkspace(t.db, ['owner', 'viewer']);
  const persona = await makePersona(t.db, ws.workspace.id, 'Pia');
  const { journey, touchpoints: tps } = await makeJourney(t.db, ws.workspace.id, {
    name: 'Export me',
    stageCount: 2,
    perStage: 4,
    personaId: persona.id,
    touchpoint: { ownerId: ws.members[0].user.id, isMomentOfTruth: true, momentPolarity: 'negative', proactiveStrategy: 'Call first', reactiveStrategy: '' },
  });
  // Tricky text in every free-text field of the first touchpoints, and extra items.
  for (const [i, tp] of tps.slice(0, tricky.length).entries()) {
    await t.db.update(touchpoints).set({ name: tricky[i], expectations: tricky[(i + 1) % tricky.length], emotion: null }).where(eq(touchpoints.id, tp.id));
    await t.db.insert(touchpointItems).values({ workspaceId: ws.workspace.id, journeyId: journey.id, touchpointId: tp.id, kind: 'pain_point', text: tricky[(i + 2) % tricky.length], position: 1 });
  }
  map = (await getJourneyMap(ws.workspace.id, journey.id))!;
});

const unescape = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

describe('CSV of touchpoints', () => {
  it('parses back with papaparse to the same content, row for row', () => {
    const csv = journeyToCsv(map);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    const expected = map.stages.flatMap((s) =>
      s.touchpoints.map((tp, i) => ({
        stage: s.name,
        position: String(i + 1),
        touchpoint: tp.name,
        channel: channelLabels[tp.channel],
        mode: tp.mode,
        owner: tp.ownerName ?? '',
        'customer actions': tp.customerActions,
        emotion: tp.emotion === null ? '' : String(tp.emotion),
        expectations: tp.expectations,
        perceptions: tp.perceptions,
        'pain points': tp.painPoints.map((p) => p.text).join(ITEM_SEPARATOR),
        opportunities: tp.opportunities.map((p) => p.text).join(ITEM_SEPARATOR),
        'moment of truth': 'yes',
        polarity: 'negative',
        'proactive strategy': 'Call first',
        'reactive strategy': '',
      })),
    );
    expect(parsed.data).toHaveLength(8);
    expect(parsed.data.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, unescape(v)])))).toEqual(expected);
    expect(csv).toContain('\r\n');
    expect(expected[0].owner).toBe(ws.members[0].user.name);
  });

  it('escapes every cell that starts like a formula, also multi-line ones, and nothing else', () => {
    const parsed = Papa.parse<Record<string, string>>(journeyToCsv(map), { header: true, skipEmptyLines: true });
    const cells = parsed.data.flatMap((r) => Object.values(r));
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain(`'=HYPERLINK("http://evil")`);
    expect(cells).toContain(`'=multi\nline`);
    expect(cells).toContain(`'@SUM(A1)`);
    expect(cells).toContain(`comma, "quotes" and\r\nnewline`);
    expect(cells).toContain('émoji 🚀');
  });
});

describe('JSON export', () => {
  it('round-trips the whole journey with a schema version', () => {
    const doc = JSON.parse(JSON.stringify(journeyToJson(map)));
    expect(doc.schemaVersion).toBe(1);
    expect(doc.journey).toMatchObject({ id: map.journey.id, name: 'Export me', status: 'active', updatedAt: map.journey.updatedAt.toISOString() });
    expect(doc.persona).toEqual(map.journey.persona);
    const back = doc.stages.map((s: JourneyMap['stages'][number]) => ({ name: s.name, touchpoints: s.touchpoints }));
    const want = map.stages.map((s) => ({ name: s.name, touchpoints: s.touchpoints.map(({ stageId: _s, version: _v, ...tp }) => tp) }));
    expect(back).toEqual(want);
  });
});

describe('export routes', () => {
  const get = (h: typeof csvRoute.GET, slug: string, id: string) =>
    h(new NextRequest(`http://localhost/w/${slug}/journeys/${id}/export`), { params: Promise.resolve({ workspace: slug, id }) });

  it('serve members (viewers too) as downloads, 404 to outsiders, sign-in redirect when signed out', async () => {
    const slug = ws.workspace.slug;
    session.user = ws.members[1].user;
    const csv = await get(csvRoute.GET, slug, map.journey.id);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="export-me.csv"');
    const text = await csv.text();
    expect(Papa.parse(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data).toHaveLength(8);
    const json = await get(jsonRoute.GET, slug, map.journey.id);
    expect((await json.json()).journey.id).toBe(map.journey.id);

    const outsider = await makeWorkspace(t.db, ['owner']);
    session.user = outsider.members[0].user;
    expect((await get(csvRoute.GET, slug, map.journey.id)).status).toBe(404);
    expect((await get(jsonRoute.GET, outsider.workspace.slug, map.journey.id)).status).toBe(404);
    expect((await get(jsonRoute.GET, outsider.workspace.slug, 'not-a-uuid')).status).toBe(404);

    session.user = null;
    const res = await get(csvRoute.GET, slug, map.journey.id);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('/sign-in?next=');
  });
});
