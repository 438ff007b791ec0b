// A scorecard for the KPI table e2e (e2e/kpis.spec.ts), in the fixture workspace: four monthly measures whose
// statuses today are known — on track (green), at risk (amber), off track (red) and no data (grey).
import type { Db } from '../db/client';
import { activities, measureTargets, measurements, measures, objectives, perspectives, scorecards } from '../db/schema';
import { currentPeriod, shiftPeriod } from '../lib/periods';

const KINDS = [
  { kind: 'financial', label: 'Financial', objective: 'Grow fixture revenue' },
  { kind: 'customer', label: 'Customer', objective: 'Happier fixture customers' },
  { kind: 'internal', label: 'Internal Process', objective: 'Smoother fixture operations' },
  { kind: 'learning', label: 'Learning & Growth', objective: 'Fixture team skills' },
] as const;

// Baseline 0, target 100 (higher is better): progress = value / 100. Grey: the last value is 3 months old.
const MEASURES = [
  { key: 'green', name: 'Onboarding completion', perspective: 1, values: [90, 100], ago: 0 },
  { key: 'red', name: 'Refund handling', perspective: 2, values: [30, 20], ago: 0 },
  { key: 'grey', name: 'Survey response rate', perspective: 3, values: [40, 50], ago: 3 },
  { key: 'amber', name: 'Feature adoption', perspective: 0, values: [70, 80], ago: 0 },
] as const;

export type SeededScorecard = { id: string; name: string; measures: Record<(typeof MEASURES)[number]['key'], { id: string; name: string }> };

export async function seedKpiScorecard(db: Db, workspaceId: string, actor: { id: string; name: string }): Promise<SeededScorecard> {
  const name = 'KPI table fixtures';
  const [card] = await db.insert(scorecards).values({ workspaceId, name }).returning({ id: scorecards.id });
  const scorecardId = card.id;
  const persp = await db
    .insert(perspectives)
    .values(KINDS.map((k, position) => ({ workspaceId, scorecardId, kind: k.kind, label: k.label, position })))
    .returning({ id: perspectives.id });
  const objs = await db
    .insert(objectives)
    .values(KINDS.map((k, i) => ({ workspaceId, scorecardId, perspectiveId: persp[i].id, name: k.objective, ownerId: actor.id, position: 0 })))
    .returning({ id: objectives.id });
  const ms = await db
    .insert(measures)
    .values(
      MEASURES.map((m, position) => ({
        workspaceId,
        scorecardId,
        objectiveId: objs[m.perspective].id,
        name: m.name,
        unit: '%' as const,
        direction: 'higher' as const,
        baseline: 0,
        frequency: 'monthly' as const,
        decimals: 0,
        ownerId: actor.id,
        position,
      })),
    )
    .returning({ id: measures.id });
  const now = currentPeriod('monthly');
  await db.insert(measureTargets).values(ms.map((m) => ({ workspaceId, measureId: m.id, fromPeriod: shiftPeriod(now, 'monthly', -12), target: 100 })));
  await db.insert(measurements).values(
    MEASURES.flatMap((m, i) =>
      m.values.map((value, k) => ({
        workspaceId,
        measureId: ms[i].id,
        period: shiftPeriod(now, 'monthly', k - m.values.length + 1 - m.ago),
        value,
        updatedBy: actor.id,
      })),
    ),
  );
  await db.insert(activities).values({ workspaceId, actorUserId: actor.id, actorName: actor.name, action: 'scorecard.created', targetType: 'scorecard', targetId: scorecardId, targetLabel: name });
  const byKey = Object.fromEntries(MEASURES.map((m, i) => [m.key, { id: ms[i].id, name: m.name }])) as SeededScorecard['measures'];
  return { id: scorecardId, name, measures: byKey };
}
