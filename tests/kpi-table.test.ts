import { describe, expect, it } from 'vitest';
import { statementCount } from '@/db/stats';
import { memberships, users, workspaces } from '@/db/schema';
import { seedDemoScorecard } from '@/db/seed-demo-scorecard';
import { seedDemoJourney } from '@/db/seed-demo-journey';
import { listScorecardViews } from '@/db/queries/scorecard-view';
import { kpiRows } from '@/app/(app)/w/[workspace]/kpis/_components/kpi-rows';
import { useTestDatabase } from './support/db';

const state = useTestDatabase();
// Wednesday 2026-11-25 12:00 UTC: week 2026-W48, month 2026-11, quarter 2026-Q4.
const now = new Date('2026-11-25T12:00:00Z');
const style = { locale: 'en-US', currency: 'USD' };

async function demoWorkspace() {
  const [u] = await state.db.insert(users).values({ name: 'Dana Demo', email: 'dana@t.test', passwordHash: 'x' }).returning();
  const [w] = await state.db.insert(workspaces).values({ name: 'Demo', slug: 'demo' }).returning();
  await state.db.insert(memberships).values({ workspaceId: w.id, userId: u.id, role: 'owner' });
  await state.db.transaction(async (tx) => {
    await seedDemoJourney(tx, w.id, u.id);
    await seedDemoScorecard(tx, w.id, u, now);
  });
  return { u, w };
}

describe('KPI table rows', () => {
  it('lists every measure of the demo scorecard, formatted, in scorecard order, from two statements', async () => {
    const { w } = await demoWorkspace();
    const before = statementCount();
    const views = await listScorecardViews(w.id, { timeZone: 'UTC', now, db: state.db });
    expect(statementCount() - before).toBe(2);
    const rows = kpiRows(views, style);
    expect(rows).toHaveLength(13);
    expect(rows.map((r) => r.perspectiveKind)).toEqual([...Array(3).fill('financial'), ...Array(5).fill('customer'), ...Array(3).fill('internal'), 'learning', 'learning']);
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(byName['Customer lifetime value']).toMatchObject({ status: 'green', value: '$1,260', period: '2026-Q4', target: '$1,200', progressText: '100 %', owner: 'Dana Demo', stage: 'Retention', journey: 'Trial to paid subscription' });
    expect(byName['Churn rate']).toMatchObject({ status: 'red', value: '3.7 %', period: '2026-11', target: '2.5 %', progressText: '20 %' });
    expect(byName['First response time']).toMatchObject({ status: 'green', value: '3.4 hours', period: '2026-W48', target: '2.0–4.0 hours' });
    // Grey: the last value is three months old; its target is the one in force then, and it is not scored.
    expect(byName['Customer satisfaction (CSAT)']).toMatchObject({ status: 'grey', period: '2026-08', target: '85.0 %', progress: null, progressText: '—' });
    expect(byName['Employee training hours']).toMatchObject({ status: 'amber', stage: null, objective: 'Skilled support team', perspective: 'Learning & Growth' });
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['green', 'amber', 'red', 'grey']));
  });

  it('is empty for a workspace without scorecards', async () => {
    const [w] = await state.db.insert(workspaces).values({ name: 'Empty', slug: 'empty' }).returning();
    expect(kpiRows(await listScorecardViews(w.id, { timeZone: 'UTC', now, db: state.db }), style)).toEqual([]);
  });
});
