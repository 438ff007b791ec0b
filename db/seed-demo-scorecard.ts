import { eq, sql } from 'drizzle-orm';
import type { Tx } from './client';
import {
  activities,
  initiatives,
  measureTargets,
  measurementHistory,
  measurements,
  measures,
  objectiveLinks,
  objectives,
  perspectives,
  scorecards,
  stages,
  workspaces,
  type SurveyCounts,
} from './schema';
import { findLibraryKpi } from '../lib/kpi/library';
import { currentPeriod, localDate, shiftPeriod, type Frequency } from '../lib/periods';
import { bridgeWalk, seededRandom, seedOf } from './seed-series';
import { DEMO_INITIATIVES, DEMO_LINKS, DEMO_MEASURES, DEMO_OBJECTIVES, DEMO_PERSPECTIVES, DEMO_SCORECARD, type DemoMeasure } from './seed-demo-scorecard-data';

/** Two years of periods per frequency, the current one included. */
const SPAN: Record<Frequency, number> = { weekly: 104, monthly: 24, quarterly: 8 };
const YEAR: Record<Frequency, number> = { weekly: 52, monthly: 12, quarterly: 4 };

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Survey counts whose NPS, (promoters − detractors) × 100 / n, is as close to `value` as n answers allow. */
function npsCounts(value: number, rand: () => number): { value: number; survey: SurveyCounts } {
  const n = 140 + Math.floor(rand() * 120);
  const diff = Math.round((value * n) / 100);
  let passives = Math.round(n * (0.25 + rand() * 0.1));
  if ((n - passives + diff) % 2 !== 0) passives += 1;
  const promoters = (n - passives + diff) / 2;
  const detractors = promoters - diff;
  return { value: (diff * 100) / n, survey: { kind: 'nps', n, promoters, passives, detractors } };
}

function measureRow(m: DemoMeasure) {
  const kpi = m.library ? findLibraryKpi(m.library) : undefined;
  if (m.library && !kpi) throw new Error(`unknown KPI library key ${m.library}`);
  const frequency = m.frequency ?? kpi!.frequency;
  return {
    kpi,
    frequency,
    name: m.name ?? kpi!.name,
    unit: kpi?.unit ?? '%',
    stageName: m.stage ?? kpi?.stage ?? undefined,
  };
}

/**
 * Seeds the demo workspace's "Company scorecard" (perspectives, linked objectives, 13 measures with two years of
 * measurements up to the current period, targets that changed a year ago, history rows and initiatives) in the
 * caller's transaction, with one multi-row insert per table. Does nothing when the workspace has a scorecard.
 */
export async function seedDemoScorecard(tx: Tx, workspaceId: string, owner: { id: string; name: string }, now = new Date()) {
  const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(scorecards).where(eq(scorecards.workspaceId, workspaceId));
  if (Number(n) > 0) return null;
  const [ws] = await tx.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, workspaceId));
  const ownerId = owner.id;
  const timeZone = ws?.timeZone ?? 'UTC';
  const today = localDate(now, timeZone);
  const stageRows = await tx.select({ id: stages.id, name: stages.name }).from(stages).where(eq(stages.workspaceId, workspaceId)).orderBy(stages.position);
  const stageId = (name?: string) => (name ? (stageRows.find((s) => s.name.toLowerCase() === name.toLowerCase())?.id ?? null) : null);

  const [card] = await tx.insert(scorecards).values({ workspaceId, ...DEMO_SCORECARD }).returning({ id: scorecards.id });
  const scorecardId = card.id;
  const persp = await tx
    .insert(perspectives)
    .values(DEMO_PERSPECTIVES.map((p, position) => ({ workspaceId, scorecardId, kind: p.kind, label: p.label, position })))
    .returning({ id: perspectives.id, kind: perspectives.kind });
  const perspectiveId = (kind: string) => persp.find((p) => p.kind === kind)!.id;
  const objRows = await tx
    .insert(objectives)
    .values(
      DEMO_OBJECTIVES.map((o) => ({
        workspaceId,
        scorecardId,
        perspectiveId: perspectiveId(o.perspective),
        name: o.name,
        description: o.description,
        ownerId,
        stageId: stageId(o.stage),
        position: DEMO_OBJECTIVES.filter((x) => x.perspective === o.perspective).indexOf(o),
      })),
    )
    .returning({ id: objectives.id });
  const objectiveId = (key: string) => objRows[DEMO_OBJECTIVES.findIndex((o) => o.key === key)].id;
  await tx.insert(objectiveLinks).values(DEMO_LINKS.map(([cause, effect]) => ({ workspaceId, scorecardId, causeId: objectiveId(cause), effectId: objectiveId(effect) })));

  const defs = DEMO_MEASURES.map((m) => ({ m, ...measureRow(m) }));
  const measureRows = await tx
    .insert(measures)
    .values(
      defs.map(({ m, kpi, frequency, name, unit, stageName }) => ({
        workspaceId,
        scorecardId,
        objectiveId: objectiveId(m.objective),
        name,
        unit,
        unitLabel: m.unitLabel ?? '',
        direction: m.direction,
        tolerance: m.direction === 'range' ? m.tolerance : null,
        frequency,
        baseline: m.direction === 'range' ? null : m.baseline,
        decimals: m.decimals,
        ownerId,
        dataSource: m.dataSource,
        indicator: m.indicator ?? 'lagging',
        stageId: stageId(stageName),
        formula: kpi?.formula ?? 'people who joined a customer call this month / team size × 100',
        libraryKey: kpi?.key ?? null,
        surveyKind: kpi?.survey ?? null,
        position: DEMO_MEASURES.filter((x) => x.objective === m.objective).indexOf(m),
      })),
    )
    .returning({ id: measures.id });

  const targetRows: (typeof measureTargets.$inferInsert)[] = [];
  const valueRows: (typeof measurements.$inferInsert)[] = [];
  const historyRows: (typeof measurementHistory.$inferInsert)[] = [];
  defs.forEach(({ m, frequency }, i) => {
    const measureId = measureRows[i].id;
    const current = currentPeriod(frequency, now, timeZone);
    const first = shiftPeriod(current, frequency, -(SPAN[frequency] - 1));
    const yearAgo = shiftPeriod(current, frequency, -YEAR[frequency]);
    if (m.direction === 'range') targetRows.push({ workspaceId, measureId, fromPeriod: first, targetLo: m.band.lo, targetHi: m.band.hi });
    else targetRows.push({ workspaceId, measureId, fromPeriod: first, target: m.targets[0] }, { workspaceId, measureId, fromPeriod: yearAgo, target: m.targets[1] });
    const seed = seedOf(m.name ?? m.library ?? '');
    const count = SPAN[frequency] - (m.stalePeriods ?? 0);
    const values = bridgeWalk({ n: count, ...m.series, decimals: m.decimals, seed });
    const rand = seededRandom(seed ^ 0x5eed);
    values.forEach((raw, k) => {
      const period = shiftPeriod(first, frequency, k);
      const nps = m.library === 'nps' ? npsCounts(raw, rand) : null;
      const day = addDays(period, 3 + Math.floor(rand() * 3));
      const at = new Date(Math.min(Date.parse(`${day}T09:00:00Z`), now.getTime()));
      valueRows.push({ workspaceId, measureId, period, value: nps?.value ?? raw, survey: nps?.survey ?? null, source: m.source, updatedBy: ownerId, createdAt: at, updatedAt: at });
    });
    // A few corrections: the latest-but-one value was first entered differently, then fixed.
    if (['nps', 'churn-rate', 'resolution-time'].includes(m.library ?? '')) {
      const fixed = valueRows[valueRows.length - 2];
      const wrong = Math.round(fixed.value * 1.1 * 10 ** m.decimals) / 10 ** m.decimals;
      const enteredAt = fixed.createdAt as Date;
      const fixedAt = new Date(enteredAt.getTime() + 26 * 3600_000);
      const actorName = owner.name;
      historyRows.push(
        { workspaceId, measureId, period: fixed.period, change: 'created', value: wrong, note: '', source: m.source, actorId: ownerId, actorName, createdAt: enteredAt },
        { workspaceId, measureId, period: fixed.period, change: 'updated', value: fixed.value, note: 'Corrected after the late export', previousValue: wrong, previousNote: '', source: 'manual', actorId: ownerId, actorName, createdAt: fixedAt },
      );
      Object.assign(fixed, { note: 'Corrected after the late export', version: 2, updatedAt: fixedAt });
    }
  });
  await tx.insert(measureTargets).values(targetRows);
  await tx.insert(measurements).values(valueRows);
  await tx.insert(measurementHistory).values(historyRows);
  await tx.insert(initiatives).values(
    DEMO_INITIATIVES.map((x) => ({
      workspaceId,
      scorecardId,
      objectiveId: objectiveId(x.objective),
      name: x.name,
      ownerId,
      status: x.status,
      startDate: addDays(today, x.start),
      dueDate: addDays(today, x.due),
      progress: x.progress,
      position: DEMO_INITIATIVES.filter((y) => y.objective === x.objective).indexOf(x),
    })),
  );
  await tx.insert(activities).values({
    workspaceId,
    actorUserId: ownerId,
    actorName: owner.name,
    action: 'scorecard.created',
    targetType: 'scorecard',
    targetId: scorecardId,
    targetLabel: DEMO_SCORECARD.name,
  });
  return { scorecardId, measures: measureRows.length, measurements: valueRows.length };
}

