// Turns the loader's rows (db/queries/scorecard-view.ts) into the scored read model. Pure: the clock and the
// time zone come in, so tests can pin "today".
import { currentPeriod, localDate, previousPeriod, type Frequency } from '@/lib/periods';
import { rollUp, scoreMeasure, statusOf, type MeasureInput, type Thresholds } from '@/lib/scoring';
import type { InitiativeView, MeasureView, ObjectiveView, PerspectiveView, ScorecardView, StageRef, TargetView } from './view-types';

type Ref = { ownerId: string | null; ownerName: string | null; stageId: string | null; stageName: string | null; journeyId: string | null; journeyName: string | null };
export type PerspectiveRow = Omit<PerspectiveView, 'score' | 'status' | 'objectives'>;
export type ObjectiveRow = Ref & Omit<ObjectiveView, 'owner' | 'stage' | 'score' | 'status' | 'measures' | 'initiatives'>;
export type MeasureRow = Ref & Omit<MeasureView, 'owner' | 'stage' | 'recent' | 'currentPeriod' | 'score'>;
export type InitiativeRow = Pick<Ref, 'ownerId' | 'ownerName'> & Omit<InitiativeView, 'owner' | 'overdue'>;
export type ScorecardRow = Omit<ScorecardView, 'score' | 'status' | 'perspectives' | 'today' | 'links'> & {
  perspectives: PerspectiveRow[];
  objectives: ObjectiveRow[];
  measures: MeasureRow[];
  initiatives: InitiativeRow[];
  links: ScorecardView['links'];
};
/** Recent measurements of a measure, any order. */
export type RecentRow = { measureId: string; period: string; value: number };

const owner = (r: { ownerId: string | null; ownerName: string | null }) => (r.ownerId && r.ownerName !== null ? { id: r.ownerId, name: r.ownerName } : null);
const stage = (r: Ref): StageRef =>
  r.stageId && r.stageName !== null && r.journeyId && r.journeyName !== null ? { id: r.stageId, name: r.stageName, journeyId: r.journeyId, journeyName: r.journeyName } : null;

/** A measure's stored fields and series as lib/scoring takes them (targets missing their numbers are skipped). */
export function measureInput(m: Pick<MeasureRow, 'direction' | 'tolerance' | 'baseline' | 'amberThreshold' | 'weight' | 'decimals' | 'targets'>, measurements: { period: string; value: number }[]): MeasureInput {
  const common = { amberThreshold: m.amberThreshold, weight: m.weight, decimals: m.decimals, measurements };
  if (m.direction === 'range') {
    const targets = m.targets.flatMap((t: TargetView) => (t.lo !== null && t.hi !== null ? [{ fromPeriod: t.fromPeriod, target: { lo: t.lo, hi: t.hi } }] : []));
    return { ...common, direction: 'range', tolerance: m.tolerance ?? 0, targets };
  }
  const targets = m.targets.flatMap((t) => (t.target !== null ? [{ fromPeriod: t.fromPeriod, target: t.target }] : []));
  return { ...common, direction: m.direction, baseline: m.baseline ?? 0, targets };
}

/** Recent values by measure. */
export function groupRecent(recent: readonly RecentRow[]) {
  const byMeasure = new Map<string, { period: string; value: number }[]>();
  for (const r of recent) {
    let list = byMeasure.get(r.measureId);
    if (!list) byMeasure.set(r.measureId, (list = []));
    list.push({ period: r.period, value: r.value });
  }
  return byMeasure;
}

/** The current period per frequency at `now` in `timeZone`, computed once each. */
export function currentPeriods(opts: { timeZone: string; now: Date }) {
  const current = new Map<Frequency, string>();
  return (f: Frequency) => current.get(f) ?? current.set(f, currentPeriod(f, opts.now, opts.timeZone)).get(f)!;
}

/** Scores one measure row against its recent values (any order) in its current period. */
export function buildMeasureView(m: MeasureRow, values: readonly { period: string; value: number }[], cur: string): MeasureView {
  const series = [...values].sort((a, b) => (a.period < b.period ? -1 : 1));
  const score = scoreMeasure(measureInput(m, series), { currentPeriod: cur, previousPeriod: (p) => previousPeriod(p, m.frequency) });
  const { ownerId: _o, ownerName: _on, stageId: _s, stageName: _sn, journeyId: _j, journeyName: _jn, ...rest } = m;
  return { ...rest, owner: owner(m), stage: stage(m), recent: series.filter((p) => p.period <= cur).slice(-12), currentPeriod: cur, score };
}

/** Scores every measure, objective, perspective and the scorecard as DOMAIN.md says, at `now` in `timeZone`. */
export function buildScorecardView(row: ScorecardRow, recent: readonly RecentRow[], opts: { timeZone: string; now: Date }): ScorecardView {
  const today = localDate(opts.now, opts.timeZone);
  const byMeasure = groupRecent(recent);
  const currentOf = currentPeriods(opts);

  const measuresOf = new Map<string, MeasureView[]>();
  for (const m of row.measures) {
    const view = buildMeasureView(m, byMeasure.get(m.id) ?? [], currentOf(m.frequency));
    const list = measuresOf.get(m.objectiveId);
    if (list) list.push(view);
    else measuresOf.set(m.objectiveId, [view]);
  }
  const initiativesOf = new Map<string, InitiativeView[]>();
  for (const i of row.initiatives) {
    const { ownerId: _o, ownerName: _on, ...rest } = i;
    const view: InitiativeView = { ...rest, owner: owner(i), overdue: i.status !== 'done' && i.dueDate !== null && i.dueDate < today };
    const list = initiativesOf.get(i.objectiveId);
    if (list) list.push(view);
    else initiativesOf.set(i.objectiveId, [view]);
  }
  const thresholds: Thresholds = { green: row.greenThreshold, amber: row.amberThreshold };
  const objectivesOf = new Map<string, ObjectiveView[]>();
  for (const o of row.objectives) {
    const measures = (measuresOf.get(o.id) ?? []).sort((a, b) => a.position - b.position);
    const score = rollUp(measures.map((m) => ({ score: m.score.progress, weight: m.weight })));
    const { ownerId: _o, ownerName: _on, stageId: _s, stageName: _sn, journeyId: _j, journeyName: _jn, ...rest } = o;
    const view: ObjectiveView = {
      ...rest,
      owner: owner(o),
      stage: stage(o),
      score,
      status: statusOf(score, thresholds),
      measures,
      initiatives: (initiativesOf.get(o.id) ?? []).sort((a, b) => a.position - b.position),
    };
    const list = objectivesOf.get(o.perspectiveId);
    if (list) list.push(view);
    else objectivesOf.set(o.perspectiveId, [view]);
  }
  const perspectives: PerspectiveView[] = [...row.perspectives]
    .sort((a, b) => a.position - b.position)
    .map((p) => {
      const objectives = (objectivesOf.get(p.id) ?? []).sort((a, b) => a.position - b.position);
      const score = rollUp(objectives.map((o) => ({ score: o.score, weight: o.weight })));
      return { ...p, score, status: statusOf(score, thresholds), objectives };
    });
  const score = rollUp(perspectives.map((p) => ({ score: p.score, weight: p.weight })));
  const { objectives: _o, measures: _m, initiatives: _i, perspectives: _p, ...head } = row;
  return { ...head, score, status: statusOf(score, thresholds), perspectives, today };
}
