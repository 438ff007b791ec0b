// Plain words for measurement events in the activity log (lib/activity-text.ts falls back here).
type Row = { action: string; targetLabel: string | null; data: Record<string, unknown> | null };

const num = (v: unknown) => (typeof v === 'number' ? new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 }).format(v) : '?');
const plural = (n: unknown, one: string, many: string) => `${typeof n === 'number' ? n : 0} ${n === 1 ? one : many}`;
const VIA: Record<string, string> = { manual: '', api: ' through the API', import: ' from a CSV', survey: ' from survey answers' };

/** The phrase for a measurement.* / measurements.imported / survey.recorded activity, or null for any other action. */
export function measurementSentence(a: Row): string | null {
  const d = a.data ?? {};
  const what = `“${a.targetLabel ?? 'a measure'}”`;
  const period = typeof d.period === 'string' ? d.period : 'a period';
  switch (a.action) {
    case 'measurement.recorded':
      return `${d.change === 'updated' ? 'replaced' : 'recorded'} ${num(d.value)} for ${period} of ${what}${VIA[String(d.source)] ?? ''}`;
    case 'survey.recorded':
      return `recorded ${num(d.value)} for ${period} of ${what} from survey answers`;
    case 'measurement.updated':
      return `changed ${period} of ${what} from ${num(d.from)} to ${num(d.to)}`;
    case 'measurement.deleted':
      return `deleted the value of ${period} of ${what} (was ${num(d.value)})`;
    case 'measurements.imported':
      return `imported ${plural(d.rows, 'value', 'values')} into ${what}${VIA[String(d.source)] ?? ''}: ${num(d.created)} created, ${num(d.updated)} updated, ${num(d.unchanged)} unchanged`;
    default:
      return null;
  }
}
