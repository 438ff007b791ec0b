// Plain, serialisable shapes for the measurement components (server → client props) and their wording.
// Client-safe: no database imports.
import type { SurveyCounts } from '@/db/schema/measures';
import { formatPeriod, type Frequency } from '@/lib/periods';
import type { MeasureUnit } from '@/lib/scorecards/view-types';

export type MeasureForPanel = {
  id: string;
  name: string;
  scorecardId: string;
  frequency: Frequency;
  decimals: number;
  unit: MeasureUnit;
  unitLabel: string;
  surveyKind: 'nps' | 'csat' | 'ces' | null;
};

export type MeasurementView = {
  id: string;
  period: string; // label
  value: number;
  note: string;
  source: 'manual' | 'import' | 'api' | 'survey';
  survey: SurveyCounts | null;
  version: number;
  changedBy: string | null;
  updatedAt: string; // ISO
};

export type HistoryView = {
  id: string;
  period: string; // label
  change: 'created' | 'updated' | 'deleted';
  value: number | null;
  note: string | null;
  previousValue: number | null;
  previousNote: string | null;
  source: 'manual' | 'import' | 'api' | 'survey';
  actorName: string;
  createdAt: string; // ISO
};

type RowIn = { id: string; period: string; value: number; note: string; source: MeasurementView['source']; survey: SurveyCounts | null; version: number; changedBy?: string | null; updatedAt: Date | string };

/** Database rows → panel rows, newest period first. */
export function toMeasurementViews(rows: RowIn[], frequency: Frequency): MeasurementView[] {
  return rows
    .map((r) => ({
      id: r.id, period: formatPeriod(r.period, frequency), value: r.value, note: r.note, source: r.source, survey: r.survey,
      version: r.version, changedBy: r.changedBy ?? null, updatedAt: new Date(r.updatedAt).toISOString(), start: r.period,
    }))
    .sort((a, b) => (a.start < b.start ? 1 : -1))
    .map(({ start: _s, ...v }) => v);
}

type HistoryIn = Omit<HistoryView, 'period' | 'createdAt'> & { period: string; createdAt: Date | string };
export function toHistoryViews(rows: HistoryIn[], frequency: Frequency): HistoryView[] {
  return rows.map((h) => ({ ...h, period: formatPeriod(h.period, frequency), createdAt: new Date(h.createdAt).toISOString() }));
}


export const SOURCE_LABELS: Record<MeasurementView['source'], string> = { manual: 'entered', import: 'import', api: 'API', survey: 'survey answers' };

/** "1 promoter, 0 passives, 2 detractors, N = 3" */
export function describeSurvey(s: SurveyCounts): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  if (s.kind === 'nps') return `${n(s.promoters, 'promoter', 'promoters')}, ${n(s.passives, 'passive', 'passives')}, ${n(s.detractors, 'detractor', 'detractors')}, N = ${s.n}`;
  if (s.kind === 'csat') return `${s.satisfied} satisfied (4–5), N = ${s.n}`;
  return `sum ${s.sum}, N = ${s.n}`;
}

/** "Ana changed 2026-W07 from 12.5 to 13 (import)" */
export function describeHistory(h: HistoryView, fmt: (v: number) => string): string {
  const who = h.actorName || 'Someone';
  const via = ` (${SOURCE_LABELS[h.source]})`;
  if (h.change === 'created') return `${who} recorded ${h.period}: ${fmt(h.value!)}${via}`;
  if (h.change === 'deleted') return `${who} deleted ${h.period} (was ${fmt(h.previousValue!)})`;
  if (h.previousValue === h.value) return `${who} changed the note of ${h.period}${via}`;
  return `${who} changed ${h.period} from ${fmt(h.previousValue!)} to ${fmt(h.value!)}${via}`;
}
