import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import {
  initiatives,
  measureTargets,
  measurementHistory,
  measurements,
  measures,
  memberships,
  objectiveLinks,
  objectives,
  perspectives,
  scorecards,
  stages,
  users,
  workspaces,
} from '@/db/schema';
import { seedDemoIfEmpty } from '@/db/seed-demo';
import { seedDemoScorecard } from '@/db/seed-demo-scorecard';
import { currentPeriod, isPeriodStart, localDate, previousPeriod, shiftPeriod } from '@/lib/periods';
import { scoreMeasure, type MeasureInput } from '@/lib/scoring';
import type { Db } from '@/db/client';
import { useTestDatabase } from './support/db';

const count = async (db: Db, table: PgTable) => Number((await db.select({ n: sql<number>`count(*)::int` }).from(table))[0].n);

async function statuses(db: Db, now: Date) {
  const ms = await db.select().from(measures);
  const ts = await db.select().from(measureTargets);
  const vs = await db.select().from(measurements);
  const out: Record<string, string> = {};
  for (const m of ms) {
    const values = vs.filter((v) => v.measureId === m.id).map((v) => ({ period: v.period, value: v.value }));
    const steps = ts.filter((t) => t.measureId === m.id);
    const common = { amberThreshold: m.amberThreshold, weight: m.weight, decimals: m.decimals, measurements: values };
    const input: MeasureInput =
      m.direction === 'range'
        ? { ...common, direction: 'range', tolerance: m.tolerance!, targets: steps.map((t) => ({ fromPeriod: t.fromPeriod, target: { lo: t.targetLo!, hi: t.targetHi! } })) }
        : { ...common, direction: m.direction, baseline: m.baseline!, targets: steps.map((t) => ({ fromPeriod: t.fromPeriod, target: t.target! })) };
    const ctx = { currentPeriod: currentPeriod(m.frequency, now), previousPeriod: (p: string) => previousPeriod(p, m.frequency) };
    out[m.name] = scoreMeasure(input, ctx).status;
  }
  return out;
}

const EXPECTED = {
  'Customer lifetime value': 'green',
  'Return on ad spend (ROAS)': 'green',
  'Campaign ROI': 'amber',
  'Net Promoter Score (NPS)': 'amber',
  'Churn rate': 'red',
  'Customer satisfaction (CSAT)': 'grey',
  'Conversion rate': 'green',
  'Customer effort score (CES)': 'green',
  'First response time': 'green',
  'Resolution time': 'red',
  'Successful bank connections': 'green',
  'Employee training hours': 'amber',
  'Staff who joined a customer call': 'green',
};

/** A bare workspace with the demo journey's stage names, for seeding at a chosen date. */
async function bareWorkspace(db: Db) {
  const [u] = await db.insert(users).values({ name: 'Ana', email: `ana-${Math.random()}@t.test`, passwordHash: 'x' }).returning();
  const [w] = await db.insert(workspaces).values({ name: 'W', slug: `w-${Math.random().toString(36).slice(2)}` }).returning();
  await db.insert(memberships).values({ workspaceId: w.id, userId: u.id, role: 'owner' });
  return { u, w };
}

describe('demo scorecard seed', () => {
  const state = useTestDatabase();

  it('seeds a full scorecard with the demo workspace, aligned to its stages, with a known mix of statuses', async () => {
    process.env.WAYFINDER_SEED_DEMO = '1';
    const t0 = performance.now();
    await seedDemoIfEmpty(state.db);
    console.log(`demo seed (user, journey, scorecard): ${Math.round(performance.now() - t0)} ms`);
    process.env.WAYFINDER_SEED_DEMO = '0';
    const db = state.db;
    expect(await count(db, scorecards)).toBe(1);
    expect((await db.select().from(perspectives)).map((p) => p.kind).sort()).toEqual(['customer', 'financial', 'internal', 'learning']);
    expect(await count(db, objectives)).toBe(8);
    expect(await count(db, objectiveLinks)).toBe(8);
    expect(await count(db, measures)).toBe(13);
    expect(await count(db, measurementHistory)).toBe(6);
    expect(await statuses(db, new Date())).toEqual(EXPECTED);

    // Aligned by stage name; every objective and measure has the demo user as owner.
    const stageNames = new Map((await db.select().from(stages)).map((s) => [s.id, s.name]));
    const ms = await db.select().from(measures);
    const nps = ms.find((m) => m.libraryKey === 'nps')!;
    expect(stageNames.get(nps.stageId!)).toBe('Retention');
    expect(stageNames.get(ms.find((m) => m.libraryKey === 'conversion-rate')!.stageId!)).toBe('Decision');
    const [demo] = await db.select().from(users);
    expect(ms.every((m) => m.ownerId === demo.id)).toBe(true);
    expect((await db.select().from(objectives)).every((o) => o.ownerId === demo.id)).toBe(true);
    const frt = ms.find((m) => m.libraryKey === 'first-response-time')!;
    expect(frt).toMatchObject({ direction: 'range', tolerance: 2, baseline: null });

    // NPS values are exactly what their survey counts give.
    const npsRows = await db.select().from(measurements).where(eq(measurements.measureId, nps.id));
    expect(npsRows).toHaveLength(24);
    for (const r of npsRows) {
      const s = r.survey!;
      expect(s.kind).toBe('nps');
      if (s.kind !== 'nps') continue;
      expect(s.promoters + s.passives + s.detractors).toBe(s.n);
      expect(Math.min(s.promoters, s.passives, s.detractors)).toBeGreaterThanOrEqual(0);
      expect(r.value).toBe(((s.promoters - s.detractors) * 100) / s.n);
    }

    const today = localDate(new Date());
    const inits = await db.select().from(initiatives);
    expect(inits.filter((i) => i.status !== 'done' && i.dueDate! < today)).toHaveLength(1);
    expect(inits.filter((i) => i.status === 'done')).toHaveLength(1);
    expect(inits.filter((i) => i.status === 'at_risk')).toHaveLength(1);
  });

  it('writes two years of periods that match each frequency, up to the current one, with a target change a year ago', async () => {
    const { u, w } = await bareWorkspace(state.db);
    for (const now of [new Date('2027-01-04T00:30:00Z'), new Date('2026-12-31T23:59:00Z')]) {
      await state.db.execute(sql`delete from scorecards`);
      await state.db.transaction((tx) => seedDemoScorecard(tx, w.id, u, now));
      expect(await statuses(state.db, now)).toEqual(EXPECTED);
      const ms = await state.db.select().from(measures);
      const vs = await state.db.select().from(measurements);
      const ts = await state.db.select().from(measureTargets);
      for (const m of ms) {
        const periods = vs.filter((v) => v.measureId === m.id).map((v) => v.period);
        expect(periods.every((p) => isPeriodStart(p, m.frequency))).toBe(true);
        const span = { weekly: 104, monthly: 24, quarterly: 8 }[m.frequency];
        const current = currentPeriod(m.frequency, now);
        const first = shiftPeriod(current, m.frequency, -(span - 1));
        expect(periods.every((p) => p >= first && p <= current)).toBe(true);
        expect(periods.length).toBe(m.name.startsWith('Customer satisfaction') ? span - 3 : span);
        const steps = ts.filter((t) => t.measureId === m.id).map((t) => t.fromPeriod).sort();
        expect(steps).toEqual(m.direction === 'range' ? [first] : [first, shiftPeriod(current, m.frequency, -{ weekly: 52, monthly: 12, quarterly: 4 }[m.frequency])]);
      }
      expect(new Set(ms.map((m) => m.frequency))).toEqual(new Set(['weekly', 'monthly', 'quarterly']));
    }
  });

  it('adds nothing when the workspace already has a scorecard', async () => {
    const { u, w } = await bareWorkspace(state.db);
    expect(await state.db.transaction((tx) => seedDemoScorecard(tx, w.id, u))).not.toBeNull();
    const before = await Promise.all([scorecards, objectives, measures, measurements, initiatives].map((t) => count(state.db, t)));
    expect(await state.db.transaction((tx) => seedDemoScorecard(tx, w.id, u))).toBeNull();
    expect(await Promise.all([scorecards, objectives, measures, measurements, initiatives].map((t) => count(state.db, t)))).toEqual(before);
  });
});

describe('demo benchmarks seed', () => {
  const state = useTestDatabase();
  it('puts benchmarks on the demo measures, each measure’s reference being one of its own', async () => {
    const { u, w } = await bareWorkspace(state.db);
    const { seedDemoBenchmarks } = await import('@/db/seed-demo-benchmarks');
    const { benchmarks } = await import('@/db/schema');
    await state.db.transaction((tx) => seedDemoScorecard(tx, w.id, u));
    expect(await state.db.transaction((tx) => seedDemoBenchmarks(tx, w.id))).toBe(10);
    const ms = await state.db.select().from(measures).where(eq(measures.workspaceId, w.id));
    const bs = await state.db.select().from(benchmarks).where(eq(benchmarks.workspaceId, w.id));
    const withRef = ms.filter((m) => m.referenceBenchmarkId);
    expect(withRef.map((m) => m.libraryKey).sort()).toEqual(['churn-rate', 'conversion-rate', 'csat', 'first-response-time', 'nps', 'resolution-time']);
    for (const m of withRef) expect(bs.find((b) => b.id === m.referenceBenchmarkId)?.measureId).toBe(m.id);
  });
});
