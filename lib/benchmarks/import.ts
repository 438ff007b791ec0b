// The benchmark CSV import behind the API route: validate the whole file against the scorecard's measures,
// then write all of it or nothing, reporting its phases.
import 'server-only';
import type { Actor } from '@/db/queries/activity';
import { importBenchmarks } from '@/db/queries/benchmark-imports';
import { getScorecardMeasureKeys } from '@/db/queries/measurement-reads';
import { parseBenchmarksCsv } from '@/lib/csv/benchmarks-import';
import { failureMessage } from '@/lib/csv/csv-table';
import { notFound } from '@/lib/errors';
import type { ImportProgress, RowsFailure } from '@/lib/measurements/service';

/** Editors and tokens: a benchmarks CSV into a scorecard's measures: counts, or every bad row with nothing written. */
export async function importBenchmarksCsv(workspaceId: string, actor: Actor, scorecardId: string, text: string, onProgress?: (p: ImportProgress) => void) {
  const sc = await getScorecardMeasureKeys(workspaceId, scorecardId);
  if (!sc) throw notFound('This scorecard is not in the workspace.');
  onProgress?.({ phase: 'validating' });
  const parsed = parseBenchmarksCsv(text, sc.measures);
  if (!parsed.ok) return { ok: false, message: failureMessage(parsed.errors), rows: parsed.errors } satisfies RowsFailure;
  const rows = parsed.rows.length;
  onProgress?.({ phase: 'writing', written: 0, rows });
  const r = await importBenchmarks(workspaceId, actor, scorecardId, parsed.rows, { onProgress: (written) => onProgress?.({ phase: 'writing', written, rows }) });
  if (!r.ok) return { ok: false, message: failureMessage(r.errors), rows: r.errors } satisfies RowsFailure;
  return { ...r, rows };
}
