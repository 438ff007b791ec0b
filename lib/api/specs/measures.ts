import { z } from 'zod';
import { defineRoute, page, pageQuery, slugParam, uuidParam } from '../spec';
import { directionSchema, frequencySchema, indicatorSchema, measurePatchBody, measurePostBody, surveyKindSchema, unitSchema } from '@/lib/validations/measures';

const ref = z.object({ id: z.uuid(), name: z.string() });

export const measureOut = z.object({
  id: z.uuid(),
  scorecardId: z.uuid(),
  objectiveId: z.uuid(),
  name: z.string(),
  description: z.string(),
  unit: unitSchema,
  unitLabel: z.string(),
  direction: directionSchema,
  tolerance: z.number().nullable().describe('Range measures only: how far outside [lo, hi] progress falls to 0.'),
  frequency: frequencySchema,
  baseline: z.number().nullable().describe('Higher/lower measures; null for ranges.'),
  amberThreshold: z.number().describe('Fraction of 1: progress from it (below 1) is amber.'),
  weight: z.number(),
  decimals: z.number().int(),
  ownerId: z.uuid().nullable(),
  owner: ref.nullable().describe('Null when there is no owner or the owner left the workspace.'),
  dataSource: z.string(),
  indicator: indicatorSchema,
  stageId: z.uuid().nullable(),
  stage: ref.extend({ journeyId: z.uuid(), journeyName: z.string() }).nullable(),
  formula: z.string(),
  libraryKey: z.string().nullable(),
  surveyKind: surveyKindSchema.nullable(),
  referenceBenchmarkId: z.uuid().nullable().describe('The benchmark gaps are shown against (one of this measure’s).'),
  position: z.number().int(),
  objective: ref,
  scorecard: ref,
  targets: z
    .array(z.object({ from: z.string(), fromPeriod: z.iso.date(), target: z.number().nullable(), lo: z.number().nullable(), hi: z.number().nullable() }))
    .describe('Time-phased targets, oldest first: each applies from its period on.'),
  version: z.number().int().describe('Send it back with PATCH; a stale version answers 409.'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const scParams = z.object({ slug: slugParam, id: uuidParam });
const mParams = z.object({ slug: slugParam, id: uuidParam });

export const listMeasuresRoute = defineRoute({
  id: 'listMeasures',
  method: 'GET',
  path: '/workspaces/{slug}/scorecards/{id}/measures',
  tag: 'Measures',
  summary: 'List the measures of a scorecard with their targets, in objective and measure order',
  permission: 'content.read',
  params: scParams,
  query: pageQuery,
  response: page(measureOut),
});

export const createMeasureRoute = defineRoute({
  id: 'createMeasure',
  method: 'POST',
  path: '/workspaces/{slug}/scorecards/{id}/measures',
  tag: 'Measures',
  summary: 'Add a measure with its time-phased targets to an objective of the scorecard',
  permission: 'content.write',
  params: scParams,
  body: measurePostBody,
  response: measureOut,
  status: 201,
});

export const getMeasureRoute = defineRoute({
  id: 'getMeasure',
  method: 'GET',
  path: '/workspaces/{slug}/measures/{id}',
  tag: 'Measures',
  summary: 'Get a measure with its targets',
  permission: 'content.read',
  params: mParams,
  response: measureOut,
});

export const updateMeasureRoute = defineRoute({
  id: 'updateMeasure',
  method: 'PATCH',
  path: '/workspaces/{slug}/measures/{id}',
  tag: 'Measures',
  summary: 'Update fields from the version you read; targets, when sent, replace the current ones. The frequency cannot change while measurements exist.',
  permission: 'content.write',
  params: mParams,
  body: measurePatchBody,
  response: measureOut,
});

export const deleteMeasureRoute = defineRoute({
  id: 'deleteMeasure',
  method: 'DELETE',
  path: '/workspaces/{slug}/measures/{id}',
  tag: 'Measures',
  summary: 'Delete a measure with its targets, measurements and history',
  permission: 'content.write',
  params: mParams,
});

export const measureSpecs = [listMeasuresRoute, createMeasureRoute, getMeasureRoute, updateMeasureRoute, deleteMeasureRoute];
