// Pure: what the executive overview shows of the workspace's scored scorecards — the measures whose status changed
// since the previous period, the largest gaps to reference benchmarks ("Largest gap" sorts by relative gap,
// DOMAIN.md), and the initiatives at risk or overdue. No database: it reads the read model's views.
import { gapOf, type GapPosition } from '@/lib/benchmarks/gap';
import { previousPeriod } from '@/lib/periods';
import { scoreMeasure, type Status } from '@/lib/scoring';
import { measureInput } from '@/lib/scorecards/build-view';
import type { InitiativeView, MeasureView, ScorecardView } from '@/lib/scorecards/view-types';

type Located = { scorecardId: string; scorecardName: string; measure: MeasureView };

const measuresOf = (views: readonly ScorecardView[]): Located[] =>
  views.flatMap((s) => s.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.measures.map((measure) => ({ scorecardId: s.id, scorecardName: s.name, measure })))));

/** The measure's status as it was scored in the period before its current one (values after that ignored). */
export function previousStatus(m: MeasureView): Status {
  const before = previousPeriod(m.currentPeriod, m.frequency);
  return scoreMeasure(measureInput(m, m.recent), { currentPeriod: before, previousPeriod: (p) => previousPeriod(p, m.frequency) }).status;
}

export type StatusChange = Located & { from: Status; to: Status };

/** Measures whose status now differs from their status a period ago, worst new status first. */
export function statusChanges(views: readonly ScorecardView[]): StatusChange[] {
  const rank: Record<Status, number> = { red: 0, amber: 1, grey: 2, green: 3 };
  return measuresOf(views)
    .map((x) => ({ ...x, from: previousStatus(x.measure), to: x.measure.score.status }))
    .filter((c) => c.from !== c.to)
    .sort((a, b) => rank[a.to] - rank[b.to] || a.measure.name.localeCompare(b.measure.name));
}

export type ReferenceGap = Located & { relative: number | null; position: GapPosition | null };

/** Measures with a reference benchmark and a latest value, by |relative gap| (largest first, none last), at most `limit`. */
export function largestGaps(views: readonly ScorecardView[], limit = 5): ReferenceGap[] {
  const rows: ReferenceGap[] = [];
  for (const x of measuresOf(views)) {
    const { reference, score, direction, decimals, unit } = x.measure;
    if (!reference || !score.latest) continue;
    const band = score.target !== null && typeof score.target === 'object' ? score.target : null;
    const g = gapOf(score.latest.value, reference.value, { direction: direction === 'range' ? { kind: 'range', band } : direction, decimals, unit });
    if (g) rows.push({ ...x, relative: g.relative, position: g.position });
  }
  const size = (r: ReferenceGap) => (r.relative === null ? -1 : Math.abs(r.relative));
  return rows.sort((a, b) => size(b) - size(a) || a.measure.name.localeCompare(b.measure.name)).slice(0, limit);
}

export type AttentionInitiative = { scorecardId: string; scorecardName: string; initiative: InitiativeView };

/** Initiatives overdue or at risk, overdue first, then by due date. */
export function initiativesNeedingAttention(views: readonly ScorecardView[]): AttentionInitiative[] {
  return views
    .flatMap((s) => s.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.initiatives.map((initiative) => ({ scorecardId: s.id, scorecardName: s.name, initiative })))))
    .filter(({ initiative: i }) => i.overdue || i.status === 'at_risk')
    .sort((a, b) => Number(b.initiative.overdue) - Number(a.initiative.overdue) || (a.initiative.dueDate ?? '9999').localeCompare(b.initiative.dueDate ?? '9999'));
}
