// The benchmark's large scorecard: 4 perspectives × 10 objectives × 5 measures = 200 weekly measures, each with
// 104 measurements up to the current week (multi-row inserts), and a CSV of 20,000 more (the 100 weeks before)
// for the import step of `npm run bench`.
import fs from 'node:fs';
import type { Db } from '../db/client';
import { measureTargets, measurements, measures, objectives, perspectives, scorecards } from '../db/schema';
import { currentPeriod, formatPeriod, shiftPeriod } from '../lib/periods';
import { bridgeWalk, seedOf } from '../db/seed-series';

const KINDS = [
  { kind: 'financial', label: 'Financial' },
  { kind: 'customer', label: 'Customer' },
  { kind: 'internal', label: 'Internal Process' },
  { kind: 'learning', label: 'Learning & Growth' },
] as const;
const OBJECTIVES = 10;
const MEASURES = 5;
const WEEKS = 104;
const IMPORT_WEEKS = 100;

async function chunked<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Seeds the large scorecard and writes the import CSV to `csvPath`; returns the scorecard's id, its measures' ids, its weeks' labels and the CSV's row count. */
export async function seedBenchScorecard(db: Db, workspaceId: string, ownerIds: string[], stageIds: string[], csvPath: string) {
  const [card] = await db.insert(scorecards).values({ workspaceId, name: 'Large scorecard' }).returning({ id: scorecards.id });
  const scorecardId = card.id;
  const persp = await db
    .insert(perspectives)
    .values(KINDS.map((k, position) => ({ workspaceId, scorecardId, kind: k.kind, label: k.label, position })))
    .returning({ id: perspectives.id });
  const objs = await db
    .insert(objectives)
    .values(
      persp.flatMap((p, pi) =>
        Array.from({ length: OBJECTIVES }, (_, o) => ({
          workspaceId,
          scorecardId,
          perspectiveId: p.id,
          name: `${KINDS[pi].label} objective ${o + 1}`,
          ownerId: ownerIds[(pi * OBJECTIVES + o) % ownerIds.length],
          stageId: stageIds[o % stageIds.length] ?? null,
          position: o,
        })),
      ),
    )
    .returning({ id: objectives.id, name: objectives.name });
  const ms = await db
    .insert(measures)
    .values(
      objs.flatMap((o, oi) =>
        Array.from({ length: MEASURES }, (_, k) => {
          const direction = (['higher', 'lower', 'higher', 'range', 'higher'] as const)[k];
          return {
            workspaceId,
            scorecardId,
            objectiveId: o.id,
            name: `${o.name} measure ${k + 1}`,
            unit: (['%', 'count', 'currency', 'duration', 'score'] as const)[k],
            direction,
            tolerance: direction === 'range' ? 5 : null,
            baseline: direction === 'range' ? null : direction === 'lower' ? 80 : 40,
            frequency: 'weekly' as const,
            ownerId: ownerIds[(oi + k) % ownerIds.length],
            stageId: stageIds[(oi + k) % stageIds.length] ?? null,
            position: k,
          };
        }),
      ),
    )
    .returning({ id: measures.id, name: measures.name, direction: measures.direction });
  const current = currentPeriod('weekly');
  const first = shiftPeriod(current, 'weekly', -(WEEKS - 1));
  await db.insert(measureTargets).values(
    ms.map((m) =>
      m.direction === 'range'
        ? { workspaceId, measureId: m.id, fromPeriod: first, targetLo: 40, targetHi: 60 }
        : { workspaceId, measureId: m.id, fromPeriod: first, target: m.direction === 'lower' ? 40 : 80 },
    ),
  );
  const periods = Array.from({ length: WEEKS }, (_, i) => shiftPeriod(first, 'weekly', i));
  const rows = ms.flatMap((m, i) => {
    // Ends spread over [30, 90] so the statuses are a mix.
    const values = bridgeWalk({ n: WEEKS, start: 50, end: 30 + ((i * 37) % 61), noise: 2, decimals: 1, seed: seedOf(m.name), min: 0 });
    return periods.map((period, k) => ({ workspaceId, measureId: m.id, period, value: values[k], source: 'import' as const, updatedBy: ownerIds[0] }));
  });
  await db.transaction((tx) => chunked(rows, 4000, (chunk) => tx.insert(measurements).values(chunk)));

  const importPeriods = Array.from({ length: IMPORT_WEEKS }, (_, i) => formatPeriod(shiftPeriod(first, 'weekly', i - IMPORT_WEEKS), 'weekly'));
  const lines = ['measure,period,value,note'];
  ms.forEach((m, i) => importPeriods.forEach((p, k) => lines.push(`${m.name},${p},${(40 + ((i * 7 + k * 3) % 50) + k / 10).toFixed(1)},`)));
  fs.writeFileSync(csvPath, lines.join('\n') + '\n');
  return {
    scorecardId,
    measureIds: ms.map((m) => m.id),
    periods: periods.map((p) => formatPeriod(p, 'weekly')),
    measures: ms.length,
    measurements: rows.length,
    importRows: lines.length - 1,
  };
}
