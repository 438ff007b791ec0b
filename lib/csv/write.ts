// RFC 4180 CSV for downloads: CRLF line ends, fields quoted where needed, and text cells a spreadsheet would run
// as a formula (= + - @, or a leading tab/CR) prefixed with an apostrophe. Numbers are written as numbers, so
// -5 stays -5. Pure.
import Papa from 'papaparse';

// Papaparse's own pattern ends in `.*$` without the s flag, which misses multi-line cells.
const FORMULA = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null | undefined;

/** The header and rows as one CSV document (no BOM; add '\uFEFF' for spreadsheets at the edge). */
export function toCsv(fields: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const data = rows.map((r) => r.map((c) => (typeof c === 'number' && !Number.isFinite(c) ? '' : c ?? '')));
  return Papa.unparse({ fields: [...fields], data }, { escapeFormulae: FORMULA, newline: '\r\n' }) + '\r\n';
}
