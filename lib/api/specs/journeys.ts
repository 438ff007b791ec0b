import { z } from 'zod';
import { defineRoute, page, pageQuery, slugParam, uuidParam } from '../spec';
import { channelEnum, touchpointModeEnum, momentPolarityEnum } from '@/db/schema/enums';
import { journeyPatchBody, journeyPostBody, journeyStatusSchema } from '@/lib/validations/journeys';

const version = z.number().int().describe('Send it back with PATCH; a stale version answers 409.');

export const journeyOut = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  status: journeyStatusSchema,
  personaId: z.uuid().nullable(),
  version,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const journeyListItem = journeyOut.extend({
  personaName: z.string().nullable(),
  personaColor: z.string().nullable(),
  stageCount: z.number().int(),
  touchpointCount: z.number().int(),
});

const item = z.object({ id: z.uuid(), text: z.string() });

const touchpointOut = z.object({
  id: z.uuid(),
  stageId: z.uuid(),
  position: z.number().int(),
  name: z.string(),
  channel: z.enum(channelEnum.enumValues),
  mode: z.enum(touchpointModeEnum.enumValues),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable().describe('Null when there is no owner or the owner left the workspace.'),
  customerActions: z.string(),
  emotion: z.number().int().min(-2).max(2).nullable(),
  expectations: z.string(),
  perceptions: z.string(),
  isMomentOfTruth: z.boolean(),
  momentPolarity: z.enum(momentPolarityEnum.enumValues).nullable(),
  proactiveStrategy: z.string(),
  reactiveStrategy: z.string(),
  painPoints: z.array(item),
  opportunities: z.array(item),
  version,
});

export const journeyMapOut = z.object({
  journey: z.object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    status: journeyStatusSchema,
    version,
    updatedAt: z.iso.datetime(),
    persona: z.object({ id: z.uuid(), name: z.string(), segment: z.string(), color: z.string() }).nullable(),
  }),
  stages: z.array(
    z.object({ id: z.uuid(), name: z.string(), description: z.string(), position: z.number().int(), version, touchpoints: z.array(touchpointOut) }),
  ),
});

const params = z.object({ slug: slugParam });
const journeyParams = z.object({ slug: slugParam, id: uuidParam });

export const listJourneysRoute = defineRoute({
  id: 'listJourneys',
  method: 'GET',
  path: '/workspaces/{slug}/journeys',
  tag: 'Journeys',
  summary: 'List the workspace’s journeys, oldest first, with persona and stage/touchpoint counts',
  permission: 'content.read',
  params,
  query: pageQuery,
  response: page(journeyListItem),
});

export const createJourneyRoute = defineRoute({
  id: 'createJourney',
  method: 'POST',
  path: '/workspaces/{slug}/journeys',
  tag: 'Journeys',
  summary: 'Create a journey, with the stages of a template (blank by default)',
  permission: 'content.write',
  params,
  body: journeyPostBody,
  response: journeyOut,
  status: 201,
});

export const getJourneyRoute = defineRoute({
  id: 'getJourney',
  method: 'GET',
  path: '/workspaces/{slug}/journeys/{id}',
  tag: 'Journeys',
  summary: 'Get a journey’s whole map: the journey, its persona, its stages with their touchpoints',
  permission: 'content.read',
  params: journeyParams,
  response: journeyMapOut,
});

export const updateJourneyRoute = defineRoute({
  id: 'updateJourney',
  method: 'PATCH',
  path: '/workspaces/{slug}/journeys/{id}',
  tag: 'Journeys',
  summary: 'Rename, describe, set the persona of, archive or unarchive a journey (send its version)',
  permission: 'content.write',
  params: journeyParams,
  body: journeyPatchBody,
  response: journeyOut,
});

export const deleteJourneyRoute = defineRoute({
  id: 'deleteJourney',
  method: 'DELETE',
  path: '/workspaces/{slug}/journeys/{id}',
  tag: 'Journeys',
  summary: 'Delete a journey with its stages, touchpoints, pain points and opportunities',
  permission: 'content.write',
  params: journeyParams,
});

export const journeySpecs = [listJourneysRoute, createJourneyRoute, getJourneyRoute, updateJourneyRoute, deleteJourneyRoute];
