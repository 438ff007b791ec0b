// Scorecards with measures for the measurements e2e (the scorecard and measure UIs are built on other
// branches): one scorecard per test, in the fixture workspace. Also used by the vitest suites.
import type { Db } from '../db/client';
import { activities, measures, objectives, perspectives, scorecards } from '../db/schema';

export type SeedMeasure = { name: string; frequency: 'weekly' | 'monthly' | 'quarterly'; surveyKind?: 'nps' | 'csat' | 'ces' | null; unit?: '%' | 'count' | 'score'; direction?: 'higher' | 'lower' };

export const DEFAULT_MEASURES: SeedMeasure[] = [
  { name: 'Net Promoter Score', frequency: 'monthly', surveyKind: 'nps', unit: 'score' },
  { name: 'Churn rate', frequency: 'monthly', unit: '%' },
  { name: 'Website traffic', frequency: 'weekly', unit: 'count' },
];

/** One scorecard with a Customer perspective, one objective and the given measures; returns the ids by name. */
export async function seedMeasureScorecard(db: Db, workspaceId: string, name: string, list: SeedMeasure[] = DEFAULT_MEASURES) {
  const [sc] = await db.insert(scorecards).values({ workspaceId, name }).returning();
  const kinds = [
    { kind: 'financial', label: 'Financial' },
    { kind: 'customer', label: 'Customer' },
    { kind: 'internal', label: 'Internal Process' },
    { kind: 'learning', label: 'Learning & Growth' },
  ] as const;
  const ps = await db
    .insert(perspectives)
    .values(kinds.map((k, position) => ({ workspaceId, scorecardId: sc.id, kind: k.kind, label: k.label, position })))
    .returning();
  const customer = ps.find((p) => p.kind === 'customer')!;
  const [obj] = await db
    .insert(objectives)
    .values({ workspaceId, scorecardId: sc.id, perspectiveId: customer.id, name: 'Delight customers', position: 0 })
    .returning();
  const made = list.length
    ? await db
        .insert(measures)
        .values(
          list.map((m, position) => ({
            workspaceId, scorecardId: sc.id, objectiveId: obj.id, name: m.name, unit: m.unit ?? 'count', direction: m.direction ?? 'higher',
            frequency: m.frequency, baseline: 0, surveyKind: m.surveyKind ?? null, position,
          })),
        )
        .returning()
    : [];
  await db.insert(activities).values({ workspaceId, actorName: 'e2e seed', action: 'scorecard.created', targetType: 'scorecard', targetId: sc.id, targetLabel: sc.name });
  return { scorecardId: sc.id, objectiveId: obj.id, measures: Object.fromEntries(made.map((m) => [m.name, m.id])) as Record<string, string> };
}

/** The e2e fixture: one scorecard per named test. */
export async function seedMeasurementScorecards(db: Db, workspaceId: string, names: string[]) {
  const out: Record<string, Awaited<ReturnType<typeof seedMeasureScorecard>>> = {};
  for (const name of names) out[name] = await seedMeasureScorecard(db, workspaceId, name);
  return out;
}
