// What every CSV import shares: size and row limits, BOM, comma or semicolon, columns found by header name,
// rows numbered as a spreadsheet shows them (the header is row 1), numbers with a point, measures by name or
// id within a scorecard. Pure: no database, no I/O.
import Papa from 'papaparse';
import type { Frequency } from '@/lib/periods';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 50_000;

/** row and column are null for a problem with the whole file. */
export type CsvError<C extends string = string> = { row: number | null; column: C | null; value: string; reason: string };
export type CsvFailure<C extends string = string> = { ok: false; errors: CsvError<C>[] };
export type CsvTable<C extends string> = { ok: true; at: Record<C, number>; rows: { row: number; cells: string[] }[] };
export type CsvLayout<C extends string> = {
  columns: readonly C[];
  required: readonly C[];
  /** How the first row must look, e.g. "measure, period, value and optionally note". */
  describe: string;
  maxRows?: number;
};

const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_DECIMAL_RE = /^[+-]?\d{1,3}(?:[.\s]\d{3})*,\d+$|^[+-]?\d+,\d+$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const fileError = <C extends string>(reason: string): CsvFailure<C> => ({ ok: false, errors: [{ row: null, column: null, value: '', reason }] });

// Comma or semicolon: whichever occurs more often outside quotes in the header line.
function guessDelimiter(input: string): ',' | ';' {
  const line = input.split(/\r?\n|\r/).find((l) => l.trim() !== '') ?? '';
  const outside = line.replace(/"[^"]*"/g, '');
  return outside.split(';').length > outside.split(',').length ? ';' : ',';
}

// "As of", "as-of" and "AS_OF" all name the column as_of.
const columnName = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

function headerIndexes<C extends string>(header: string[], layout: CsvLayout<C>): { ok: true; at: Record<C, number> } | { ok: false; reason: string } {
  const names = header.map(columnName);
  const at = {} as Record<C, number>;
  for (const col of layout.columns) {
    const first = names.indexOf(col);
    if (first >= 0 && names.indexOf(col, first + 1) >= 0) return { ok: false, reason: `The header names the column “${col}” twice.` };
    at[col] = first;
  }
  const missing = layout.required.filter((c) => at[c] < 0);
  if (missing.length > 0) {
    const list = missing.map((c) => `“${c}”`).join(', ');
    return { ok: false, reason: `The header row has no ${list} column${missing.length > 1 ? 's' : ''}. The first row must name the columns: ${layout.describe}.` };
  }
  return { ok: true, at };
}

/** Splits a file into its header's column positions and its non-blank data rows, or says what is wrong with the whole file. */
export function readCsvTable<C extends string>(text: string, layout: CsvLayout<C>): CsvTable<C> | CsvFailure<C> {
  const maxRows = layout.maxRows ?? IMPORT_MAX_ROWS;
  if (new TextEncoder().encode(text).byteLength > IMPORT_MAX_BYTES) return fileError('The file is larger than 5 MB: split it into smaller files.');
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(input, { delimiter: guessDelimiter(input), skipEmptyLines: false });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) return fileError(`Row ${(broken.row ?? 0) + 1}: a quoted value is not closed.`);
  const records = parsed.data.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) }));
  const filled = records.filter((r) => r.cells.some((c) => c !== ''));
  if (filled.length === 0) return fileError(`The file is empty. The first row must name the columns: ${layout.describe}.`);
  const head = headerIndexes(filled[0].cells, layout);
  if (!head.ok) return fileError(head.reason);
  const rows = filled.slice(1);
  if (rows.length === 0) return fileError('The file has a header but no rows of data.');
  if (rows.length > maxRows) return fileError(`The file has ${rows.length.toLocaleString('en-US')} rows; import at most ${maxRows.toLocaleString('en-US')} at a time.`);
  return { ok: true, at: head.at, rows };
}

/** A row's cell getter: '' for a column the header does not have. */
export const cellsOf =
  <C extends string>(at: Record<C, number>, cells: string[]) =>
  (c: C) =>
    at[c] >= 0 ? (cells[at[c]] ?? '') : '';

/** A value cell → a finite number, or why not. Only `.` is a decimal separator. */
export function readValue(raw: string): { ok: true; value: number } | { ok: false; reason: string } {
  if (raw === '') return { ok: false, reason: 'The value is empty.' };
  if (COMMA_DECIMAL_RE.test(raw)) return { ok: false, reason: `Use a point for decimals (e.g. ${raw.replace(/[.\s](?=\d{3})/g, '').replace(',', '.')}).` };
  if (!NUMBER_RE.test(raw)) return { ok: false, reason: `“${raw}” is not a number.` };
  const value = Number(raw);
  if (!Number.isFinite(value)) return { ok: false, reason: `${raw} is too large.` };
  return { ok: true, value };
}

export type ImportMeasure = { id: string; name: string; frequency: Frequency };

/** Finds a measure of the scorecard by id or by name (case-insensitive); an id that is another measure's name is refused. */
export function measureMatcher<M extends ImportMeasure>(measures: M[]) {
  const byId = new Map(measures.map((m) => [m.id.toLowerCase(), m]));
  const byName = new Map(measures.map((m) => [m.name.trim().toLowerCase(), m]));
  return (cell: string): { ok: true; measure: M } | { ok: false; reason: string } => {
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

/** The headline of a refused file: the whole-file problem, or how many rows have problems. */
export function failureMessage(errors: CsvError[]): string {
  const whole = errors.find((e) => e.row === null);
  if (whole) return whole.reason;
  const n = errors.length;
  return `${n} ${n === 1 ? 'row has a problem' : 'rows have problems'}: nothing was imported. Fix ${n === 1 ? 'it' : 'them'} and import the file again.`;
}
