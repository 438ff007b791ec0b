import { beforeEach, describe, expect, it, vi } from 'vitest';
import { measurements, measures, measureTargets, objectiveLinks, type User } from '@/db/schema';
import { currentPeriod, formatPeriod, shiftPeriod } from '@/lib/periods';
import { useTestDatabase } from './support/db';
import { makeWorkspace } from './support/factories';
import { makeScorecard } from './support/scorecards';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', () => import('./support/session-mock').then((m) => ({ ...m, getCurrentUser: async () => session.user })));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/navigation', async (orig) => ({ ...(await orig<typeof import('next/navigation')>()), useRouter: () => ({ refresh: vi.fn(), push: vi.fn(), replace: vi.fn() }) }));

const { default: ListPage } = await import('@/app/(app)/w/[workspace]/scorecards/page');
const { default: ScorecardPage } = await import('@/app/(app)/w/[workspace]/scorecards/[id]/page');
const { default: MapPage } = await import('@/app/(app)/w/[workspace]/scorecards/[id]/strategy-map/page');
const { renderToStaticMarkup } = await import('react-dom/server');

const t = useTestDatabase();
let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let sc: Awaited<ReturnType<typeof makeScorecard>>;
let measureId: string;
beforeEach(async () => {
  ws = await makeWorkspace(t.db, ['owner', 'editor', 'viewer']);
  sc = await makeScorecard(t.db, ws.workspace.id, { name: 'Company', perPerspective: 1 });
  const w = ws.workspace.id;
  const [financial, , , learning] = sc.objectives;
  await t.db.insert(objectiveLinks).values({ workspaceId: w, scorecardId: sc.scorecard.id, causeId: learning.id, effectId: financial.id });
  const [m] = await t.db
    .insert(measures)
    .values({ workspaceId: w, scorecardId: sc.scorecard.id, objectiveId: financial.id, name: 'Revenue', unit: 'count', direction: 'higher', frequency: 'quarterly', baseline: 0, decimals: 0, position: 0 })
    .returning();
  measureId = m.id;
  await t.db.insert(measureTargets).values({ workspaceId: w, measureId: m.id, fromPeriod: '2020-01-01', target: 1000 });
  await t.db.insert(measurements).values({ workspaceId: w, measureId: m.id, period: currentPeriod('quarterly'), value: 400 });
  session.user = ws.members[1].user;
});

const params = (id = sc.scorecard.id) => ({ params: Promise.resolve({ workspace: ws.workspace.slug, id }) });
const EDIT = ['Settings', 'Add objective', 'Actions for Financial 1', 'Add initiative to', 'Add a link from', 'Remove link from', '>Delete<'];

describe('the scorecard pages', () => {
  it('the scorecard page shows perspectives, objectives, links and measure rows with status in words; editors get the controls', async () => {
    const html = renderToStaticMarkup(await ScorecardPage(params()));
    const period = formatPeriod(currentPeriod('quarterly'), 'quarterly');
    for (const text of ['Company', 'Financial', 'Learning &amp; Growth', 'Revenue', 'Off track', `400</span><span class="text-xs text-muted"> in ${period}`, 'Target 1,000', `/kpis/${measureId}`, 'Driven by: Learning &amp; Growth 1', 'Strategy map'])
      expect(html).toContain(text);
    for (const text of EDIT) expect(html).toContain(text);
  });

  it('renders in the same four statements at any size (with the session user and the layout’s switcher: six per request)', async () => {
    const { statementCount } = await import('@/db/stats');
    const count = async () => {
      const before = statementCount();
      renderToStaticMarkup(await ScorecardPage(params()));
      return statementCount() - before;
    };
    // membership (the gate), the scorecard with everything in it, the recent values, the editors' pickers
    expect(await count()).toBe(4);
    const [financial] = sc.objectives;
    const base = { workspaceId: ws.workspace.id, scorecardId: sc.scorecard.id, objectiveId: financial.id, unit: 'count' as const, direction: 'higher' as const, frequency: 'weekly' as const, baseline: 0 };
    const more = await t.db.insert(measures).values(Array.from({ length: 30 }, (_, i) => ({ ...base, name: `Extra ${i}`, position: i + 1 }))).returning();
    await t.db.insert(measurements).values(more.flatMap((m) => Array.from({ length: 20 }, (_, k) => ({ workspaceId: ws.workspace.id, measureId: m.id, period: shiftPeriod(currentPeriod('weekly'), 'weekly', -k), value: k }))));
    expect(await count()).toBe(4);
  });

  it('viewers see everything read-only, with no edit controls', async () => {
    session.user = ws.members[2].user;
    const html = renderToStaticMarkup(await ScorecardPage(params()));
    for (const text of ['Revenue', 'Off track', 'Driven by: Learning &amp; Growth 1']) expect(html).toContain(text);
    for (const text of EDIT) expect(html).not.toContain(text);
    const list = renderToStaticMarkup(await ListPage({ params: Promise.resolve({ workspace: ws.workspace.slug }) }));
    expect(list).toContain('4 objectives · 1 measure');
    expect(list).toMatch(/40 %<\/span><span[^>]*data-status="red"[^>]*>.*?Off track/);
    expect(list).not.toContain('New scorecard');
  });

  it('the strategy map is an SVG image with a summary, status words in the boxes, and the links as text', async () => {
    const html = renderToStaticMarkup(await MapPage(params()));
    expect(html).toContain('role="img" aria-label="Strategy map of Company: 4 objectives in 4 perspectives, 1 cause-and-effect link.');
    expect(html).toContain('marker-end="url(#map-arrow)"');
    expect(html).toContain('✕ Off track · 40 %');
    expect(html).toContain('Learning &amp; Growth 1 drives Financial 1');
  });

  it('answers 404 for another workspace’s scorecard and for outsiders', async () => {
    const other = await makeWorkspace(t.db, ['owner']);
    const theirs = await makeScorecard(t.db, other.workspace.id);
    await expect(ScorecardPage(params(theirs.scorecard.id))).rejects.toMatchObject({ digest: expect.stringMatching(/HTTP_ERROR_FALLBACK;404/) });
    await expect(MapPage(params(theirs.scorecard.id))).rejects.toMatchObject({ digest: expect.stringMatching(/HTTP_ERROR_FALLBACK;404/) });
    session.user = other.members[0].user;
    await expect(ScorecardPage(params())).rejects.toMatchObject({ digest: expect.stringMatching(/HTTP_ERROR_FALLBACK;404/) });
  });
});
