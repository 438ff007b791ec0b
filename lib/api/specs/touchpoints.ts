import { z } from 'zod';
import { defineRoute, page, pageQuery, slugParam, uuidParam } from '../spec';
import { channelSchema, modeSchema, polaritySchema, touchpointPatchBody, touchpointPostBody } from '@/lib/validations/touchpoints';

const item = z.object({ id: z.uuid(), text: z.string() });

export const touchpointOut = z.object({
  id: z.uuid(),
  stageId: z.uuid(),
  position: z.number().int().describe('0-based order within the stage.'),
  name: z.string(),
  channel: channelSchema,
  mode: modeSchema,
  ownerId: z.uuid().nullable().describe('A member of the workspace, or null (also when the owner left).'),
  ownerName: z.string().nullable(),
  customerActions: z.string(),
  emotion: z.number().int().min(-2).max(2).nullable().describe('−2 very negative … +2 very positive; null = not recorded.'),
  expectations: z.string(),
  perceptions: z.string(),
  isMomentOfTruth: z.boolean(),
  momentPolarity: polaritySchema.nullable(),
  proactiveStrategy: z.string(),
  reactiveStrategy: z.string(),
  painPoints: z.array(item),
  opportunities: z.array(item),
  version: z.number().int().describe('Send it back with PATCH; a stale version answers 409.'),
});

const params = z.object({ slug: slugParam });
const tpParams = z.object({ slug: slugParam, id: uuidParam });

export const listTouchpointsRoute = defineRoute({
  id: 'listTouchpoints',
  method: 'GET',
  path: '/workspaces/{slug}/touchpoints',
  tag: 'Touchpoints',
  summary: 'List the touchpoints of a journey (?journeyId) or a stage (?stageId), in map order',
  permission: 'content.read',
  params,
  query: pageQuery
    .extend({ journeyId: z.uuid('Not a valid journey id.').optional(), stageId: z.uuid('Not a valid stage id.').optional() })
    .refine((q) => q.journeyId || q.stageId, { message: 'Send journeyId or stageId.', path: ['journeyId'] }),
  response: page(touchpointOut),
});

export const createTouchpointRoute = defineRoute({
  id: 'createTouchpoint',
  method: 'POST',
  path: '/workspaces/{slug}/touchpoints',
  tag: 'Touchpoints',
  summary: 'Add a touchpoint to a stage (items without ids are created)',
  permission: 'content.write',
  params,
  body: touchpointPostBody,
  response: touchpointOut,
  status: 201,
});

export const getTouchpointRoute = defineRoute({
  id: 'getTouchpoint',
  method: 'GET',
  path: '/workspaces/{slug}/touchpoints/{id}',
  tag: 'Touchpoints',
  summary: 'Get a touchpoint with its pain points and opportunities',
  permission: 'content.read',
  params: tpParams,
  response: touchpointOut,
});

export const updateTouchpointRoute = defineRoute({
  id: 'updateTouchpoint',
  method: 'PATCH',
  path: '/workspaces/{slug}/touchpoints/{id}',
  tag: 'Touchpoints',
  summary: 'Update fields (item lists replace the current ones: send ids to keep items) and/or move it with stageId + position',
  permission: 'content.write',
  params: tpParams,
  body: touchpointPatchBody,
  response: touchpointOut,
});

export const deleteTouchpointRoute = defineRoute({
  id: 'deleteTouchpoint',
  method: 'DELETE',
  path: '/workspaces/{slug}/touchpoints/{id}',
  tag: 'Touchpoints',
  summary: 'Delete a touchpoint with its items',
  permission: 'content.write',
  params: tpParams,
});

export const touchpointSpecs = [listTouchpointsRoute, createTouchpointRoute, getTouchpointRoute, updateTouchpointRoute, deleteTouchpointRoute];
