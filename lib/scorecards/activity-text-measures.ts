// Plain words for measure events in the activity log (lib/activity-text.ts falls back here).
const FIELD_WORDS: Record<string, string> = {
  name: 'name',
  description: 'description',
  unit: 'unit',
  unitLabel: 'unit label',
  direction: 'direction',
  tolerance: 'tolerance',
  frequency: 'frequency',
  baseline: 'baseline',
  amberThreshold: 'amber threshold',
  weight: 'weight',
  decimals: 'decimals',
  ownerId: 'owner',
  dataSource: 'data source',
  indicator: 'leading/lagging',
  stageId: 'stage',
  formula: 'formula',
  libraryKey: 'library KPI',
  surveyKind: 'survey kind',
  objectiveId: 'objective',
  targets: 'targets',
};

/** The phrase for a measure.* activity, or undefined for any other action. */
export function describeMeasureActivity(a: { action: string; targetLabel: string | null; data: Record<string, unknown> | null }): string | undefined {
  const d = a.data ?? {};
  const what = `“${a.targetLabel ?? 'untitled'}”`;
  switch (a.action) {
    case 'measure.created':
      return `added the measure ${what}${typeof d.objective === 'string' ? ` to “${d.objective}”` : ''}`;
    case 'measure.updated': {
      const fields = Array.isArray(d.fields) ? d.fields.filter((f): f is string => typeof f === 'string').map((f) => FIELD_WORDS[f] ?? f) : [];
      return `edited the measure ${what}${fields.length ? ` (${fields.join(', ')})` : ''}`;
    }
    case 'measure.deleted':
      return `deleted the measure ${what}`;
    default:
      return undefined;
  }
}
