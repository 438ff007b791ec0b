import { z } from 'zod';
import { defineRoute, page, slugParam, uuidParam } from '../spec';
import { BENCHMARK_KINDS, benchmarkFields } from '@/lib/validations/benchmarks';

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

export const benchmarkSpecs = [listBenchmarksRoute, createBenchmarkRoute, getBenchmarkRoute, updateBenchmarkRoute, deleteBenchmarkRoute, setReferenceBenchmarkRoute];
