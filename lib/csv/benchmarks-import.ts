// Reads a benchmarks CSV against a scorecard's measures and validates every row before anything is written
// (the field rules are the benchmark form's: lib/validations/benchmarks.ts). Pure: no database, no I/O.
import Papa from 'papaparse';
import type { Benchmark } from '@/db/schema/benchmarks';
import { formatPeriod, nextPeriod, parsePeriod, parsePeriodOf, type Frequency } from '@/lib/periods';
import { BENCHMARK_KINDS, benchmarkFields, benchmarkKindLabels, type BenchmarkFields } from '@/lib/validations/benchmarks';
import { cellsOf, fileError, measureMatcher, readCsvTable, readValue, type CsvError, type ImportMeasure } from './csv-table';

export const BENCHMARK_IMPORT_MAX_ROWS = 5_000;
export const BENCHMARK_COLUMNS = ['measure', 'kind', 'value', 'as_of', 'period', 'competitor', 'source', 'source_url', 'note', 'reference'] as const;
export type BenchmarkColumn = (typeof BENCHMARK_COLUMNS)[number];
export type BenchmarkImportError = CsvError<BenchmarkColumn>;
export type BenchmarkImportRow = BenchmarkFields & { row: number; measureId: string; reference: boolean };
export type BenchmarkImportResult = { ok: true; rows: BenchmarkImportRow[] } | { ok: false; errors: BenchmarkImportError[] };

const DESCRIBE = 'measure, kind, value, as_of and/or period, and optionally competitor, source, source_url, note, reference';
const LAYOUT = { columns: BENCHMARK_COLUMNS, required: ['measure', 'kind', 'value'], describe: DESCRIBE, maxRows: BENCHMARK_IMPORT_MAX_ROWS } as const;
const FIELD_COLUMN: Record<string, BenchmarkColumn> = {
  kind: 'kind', competitorName: 'competitor', value: 'value', asOf: 'as_of', periodLabel: 'period', source: 'source', sourceUrl: 'source_url', note: 'note',
};

const words = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
// The enum values and the labels, e.g. "top_quartile", "Top quartile", "best in class", "Top quartile / best in class".
const KIND_NAMES = new Map<string, BenchmarkFields['kind']>(
  BENCHMARK_KINDS.flatMap((k) => [[words(k), k], [words(benchmarkKindLabels[k]), k], ...benchmarkKindLabels[k].split('/').map((part) => [words(part), k] as const)]),
);
const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['', 'no', 'n', 'false', '0']);

/** The last day of a period (a benchmark given only by period is as of its end). */
function periodEnd(start: string, frequency: Frequency): string {
  const next = new Date(`${nextPeriod(start, frequency)}T00:00:00Z`);
  return new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10);
}

/** The identity of a benchmark within its measure: kind, competitor (any case), as-of date and period (any spelling of it). */
export function benchmarkKey(b: Pick<Benchmark, 'measureId' | 'kind' | 'competitorName' | 'asOf' | 'periodLabel'>, frequency: Frequency): string {
  const p = parsePeriodOf(b.periodLabel.trim(), frequency);
  const period = p.ok ? formatPeriod(p.start, frequency) : b.periodLabel.trim().toLowerCase();
  return [b.measureId, b.kind, b.competitorName.trim().toLowerCase(), b.asOf, period].join('|');
}

/** Parses and validates a whole file; ok only when every row is valid (otherwise nothing is to be written). */
export function parseBenchmarksCsv(text: string, measures: ImportMeasure[]): BenchmarkImportResult {
  const table = readCsvTable(text, LAYOUT);
  if (!table.ok) return table;
  if (table.at.as_of < 0 && table.at.period < 0) return fileError(`The header row has no “as_of” or “period” column. The first row must name the columns: ${DESCRIBE}.`);
  const match = measureMatcher(measures);
  const errors: BenchmarkImportError[] = [];
  const rows: BenchmarkImportRow[] = [];
  const seen = new Map<string, number>();
  const references = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const cell = cellsOf(table.at, cells);
    const fail = (column: BenchmarkColumn, reason: string) => errors.push({ row, column, value: cell(column), reason });
    const before = errors.length;
    const m = match(cell('measure'));
    if (!m.ok) fail('measure', m.reason);
    const kind = KIND_NAMES.get(words(cell('kind')));
    if (!kind) fail('kind', cell('kind') ? `“${cell('kind')}” is not a kind: use industry average, top quartile, best in class, competitor or internal best practice.` : 'The kind is empty.');
    const v = readValue(cell('value'));
    if (!v.ok) fail('value', v.reason);
    const label = cell('period');
    const p = label === '' ? null : m.ok ? parsePeriodOf(label, m.measure.frequency) : parsePeriod(label);
    if (p && !p.ok) fail('period', p.error);
    const periodLabel = p?.ok ? formatPeriod(p.start, p.frequency) : '';
    const asOf = cell('as_of') || (p?.ok ? periodEnd(p.start, p.frequency) : '');
    if (!asOf && !p) fail('as_of', 'Give the as-of date (YYYY-MM-DD) or the period.');
    if (kind === 'competitor' && !cell('competitor')) fail('competitor', 'Name the competitor.');
    if (kind && kind !== 'competitor' && cell('competitor')) fail('competitor', 'Only a competitor benchmark names a competitor: leave it empty or use the kind competitor.');
    const ref = words(cell('reference'));
    if (!YES.has(ref) && !NO.has(ref)) fail('reference', 'Write yes to make it the measure’s reference, or leave it empty.');
    const fields = benchmarkFields.safeParse({
      kind: kind ?? 'industry_average', competitorName: cell('competitor'), value: v.ok ? v.value : 0, asOf: asOf || '2000-01-01', periodLabel,
      source: cell('source'), sourceUrl: cell('source_url'), note: cell('note'),
    });
    if (!fields.success) {
      for (const issue of fields.error.issues) {
        const column = FIELD_COLUMN[String(issue.path[0])];
        if (column && !errors.slice(before).some((e) => e.column === column)) fail(column, issue.message);
      }
    }
    if (errors.length > before || !m.ok || !fields.success) continue;
    const b = { ...fields.data, measureId: m.measure.id };
    const key = benchmarkKey(b, m.measure.frequency);
    const other = seen.get(key);
    if (other !== undefined) {
      fail('as_of', `Row ${other} already gives this benchmark of “${m.measure.name}” (same kind, competitor, as-of date and period): keep one.`);
      continue;
    }
    seen.set(key, row);
    const reference = YES.has(ref);
    if (reference) {
      const first = references.get(m.measure.id);
      if (first !== undefined) {
        fail('reference', `Row ${first} already makes a reference for “${m.measure.name}”: a measure has one reference.`);
        continue;
      }
      references.set(m.measure.id, row);
    }
    rows.push({ ...b, row, reference });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

/** A template file: the header and one example row per measure. */
export function benchmarksTemplate(measureNames: string[], today: string): string {
  const lines = measureNames.map((name) => Papa.unparse([[name, 'industry average', '0', today, '', '', '', '', '', '']]));
  return [BENCHMARK_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
