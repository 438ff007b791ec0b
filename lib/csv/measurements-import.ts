// Reads a measurements CSV (columns measure, period, value, note by header name) against a scorecard's
// measures and validates every row before anything is written. Row numbers are what a spreadsheet shows:
// the header is row 1, the first data row row 2. Pure: no database, no I/O.
import Papa from 'papaparse';
import { formatPeriod, parsePeriod, parsePeriodOf, type Frequency } from '@/lib/periods';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 50_000;
export const NOTE_MAX = 1000;
export const IMPORT_COLUMNS = ['measure', 'period', 'value', 'note'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export type ImportMeasure = { id: string; name: string; frequency: Frequency };
/** row and column are null for a problem with the whole file. */
export type ImportError = { row: number | null; column: ImportColumn | null; value: string; reason: string };
export type ImportRow = { row: number; measureId: string; period: string; value: number; note: string };
export type ImportResult = { ok: true; rows: ImportRow[] } | { ok: false; errors: ImportError[] };

const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_DECIMAL_RE = /^[+-]?\d{1,3}(?:[.\s]\d{3})*,\d+$|^[+-]?\d+,\d+$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const fileError = (reason: string): ImportResult => ({ ok: false, errors: [{ row: null, column: null, value: '', reason }] });

// Comma or semicolon: whichever occurs more often outside quotes in the header line.
function guessDelimiter(input: string): ',' | ';' {
  const line = input.split(/\r?\n|\r/).find((l) => l.trim() !== '') ?? '';
  const outside = line.replace(/"[^"]*"/g, '');
  return outside.split(';').length > outside.split(',').length ? ';' : ',';
}

/** A value cell → a finite number, or why not. Only `.` is a decimal separator. */
export function readValue(raw: string): { ok: true; value: number } | { ok: false; reason: string } {
  if (raw === '') return { ok: false, reason: 'The value is empty.' };
  if (COMMA_DECIMAL_RE.test(raw)) return { ok: false, reason: `Use a point for decimals (e.g. ${raw.replace(/[.\s](?=\d{3})/g, '').replace(',', '.')}).` };
  if (!NUMBER_RE.test(raw)) return { ok: false, reason: `“${raw}” is not a number.` };
  const value = Number(raw);
  if (!Number.isFinite(value)) return { ok: false, reason: `${raw} is too large.` };
  return { ok: true, value };
}

function matcher(measures: ImportMeasure[]) {
  const byId = new Map(measures.map((m) => [m.id.toLowerCase(), m]));
  const byName = new Map(measures.map((m) => [m.name.trim().toLowerCase(), m]));
  return (cell: string): { ok: true; measure: ImportMeasure } | { ok: false; reason: string } => {
    if (cell === '') return { ok: false, reason: 'The measure is empty: give its name or id.' };
    const key = cell.toLowerCase();
    const asId = UUID_RE.test(cell) ? byId.get(key) : undefined;
    const asName = byName.get(key);
    if (asId && asName && asId.id !== asName.id) {
      return { ok: false, reason: `“${cell}” is the id of “${asId.name}” and the name of another measure: use the other one’s id.` };
    }
    const m = asId ?? asName;
    if (!m) return { ok: false, reason: `No measure named “${cell}” in this scorecard.` };
    return { ok: true, measure: m };
  };
}

function headerIndexes(header: string[]): { ok: true; at: Record<ImportColumn, number> } | { ok: false; reason: string } {
  const names = header.map((h) => h.trim().toLowerCase());
  const at = {} as Record<ImportColumn, number>;
  for (const col of IMPORT_COLUMNS) {
    const first = names.indexOf(col);
    if (first >= 0 && names.indexOf(col, first + 1) >= 0) return { ok: false, reason: `The header names the column “${col}” twice.` };
    at[col] = first;
  }
  const missing = IMPORT_COLUMNS.filter((c) => c !== 'note' && at[c] < 0);
  if (missing.length > 0) {
    const list = missing.map((c) => `“${c}”`).join(', ');
    return { ok: false, reason: `The header row has no ${list} column${missing.length > 1 ? 's' : ''}. The first row must name the columns: measure, period, value and optionally note.` };
  }
  return { ok: true, at };
}

/** Parses and validates a whole file; ok only when every row is valid (otherwise nothing is to be written). */
export function parseMeasurementsCsv(text: string, measures: ImportMeasure[]): ImportResult {
  if (new TextEncoder().encode(text).byteLength > IMPORT_MAX_BYTES) return fileError('The file is larger than 5 MB: split it into smaller files.');
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(input, { delimiter: guessDelimiter(input), skipEmptyLines: false });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) return fileError(`Row ${(broken.row ?? 0) + 1}: a quoted value is not closed.`);
  const records = parsed.data.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) }));
  const filled = records.filter((r) => r.cells.some((c) => c !== ''));
  if (filled.length === 0) return fileError('The file is empty. The first row must name the columns: measure, period, value and optionally note.');
  const head = headerIndexes(filled[0].cells);
  if (!head.ok) return fileError(head.reason);
  const data = filled.slice(1);
  if (data.length === 0) return fileError('The file has a header but no rows of data.');
  if (data.length > IMPORT_MAX_ROWS) return fileError(`The file has ${data.length.toLocaleString('en-US')} rows; import at most ${IMPORT_MAX_ROWS.toLocaleString('en-US')} at a time.`);

  const match = matcher(measures);
  const errors: ImportError[] = [];
  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of data) {
    const cell = (c: ImportColumn) => (head.at[c] >= 0 ? (cells[head.at[c]] ?? '') : '');
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
