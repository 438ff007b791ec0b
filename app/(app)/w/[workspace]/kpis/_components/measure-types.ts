import { currentPeriod, formatPeriod, parsePeriodOf, periodStartOf, type Frequency } from '@/lib/periods';
import type { LibraryKpi } from '@/lib/kpi/library';
import type { MeasureUnit, MeasureView } from '@/lib/scorecards/view-types';

import type { StageOption } from '@/db/queries/scorecard-options';
export type { OwnerOption, StageOption } from '@/db/queries/scorecard-options';

/** What the edit dialog needs of a measure: the measure page's MeasureDetail and the scorecard's MeasureView both fit. */
export type EditableMeasure = Pick<
  MeasureView,
  | 'id'
  | 'name'
  | 'description'
  | 'unit'
  | 'unitLabel'
  | 'direction'
  | 'tolerance'
  | 'frequency'
  | 'baseline'
  | 'amberThreshold'
  | 'weight'
  | 'decimals'
  | 'dataSource'
  | 'indicator'
  | 'formula'
  | 'libraryKey'
  | 'surveyKind'
> & {
  owner: { id: string } | null;
  stage: { id: string } | null;
  version: number;
  targets: { fromPeriod: string; target: number | null; lo: number | null; hi: number | null }[];
};

export type TargetRow = { key: string; from: string; target: string; lo: string; hi: string };

/** The form's state: every input as the text the user sees. */
export type MeasureDraft = {
  name: string;
  description: string;
  unit: MeasureUnit;
  unitLabel: string;
  direction: EditableMeasure['direction'];
  tolerance: string;
  frequency: Frequency;
  baseline: string;
  amberPercent: string;
  weight: string;
  decimals: string;
  ownerId: string;
  dataSource: string;
  indicator: EditableMeasure['indicator'];
  stageId: string;
  formula: string;
  libraryKey: string;
  surveyKind: string;
  targets: TargetRow[];
};

let seq = 0;
export const rowKey = () => `t-${++seq}`;
const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

export const emptyTarget = (frequency: Frequency): TargetRow => ({ key: rowKey(), from: formatPeriod(currentPeriod(frequency), frequency), target: '', lo: '', hi: '' });

export function blankDraft(): MeasureDraft {
  return {
    name: '',
    description: '',
    unit: 'count',
    unitLabel: '',
    direction: 'higher',
    tolerance: '',
    frequency: 'monthly',
    baseline: '',
    amberPercent: '70',
    weight: '1',
    decimals: '1',
    ownerId: '',
    dataSource: '',
    indicator: 'lagging',
    stageId: '',
    formula: '',
    libraryKey: '',
    surveyKind: '',
    targets: [emptyTarget('monthly')],
  };
}

/** A draft prefilled from a KPI of the library; its suggested stage is picked when the workspace has one of that name. */
export function draftFromLibrary(kpi: LibraryKpi, stages: StageOption[]): MeasureDraft {
  const stage = kpi.stage ? stages.find((s) => s.name.trim().toLowerCase() === kpi.stage!.toLowerCase()) : undefined;
  return {
    ...blankDraft(),
    name: kpi.name,
    unit: kpi.unit,
    unitLabel: kpi.durationIn ?? '',
    direction: kpi.direction,
    frequency: kpi.frequency,
    formula: kpi.formula,
    libraryKey: kpi.key,
    surveyKind: kpi.survey ?? '',
    stageId: stage?.id ?? '',
    targets: [emptyTarget(kpi.frequency)],
  };
}

export function draftOf(m: EditableMeasure): MeasureDraft {
  return {
    name: m.name,
    description: m.description,
    unit: m.unit,
    unitLabel: m.unitLabel,
    direction: m.direction,
    tolerance: num(m.tolerance),
    frequency: m.frequency,
    baseline: num(m.baseline),
    amberPercent: String(Math.round(m.amberThreshold * 100)),
    weight: String(m.weight),
    decimals: String(m.decimals),
    ownerId: m.owner?.id ?? '',
    dataSource: m.dataSource,
    indicator: m.indicator,
    stageId: m.stage?.id ?? '',
    formula: m.formula,
    libraryKey: m.libraryKey ?? '',
    surveyKind: m.surveyKind ?? '',
    targets: m.targets.map((t) => ({ key: rowKey(), from: formatPeriod(t.fromPeriod, m.frequency), target: num(t.target), lo: num(t.lo), hi: num(t.hi) })),
  };
}

/** The action input: the draft's fields, with the targets list JSON-encoded (only the numbers the direction uses). */
export function inputOf(d: MeasureDraft) {
  const range = d.direction === 'range';
  const targets = d.targets.map((t) => (range ? { from: t.from.trim(), lo: t.lo, hi: t.hi } : { from: t.from.trim(), target: t.target }));
  return { ...d, tolerance: range ? d.tolerance : '', baseline: range ? '' : d.baseline, targets: JSON.stringify(targets) };
}

/** Target rows rewritten for a new frequency: each label becomes the period of the new kind holding its first day. */
export function retargetRows(rows: TargetRow[], from: Frequency, to: Frequency): TargetRow[] {
  return rows.map((r) => {
    const p = parsePeriodOf(r.from.trim(), from);
    return p.ok ? { ...r, from: formatPeriod(periodStartOf(p.start, to), to) } : r;
  });
}
