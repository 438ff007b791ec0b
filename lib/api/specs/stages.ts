import { z } from 'zod';
import { defineRoute, page, pageQuery, slugParam, uuidParam } from '../spec';
import { stagePatchBody, stagePostBody } from '@/lib/validations/stages';

export const stageOut = z.object({
  id: z.uuid(),
  journeyId: z.uuid(),
  name: z.string(),
  description: z.string(),
  position: z.number().int().describe('0-based order within the journey.'),
  version: z.number().int().describe('Send it back with PATCH; a stale version answers 409.'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const params = z.object({ slug: slugParam });
const stageParams = z.object({ slug: slugParam, id: uuidParam });

export const listStagesRoute = defineRoute({
  id: 'listStages',
  method: 'GET',
  path: '/workspaces/{slug}/stages',
  tag: 'Stages',
  summary: 'List a journey’s stages in order',
  permission: 'content.read',
  params,
  query: pageQuery.extend({ journeyId: z.uuid('Not a valid journey id.') }),
  response: page(stageOut),
});

export const createStageRoute = defineRoute({
  id: 'createStage',
  method: 'POST',
  path: '/workspaces/{slug}/stages',
  tag: 'Stages',
  summary: 'Add a stage to a journey (at the end, or at position: later stages shift right)',
  permission: 'content.write',
  params,
  body: stagePostBody,
  response: stageOut,
  status: 201,
});

export const getStageRoute = defineRoute({
  id: 'getStage',
  method: 'GET',
  path: '/workspaces/{slug}/stages/{id}',
  tag: 'Stages',
  summary: 'Get a stage',
  permission: 'content.read',
  params: stageParams,
  response: stageOut,
});

export const updateStageRoute = defineRoute({
  id: 'updateStage',
  method: 'PATCH',
  path: '/workspaces/{slug}/stages/{id}',
  tag: 'Stages',
  summary: 'Rename or describe a stage (send the version you read; stale → 409 with the current stage)',
  permission: 'content.write',
  params: stageParams,
  body: stagePatchBody,
  response: stageOut,
});

export const deleteStageRoute = defineRoute({
  id: 'deleteStage',
  method: 'DELETE',
  path: '/workspaces/{slug}/stages/{id}',
  tag: 'Stages',
  summary: 'Delete a stage with its touchpoints',
  permission: 'content.write',
  params: stageParams,
});

export const stageSpecs = [listStagesRoute, createStageRoute, getStageRoute, updateStageRoute, deleteStageRoute];
