// Reads a CSV of raw survey answers: one column (or a named column of a wider export), header optional,
// UTF-8 with or without BOM, comma or semicolon, blank lines ignored. Row numbers are the file's line
// numbers (what a spreadsheet shows), so a report can point at the row to fix.
import Papa from 'papaparse';
import { computeSurvey, readAnswer, type SurveyKind, type SurveyResult } from '@/lib/kpi/surveys';

/** row is null for a problem with the whole file. */
export type SurveyCsvError = { row: number | null; column: string | null; value: string; reason: string };
export type SurveyCsvResult =
  | { ok: true; answers: number[]; header: string | null; result: SurveyResult }
  | { ok: false; errors: SurveyCsvError[] };

const NUMERIC_RE = /^[+-]?(?=.*\d)[\d.,eE]+$/;

// Papa's own guess fails on files with blank lines (kept here for line numbers) and on one column, so: the
// delimiter, comma or semicolon, that occurs more often outside quotes in the first non-blank line.
function guessDelimiter(input: string): ',' | ';' {
  const line = input.split(/\r?\n|\r/).find((l) => l.trim() !== '') ?? '';
  const outside = line.replace(/"[^"]*"/g, '');
  const count = (d: string) => outside.split(d).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Parses and validates every row; ok only when no row has an error (then nothing is to be stored). */
export function parseSurveyCsv(text: string, kind: SurveyKind, options: { column?: string } = {}): SurveyCsvResult {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(input, { delimiter: guessDelimiter(input), skipEmptyLines: false });
  const fileError = (reason: string): SurveyCsvResult => ({
    ok: false,
    errors: [{ row: null, column: options.column ?? null, value: '', reason }],
  });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) return fileError(`Row ${(broken.row ?? 0) + 1}: a quoted value is not closed.`);

  const rows = parsed.data.map((cells, index) => ({ line: index + 1, cells: cells.map((c) => c.trim()) }));
  const filled = rows.filter((r) => r.cells.some((c) => c !== ''));
  if (filled.length === 0) return { ok: true, answers: [], header: null, result: computeSurvey(kind, []) };

  // The first filled row is a header when its answer cell is text rather than a number.
  const first = filled[0];
  // Trailing empty cells ("7;") do not make a second column.
  const width = Math.max(...filled.map((r) => r.cells.findLastIndex((c) => c !== '') + 1));
  let columnIndex = 0;
  let hasHeader: boolean;
  if (options.column !== undefined) {
    const wanted = options.column.trim().toLowerCase();
    columnIndex = first.cells.findIndex((c) => c.toLowerCase() === wanted);
    if (columnIndex < 0) return fileError(`No column named "${options.column}" in the header row.`);
    hasHeader = true;
  } else {
    if (width > 1) {
      return fileError(`The file has ${width} columns: name the column that holds the answers.`);
    }
    hasHeader = !NUMERIC_RE.test(first.cells[0]);
  }
  const header = hasHeader ? first.cells[columnIndex] : null;
  const column = header ?? 'answer';

  const answers: number[] = [];
  const errors: SurveyCsvError[] = [];
  for (const row of hasHeader ? filled.slice(1) : filled) {
    const value = row.cells[columnIndex] ?? '';
    if (value === '') continue; // a respondent who skipped the question in a wider export
    const read = readAnswer(kind, value);
    if (read.ok) answers.push(read.answer);
    else errors.push({ row: row.line, column, value, reason: read.reason });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, answers, header, result: computeSurvey(kind, answers) };
}
