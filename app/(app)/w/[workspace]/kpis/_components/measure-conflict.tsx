'use client';

import { ConflictPanel } from '@/components/ui/conflict-panel';
import { directionLabels, frequencyLabels, unitLabels } from '@/lib/scorecards/format';
import { draftOf, type EditableMeasure, type MeasureDraft, type OwnerOption, type StageOption } from './measure-types';

const LABELS: [keyof MeasureDraft, string][] = [
  ['name', 'Name'],
  ['description', 'Description'],
  ['unit', 'Unit'],
  ['unitLabel', 'Unit label'],
  ['direction', 'Direction'],
  ['frequency', 'Frequency'],
  ['baseline', 'Baseline'],
  ['tolerance', 'Tolerance'],
  ['amberPercent', 'Amber threshold (%)'],
  ['weight', 'Weight'],
  ['decimals', 'Decimals'],
  ['ownerId', 'Owner'],
  ['stageId', 'Stage'],
  ['indicator', 'Leading or lagging'],
  ['surveyKind', 'Survey'],
  ['dataSource', 'Data source'],
  ['formula', 'Formula'],
  ['targets', 'Targets'],
];

function show(k: keyof MeasureDraft, d: MeasureDraft, members: OwnerOption[], stages: StageOption[]): string {
  switch (k) {
    case 'unit':
      return unitLabels[d.unit];
    case 'direction':
      return directionLabels[d.direction];
    case 'frequency':
      return frequencyLabels[d.frequency];
    case 'ownerId':
      return members.find((m) => m.userId === d.ownerId)?.name ?? 'No owner';
    case 'stageId': {
      const s = stages.find((x) => x.id === d.stageId);
      return s ? `${s.journeyName} › ${s.name}` : 'Not aligned';
    }
    case 'targets':
      return d.targets.map((t) => `from ${t.from}: ${d.direction === 'range' ? `${t.lo}–${t.hi}` : t.target}`).join('; ');
    default:
      return String(d[k]);
  }
}

/** After a stale save: the other person's values beside the form that still holds the user's own. */
export function MeasureConflict({ mine, theirs, members, stages, onUseTheirs }: { mine: MeasureDraft; theirs: EditableMeasure; members: OwnerOption[]; stages: StageOption[]; onUseTheirs: () => void }) {
  const t = draftOf(theirs);
  const rows = LABELS.filter(([k]) => show(k, t, members, stages) !== show(k, mine, members, stages));
  return (
    <ConflictPanel
      what="this measure"
      rows={rows.map(([k, label]) => ({ key: k, label: `Their ${label.toLowerCase()}`, theirs: show(k, t, members, stages), differs: true }))}
      onUseTheirs={onUseTheirs}
    />
  );
}
