// What the measurement API routes and server actions share: period labels → period starts for a measure,
// the CSV import and the survey upload, each answering counts or every bad row.
import 'server-only';
import type { Actor } from '@/db/queries/activity';
import { recordForOneMeasure, recordMeasurements, type MeasureInfo, type MeasurementInputRow, type RecordCounts } from '@/db/queries/measurements';
import { getMeasureBasics, getScorecardMeasureKeys } from '@/db/queries/measurement-reads';
import type { MeasurementRow, SurveyCounts } from '@/db/schema';
import { parseMeasurementsCsv } from '@/lib/csv/measurements-import';
import { failureMessage, type CsvError } from '@/lib/csv/csv-table';
import { parseSurveyCsv, type SurveyCsvError } from '@/lib/kpi/survey-csv';
import { formatSurveyValue, type SurveyKind } from '@/lib/kpi/surveys';
import { invalid, notFound } from '@/lib/errors';
import { formatPeriod, parsePeriodOf, type Frequency } from '@/lib/periods';

export type RowsFailure = { ok: false; message: string; rows: (CsvError | SurveyCsvError)[] };

/** A measurement as the API shows it: the period as its label, timestamps as ISO text. */
export function measurementOut(m: Omit<MeasurementRow, 'workspaceId' | 'updatedBy'>, frequency: Frequency) {
  return {
    id: m.id,
    measureId: m.measureId,
    period: formatPeriod(m.period, frequency),
    periodStart: m.period,
    value: m.value,
    note: m.note,
    source: m.source,
    survey: m.survey,
    version: m.version,
    createdAt: new Date(m.createdAt).toISOString(),
    updatedAt: new Date(m.updatedAt).toISOString(),
  };
}

const MISSING_MEASURE = 'This measure is not in the workspace.';

async function measureOf(workspaceId: string, measureId: string) {
  const m = await getMeasureBasics(workspaceId, measureId);
  if (!m) throw notFound(MISSING_MEASURE);
  return m;
}

/** Values for one measure given by period label (of its frequency); bad labels → 400 naming each item. */
export async function recordForMeasure(
  workspaceId: string,
  actor: Actor,
  measureId: string,
  items: { period: string; value: number; note?: string }[],
  source: 'manual' | 'api',
  opts: { fieldPrefix?: (i: number) => string } = {},
): Promise<RecordCounts & { periods: string[] }> {
  const pre = opts.fieldPrefix ?? (() => '');
  // The measure is read (and locked) in the write's own transaction; the labels are checked against its frequency there.
  const toRows = (m: MeasureInfo): MeasurementInputRow[] => {
    const fields: Record<string, string[]> = {};
    const rows = items.map((it, i) => {
      const p = parsePeriodOf(it.period, m.frequency);
      if (!p.ok) (fields[`${pre(i)}period`] ??= []).push(p.error);
      return { measureId, period: p.ok ? p.start : '', value: it.value, note: it.note ?? '' };
    });
    if (Object.keys(fields).length > 0) throw invalid(Object.values(fields)[0][0], fields);
    const seen = new Map<string, number>();
    rows.forEach((r, i) => {
      const prev = seen.get(r.period);
      if (prev !== undefined) {
        throw invalid(`${items[i].period} is given twice (items ${prev + 1} and ${i + 1}).`, { [`${pre(i)}period`]: ['This period is given twice.'] });
      }
      seen.set(r.period, i);
    });
    return rows;
  };
  const { measure, rows, ...counts } = await recordForOneMeasure(workspaceId, actor, measureId, MISSING_MEASURE, toRows, source);
  return { ...counts, periods: rows.map((r) => formatPeriod(r.period, measure.frequency)) };
}

export type ImportProgress = { phase: 'validating' } | { phase: 'writing'; written: number; rows: number };

/** Validates a whole CSV against the scorecard's measures, then writes all of it or nothing; reports its phases. */
export async function importMeasurementsCsv(workspaceId: string, actor: Actor, scorecardId: string, text: string, onProgress?: (p: ImportProgress) => void) {
  const sc = await getScorecardMeasureKeys(workspaceId, scorecardId);
  if (!sc) throw notFound('This scorecard is not in the workspace.');
  onProgress?.({ phase: 'validating' });
  const parsed = parseMeasurementsCsv(text, sc.measures);
  if (!parsed.ok) {
    return { ok: false, message: failureMessage(parsed.errors), rows: parsed.errors } satisfies RowsFailure;
  }
  const rows = parsed.rows.length;
  onProgress?.({ phase: 'writing', written: 0, rows });
  const counts = await recordMeasurements(workspaceId, actor, scorecardId, parsed.rows, 'import', {
    onProgress: (written) => onProgress?.({ phase: 'writing', written, rows }),
  });
  return { ok: true as const, ...counts, rows };
}

/** Computes a survey score from raw answers and records it for the period, with its counts. */
export async function recordSurveyAnswers(workspaceId: string, actor: Actor, measureId: string, input: { period: string; kind?: SurveyKind; text: string; note?: string }) {
  const m = await measureOf(workspaceId, measureId);
  const kind = input.kind ?? m.surveyKind;
  if (!kind) throw invalid('Say which survey the answers are from: NPS, CSAT or CES.', { kind: ['Choose NPS, CSAT or CES.'] });
  const p = parsePeriodOf(input.period, m.frequency);
  if (!p.ok) throw invalid(p.error, { period: [p.error] });
  const parsed = parseSurveyCsv(input.text, kind);
  if (!parsed.ok) {
    const n = parsed.errors.length;
    const whole = parsed.errors.find((e) => e.row === null);
    return { ok: false, message: whole ? whole.reason : `${n} ${n === 1 ? 'answer is' : 'answers are'} not valid: nothing was recorded.`, rows: parsed.errors } satisfies RowsFailure;
  }
  const { value, ...rest } = parsed.result;
  if (value === null) throw invalid('There are no answers: no value to record.', { answers: ['Give at least one answer.'] });
  const survey = rest as SurveyCounts;
  const counts = await recordMeasurements(workspaceId, actor, null, [{ measureId, period: p.start, value, note: input.note ?? '', survey }], 'survey');
  return { ok: true as const, ...counts, period: formatPeriod(p.start, m.frequency), value, display: formatSurveyValue(kind, value)!, survey };
}

export const isRowsFailure = (r: { ok: boolean }): r is RowsFailure => !r.ok;
