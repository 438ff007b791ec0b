// Reads a measurements CSV (columns measure, period, value, note by header name) against a scorecard's
// measures and validates every row before anything is written. Row numbers are what a spreadsheet shows:
// the header is row 1, the first data row row 2. Pure: no database, no I/O.
import Papa from 'papaparse';
import { formatPeriod, parsePeriod, parsePeriodOf } from '@/lib/periods';
import { cellsOf, measureMatcher, readCsvTable, readValue, type CsvError, type ImportMeasure } from './csv-table';

export { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, readValue, type ImportMeasure } from './csv-table';
export const NOTE_MAX = 1000;
export const IMPORT_COLUMNS = ['measure', 'period', 'value', 'note'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export type ImportError = CsvError<ImportColumn>;
export type ImportRow = { row: number; measureId: string; period: string; value: number; note: string };
export type ImportResult = { ok: true; rows: ImportRow[] } | { ok: false; errors: ImportError[] };

const LAYOUT = { columns: IMPORT_COLUMNS, required: ['measure', 'period', 'value'], describe: 'measure, period, value and optionally note' } as const;

/** Parses and validates a whole file; ok only when every row is valid (otherwise nothing is to be written). */
export function parseMeasurementsCsv(text: string, measures: ImportMeasure[]): ImportResult {
  const table = readCsvTable(text, LAYOUT);
  if (!table.ok) return table;
  const match = measureMatcher(measures);
  const errors: ImportError[] = [];
  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const cell = cellsOf(table.at, cells);
    const fail = (column: ImportColumn, reason: string) => errors.push({ row, column, value: cell(column), reason });
    const before = errors.length;
    const m = match(cell('measure'));
    if (!m.ok) fail('measure', m.reason);
    const label = cell('period');
    const p = m.ok ? parsePeriodOf(label, m.measure.frequency) : parsePeriod(label);
    if (!p.ok) fail('period', p.error);
    const v = readValue(cell('value'));
    if (!v.ok) fail('value', v.reason);
    const note = cell('note');
    if (note.length > NOTE_MAX) fail('note', `Keep the note to ${NOTE_MAX} characters.`);
    else if (note.includes('\u0000')) fail('note', 'The note contains a NUL character.');
    if (errors.length > before || !m.ok || !p.ok || !v.ok) continue;
    const key = `${m.measure.id}|${p.start}`;
    const other = seen.get(key);
    if (other !== undefined) {
      fail('period', `“${m.measure.name}” ${formatPeriod(p.start, m.measure.frequency)} is on rows ${other} and ${row}: keep one.`);
      continue;
    }
    seen.set(key, row);
    rows.push({ row, measureId: m.measure.id, period: p.start, value: v.value, note });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

/** A template file for the given measures: the header and one example row per measure (current period label). */
export function measurementsTemplate(examples: { name: string; period: string }[]): string {
  const lines = examples.map((e) => Papa.unparse([[e.name, e.period, '0', '']]));
  return ['measure,period,value,note', ...lines].join('\r\n') + '\r\n';
}
