import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { benchmarks, initiatives, measurements, measures, measureTargets, touchpoints, type User } from '@/db/schema';
import { currentPeriod, shiftPeriod } from '@/lib/periods';
import { initiativesNeedingAttention, largestGaps, statusChanges } from '@/lib/overview/executive';
import { useTestDatabase } from './support/db';
import { makeWorkspace } from './support/factories';
import { makeScorecard } from './support/scorecards';
import { makeJourney } from './support/journeys';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', () => import('./support/session-mock').then((m) => ({ ...m, getCurrentUser: async () => session.user })));

const { default: OverviewPage } = await import('@/app/(app)/w/[workspace]/(overview)/page');
const { listScorecardViews } = await import('@/db/queries/scorecard-view');
const { listNegativeMoments } = await import('@/db/queries/moments');
const { renderToStaticMarkup } = await import('react-dom/server');

const t = useTestDatabase();
let ws: Awaited<ReturnType<typeof makeWorkspace>>;
const ids: Record<string, string> = {};
const now = currentPeriod('monthly');
const ago = (n: number) => shiftPeriod(now, 'monthly', -n);

beforeEach(async () => {
  ws = await makeWorkspace(t.db, ['owner', 'viewer']);
  const w = ws.workspace.id;
  const sc = await makeScorecard(t.db, w, { name: 'Company', perPerspective: 1 });
  const [financial, customer] = sc.objectives;
  const base = { workspaceId: w, scorecardId: sc.scorecard.id, unit: 'count' as const, direction: 'higher' as const, frequency: 'monthly' as const, baseline: 0, decimals: 0 };
  const rows = await t.db
    .insert(measures)
    .values([
      { ...base, objectiveId: financial.id, name: 'Fell', position: 0 }, // green a month ago, red now
      { ...base, objectiveId: financial.id, name: 'Steady', position: 1 }, // green both times
      { ...base, objectiveId: customer.id, name: 'Rose', position: 0 }, // red → green
      { ...base, objectiveId: customer.id, name: 'Far behind', position: 1, direction: 'lower' as const },
    ])
    .returning();
  for (const m of rows) ids[m.name] = m.id;
  await t.db.insert(measureTargets).values(rows.map((m) => ({ workspaceId: w, measureId: m.id, fromPeriod: ago(24), target: 100 })));
  const series: [string, number, number][] = [['Fell', 100, 20], ['Steady', 100, 100], ['Rose', 10, 100], ['Far behind', 50, 50]];
  await t.db.insert(measurements).values(series.flatMap(([name, before, after]) => [
    { workspaceId: w, measureId: ids[name], period: ago(1), value: before },
    { workspaceId: w, measureId: ids[name], period: now, value: after },
  ]));
  const refs = await t.db
    .insert(benchmarks)
    .values([
      { workspaceId: w, measureId: ids['Far behind'], kind: 'industry_average', value: 20, asOf: '2026-01-01' }, // +150 %, behind (lower is better)
      { workspaceId: w, measureId: ids.Steady, kind: 'top_quartile', value: 80, asOf: '2026-01-01' }, // +25 %, ahead
      { workspaceId: w, measureId: ids.Rose, kind: 'competitor', competitorName: 'Zero Inc', value: 0, asOf: '2026-01-01' }, // no relative gap
    ])
    .returning();
  for (const b of refs) await t.db.update(measures).set({ referenceBenchmarkId: b.id }).where(eq(measures.id, b.measureId));
  await t.db.insert(initiatives).values([
    { workspaceId: w, scorecardId: sc.scorecard.id, objectiveId: financial.id, name: 'Late launch', dueDate: '2020-01-01', position: 0 },
    { workspaceId: w, scorecardId: sc.scorecard.id, objectiveId: financial.id, name: 'Shaky pilot', status: 'at_risk', position: 1 },
    { workspaceId: w, scorecardId: sc.scorecard.id, objectiveId: customer.id, name: 'Fine', status: 'on_track', dueDate: '2999-01-01', position: 0 },
    { workspaceId: w, scorecardId: sc.scorecard.id, objectiveId: customer.id, name: 'Done long ago', status: 'done', dueDate: '2020-01-01', position: 1 },
  ]);
  const { touchpoints: tps } = await makeJourney(t.db, w, { name: 'Onboarding', stageCount: 1, perStage: 3, touchpoint: { emotion: 0 } });
  await t.db.update(touchpoints).set({ isMomentOfTruth: true, emotion: -2, name: 'Failed payment' }).where(eq(touchpoints.id, tps[0].id));
  await t.db.update(touchpoints).set({ isMomentOfTruth: true, emotion: -1, name: 'Slow reply' }).where(eq(touchpoints.id, tps[1].id));
  await t.db.update(touchpoints).set({ isMomentOfTruth: false, emotion: -2, name: 'Not a moment' }).where(eq(touchpoints.id, tps[2].id));
  session.user = ws.members[1].user;
});

describe('executive overview', () => {
  it('finds the status changes since the previous period, the largest gaps by |relative gap| and the initiatives needing attention', async () => {
    const views = await listScorecardViews(ws.workspace.id, { timeZone: 'UTC' });
    expect(statusChanges(views).map((c) => [c.measure.name, c.from, c.to])).toEqual([['Fell', 'green', 'red'], ['Rose', 'red', 'green']]);
    expect(largestGaps(views).map((g) => [g.measure.name, g.relative, g.position])).toEqual([['Far behind', 150, 'behind'], ['Steady', 25, 'ahead'], ['Rose', null, 'ahead']]);
    expect(largestGaps(views, 1)).toHaveLength(1);
    expect(initiativesNeedingAttention(views).map((x) => x.initiative.name)).toEqual(['Late launch', 'Shaky pilot']);
    expect((await listNegativeMoments(ws.workspace.id)).map((m) => [m.name, m.emotion, m.journeyName])).toEqual([['Failed payment', -2, 'Onboarding'], ['Slow reply', -1, 'Onboarding']]);
    const other = await makeWorkspace(t.db, ['owner']);
    expect(await listNegativeMoments(other.workspace.id)).toEqual([]);
  });

  it('the page shows each part with links, in words, in a fixed number of statements; outsiders get 404', async () => {
    const { statementCount } = await import('@/db/stats');
    const params = { params: Promise.resolve({ workspace: ws.workspace.slug }) };
    const before = statementCount();
    const html = renderToStaticMarkup(await OverviewPage(params));
    // membership, members, the scorecards (2), the moments
    expect(statementCount() - before).toBe(5);
    for (const text of ['Company', 'Learning &amp; Growth', 'Status changes', 'Fell', 'Off track', 'Largest gaps to benchmarks', 'Far behind', 'vs Industry average +30 (+150.0 %) · Behind',
      'Negative moments of truth', 'Failed payment', 'Very negative emotion', 'Onboarding › Stage 1', 'Initiatives needing attention', 'Late launch', 'Overdue since 2020-01-01', 'Shaky pilot'])
      expect(html).toContain(text);
    expect(html).not.toContain('Not a moment');
    expect(html).toContain(`/kpis/${ids.Fell}`);

    const outsider = await makeWorkspace(t.db, ['owner']);
    session.user = outsider.members[0].user;
    await expect(OverviewPage(params)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it('an empty workspace says what to do next', async () => {
    const empty = await makeWorkspace(t.db, ['owner']);
    session.user = empty.members[0].user;
    const html = renderToStaticMarkup(await OverviewPage({ params: Promise.resolve({ workspace: empty.workspace.slug }) }));
    for (const text of ['No scorecard yet', 'No measure changed status', 'No measure has a reference benchmark', 'No moment of truth has a negative emotion', 'No initiative is at risk or overdue'])
      expect(html).toContain(text);
  });
});
