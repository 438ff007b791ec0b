import { z } from 'zod';
import { defineRoute, page, slugParam, uuidParam } from '../spec';
import { BENCHMARK_KINDS, benchmarkFields } from '@/lib/validations/benchmarks';
import { IMPORT_MAX_BYTES } from '@/lib/csv/csv-table';
import { BENCHMARK_IMPORT_MAX_ROWS } from '@/lib/csv/benchmarks-import';
import { rowsInvalid } from './measurements';

export const benchmarkOut = z.object({
  id: z.uuid(),
  measureId: z.uuid(),
  kind: z.enum(BENCHMARK_KINDS),
  competitorName: z.string().describe('Competitor benchmarks only; empty otherwise.'),
  value: z.number(),
  asOf: z.iso.date(),
  periodLabel: z.string(),
  source: z.string(),
  sourceUrl: z.string(),
  note: z.string(),
  version: z.number().int().describe('Send it back with PATCH; a stale version answers 409.'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const params = z.object({ slug: slugParam, id: uuidParam });
const version = z.number().int().min(1).describe('The version read; a stale one answers 409.');

export const listBenchmarksRoute = defineRoute({
  id: 'listBenchmarks',
  method: 'GET',
  path: '/workspaces/{slug}/measures/{id}/benchmarks',
  tag: 'Benchmarks',
  summary: 'List all of a measure’s benchmarks, newest as-of date first (one page: nextCursor is always null)',
  permission: 'content.read',
  params,
  response: page(benchmarkOut),
});

export const createBenchmarkRoute = defineRoute({
  id: 'createBenchmark',
  method: 'POST',
  path: '/workspaces/{slug}/measures/{id}/benchmarks',
  tag: 'Benchmarks',
  summary: 'Add a benchmark (industry average, top quartile, competitor with its name, internal best practice) to a measure',
  permission: 'content.write',
  params,
  body: benchmarkFields,
  response: benchmarkOut,
});

export const getBenchmarkRoute = defineRoute({
  id: 'getBenchmark',
  method: 'GET',
  path: '/workspaces/{slug}/benchmarks/{id}',
  tag: 'Benchmarks',
  summary: 'Get a benchmark',
  permission: 'content.read',
  params,
  response: benchmarkOut,
});

export const updateBenchmarkRoute = defineRoute({
  id: 'updateBenchmark',
  method: 'PATCH',
  path: '/workspaces/{slug}/benchmarks/{id}',
  tag: 'Benchmarks',
  summary: 'Replace a benchmark’s fields (send them all) from the version read',
  permission: 'content.write',
  params,
  body: z.object({ version }).and(benchmarkFields),
  response: benchmarkOut,
});

export const deleteBenchmarkRoute = defineRoute({
  id: 'deleteBenchmark',
  method: 'DELETE',
  path: '/workspaces/{slug}/benchmarks/{id}',
  tag: 'Benchmarks',
  summary: 'Delete a benchmark; a measure using it as its reference then has none',
  permission: 'content.write',
  params,
});

export const setReferenceBenchmarkRoute = defineRoute({
  id: 'setReferenceBenchmark',
  method: 'POST',
  path: '/workspaces/{slug}/measures/{id}/reference-benchmark',
  tag: 'Benchmarks',
  summary: 'Make one of the measure’s own benchmarks its reference (null clears it), from the measure version read',
  permission: 'content.write',
  params,
  body: z.strictObject({ benchmarkId: z.uuid().nullable(), version }),
  response: z.object({ id: z.uuid(), version: z.number().int(), referenceBenchmarkId: z.uuid().nullable() }),
});

export const importBenchmarksRoute = defineRoute({
  id: 'importBenchmarks',
  method: 'POST',
  path: '/workspaces/{slug}/scorecards/{id}/benchmark-imports',
  tag: 'Benchmarks',
  summary:
    'Import a benchmarks CSV into a scorecard’s measures. Columns by header name: measure (name or id), kind (industry average, top quartile, best in class, competitor, internal best practice), value, as_of (YYYY-MM-DD) and/or period (the measure’s period, e.g. 2026-Q1; as of its last day when as_of is empty), competitor (competitors only), source, source_url, note, reference (yes → the measure’s reference). Every row is validated first, then all are written in one transaction, or none with every bad row reported. A row with the kind, competitor, as-of date and period of an existing benchmark of its measure updates it when a field differs. With `Accept: application/x-ndjson` the answer streams progress lines ({ phase }) and ends with { result } or { error }',
  permission: 'content.write',
  params,
  upload: { maxBytes: IMPORT_MAX_BYTES, mediaTypes: ['text/csv'], description: `The CSV file, UTF-8 with or without BOM, comma or semicolon, up to ${BENCHMARK_IMPORT_MAX_ROWS.toLocaleString('en-US')} rows.` },
  response: z.object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    references: z.number().int().describe('Measures whose reference benchmark the file changed.'),
    rows: z.number().int(),
  }),
  invalidResponse: rowsInvalid,
});

export const benchmarkSpecs = [listBenchmarksRoute, createBenchmarkRoute, getBenchmarkRoute, updateBenchmarkRoute, deleteBenchmarkRoute, setReferenceBenchmarkRoute, importBenchmarksRoute];
