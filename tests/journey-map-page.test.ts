import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '@/db/schema';
import { useTestDatabase } from './support/db';
import { makeJourneyTeam } from './support/journey-fixtures';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async () => (await import('./support/journey-fixtures')).sessionMock(session));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/navigation', async (orig) => ({ ...(await orig<typeof import('next/navigation')>()), useRouter: () => ({ refresh: vi.fn(), push: vi.fn(), replace: vi.fn() }) }));

const A = await import('@/app/(app)/w/[workspace]/journeys/[id]/actions');
const { default: JourneyMapPage } = await import('@/app/(app)/w/[workspace]/journeys/[id]/page');
const { renderToStaticMarkup } = await import('react-dom/server');

const t = useTestDatabase();
let team: Awaited<ReturnType<typeof makeJourneyTeam>>;
beforeEach(async () => {
  team = await makeJourneyTeam(t.db);
  session.user = team.editor;
  const base = { workspace: team.workspace.slug, journeyId: team.journey.id };
  await A.createTouchpointAction(null, { ...base, stageId: team.stages[0].id, name: 'Banner ad', emotion: '2', isMomentOfTruth: true, momentPolarity: 'negative', reactiveStrategy: 'Apologise fast' });
  await A.createTouchpointAction(null, { ...base, stageId: team.stages[0].id, name: 'Blog post', emotion: '1', channel: 'email', painPoints: [{ text: 'Too long' }] });
});

const render = async (search: Record<string, string> = {}) =>
  renderToStaticMarkup(await JourneyMapPage({ params: Promise.resolve({ workspace: team.workspace.slug, id: team.journey.id }), searchParams: Promise.resolve(search) }));

describe('the journey map page', () => {
  it('gives editors the edit controls', async () => {
    const html = await render();
    for (const text of ['Add stage', 'Drag stage Awareness', 'Stage actions for Awareness', 'Drag touchpoint Banner ad', 'Touchpoint actions for Banner ad', 'Add touchpoint to Retention']) expect(html).toContain(text);
  });

  it('shows viewers everything read-only, with no edit controls', async () => {
    session.user = team.viewer;
    const html = await render();
    for (const text of ['Onboarding', 'Awareness', 'Banner ad', 'Too long', 'Apologise fast', 'Awareness: mean +1.5 (2 touchpoints)', 'Consideration: no emotion recorded', 'No objectives or measures aligned to this stage'])
      expect(html).toContain(text);
    for (const text of ['Add stage', 'Drag ', 'Stage actions', 'Touchpoint actions', 'Add touchpoint']) expect(html).not.toContain(text);
  });

  it('shows the measures and objectives aligned to a stage in the KPI lane, with status in words', async () => {
    const { scorecards, perspectives, objectives, measures, measureTargets, measurements } = await import('@/db/schema');
    const ws = team.workspace.id;
    const [sc] = await t.db.insert(scorecards).values({ workspaceId: ws, name: 'Company' }).returning();
    const [p] = await t.db.insert(perspectives).values({ workspaceId: ws, scorecardId: sc.id, kind: 'customer', label: 'Customer', position: 0 }).returning();
    const [o] = await t.db.insert(objectives).values({ workspaceId: ws, scorecardId: sc.id, perspectiveId: p.id, name: 'Be found', position: 0, stageId: team.stages[0].id }).returning();
    const [m] = await t.db
      .insert(measures)
      .values({ workspaceId: ws, scorecardId: sc.id, objectiveId: o.id, name: 'Website traffic', unit: 'count', direction: 'higher', frequency: 'quarterly', baseline: 0, decimals: 0, position: 0, stageId: team.stages[0].id })
      .returning();
    await t.db.insert(measureTargets).values({ workspaceId: ws, measureId: m.id, fromPeriod: '2020-01-01', target: 1000 });
    const { currentPeriod } = await import('@/lib/periods');
    await t.db.insert(measurements).values({ workspaceId: ws, measureId: m.id, period: currentPeriod('quarterly'), value: 400 });
    session.user = team.viewer;
    const html = await render();
    for (const text of ['Be found', 'Objective score 40 %', 'Company · Customer', 'Website traffic', 'Off track', '400 (', 'target 1,000', `/kpis/${m.id}`]) expect(html).toContain(text);
  });

  it('filters by moment of truth, negative emotion and channel (the curve keeps every touchpoint)', async () => {
    const mot = await render({ mot: '1' });
    expect(mot).toContain('Banner ad');
    expect(mot).toContain('aria-label="Banner ad"');
    expect(mot).not.toContain('aria-label="Blog post"');
    expect(mot).not.toContain('Too long');
    const email = await render({ channel: 'email' });
    expect(email).toContain('Too long');
    expect(email).toContain('Awareness: mean +1.5 (2 touchpoints)');
    const negative = await render({ negative: '1' });
    expect(negative).toContain('No touchpoints match the filters.');
  });

  it('answers 404 for another workspace’s journey', async () => {
    const other = await makeJourneyTeam(t.db);
    await expect(JourneyMapPage({ params: Promise.resolve({ workspace: team.workspace.slug, id: other.journey.id }), searchParams: Promise.resolve({}) })).rejects.toMatchObject({
      digest: expect.stringMatching(/HTTP_ERROR_FALLBACK;404/),
    });
  });
});
