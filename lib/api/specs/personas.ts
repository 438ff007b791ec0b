import { z } from 'zod';
import { defineRoute, page, pageQuery, slugParam, uuidParam } from '../spec';
import { PERSONA_COLORS, personaPatchBody, personaPostBody } from '@/lib/validations/personas';
import { journeyStatusEnum } from '@/db/schema/enums';

export const personaOut = z.object({
  id: z.uuid(),
  name: z.string(),
  segment: z.string(),
  description: z.string(),
  demographics: z.string(),
  goals: z.array(z.string()),
  needs: z.array(z.string()),
  frustrations: z.array(z.string()),
  color: z.enum(PERSONA_COLORS).describe('The avatar colour, from a fixed palette.'),
  version: z.number().int().describe('Send it back with PATCH; a stale version answers 409.'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const params = z.object({ slug: slugParam });
const personaParams = z.object({ slug: slugParam, id: uuidParam });

export const listPersonasRoute = defineRoute({
  id: 'listPersonas',
  method: 'GET',
  path: '/workspaces/{slug}/personas',
  tag: 'Personas',
  summary: 'List personas with their journey counts, oldest first',
  permission: 'content.read',
  params,
  query: pageQuery,
  response: page(personaOut.extend({ journeyCount: z.number().int() })),
});

export const createPersonaRoute = defineRoute({
  id: 'createPersona',
  method: 'POST',
  path: '/workspaces/{slug}/personas',
  tag: 'Personas',
  summary: 'Create a persona (only the name is required)',
  permission: 'content.write',
  params,
  body: personaPostBody,
  status: 201,
  response: personaOut,
});

export const getPersonaRoute = defineRoute({
  id: 'getPersona',
  method: 'GET',
  path: '/workspaces/{slug}/personas/{id}',
  tag: 'Personas',
  summary: 'Read a persona with the journeys mapped for it',
  permission: 'content.read',
  params: personaParams,
  response: personaOut.extend({
    journeys: z.array(z.object({ id: z.uuid(), name: z.string(), status: z.enum(journeyStatusEnum.enumValues) })),
  }),
});

export const updatePersonaRoute = defineRoute({
  id: 'updatePersona',
  method: 'PATCH',
  path: '/workspaces/{slug}/personas/{id}',
  tag: 'Personas',
  summary: 'Change some fields of a persona from the version you read (409 with the current persona when stale)',
  permission: 'content.write',
  params: personaParams,
  body: personaPatchBody,
  response: personaOut,
});

export const deletePersonaRoute = defineRoute({
  id: 'deletePersona',
  method: 'DELETE',
  path: '/workspaces/{slug}/personas/{id}',
  tag: 'Personas',
  summary: 'Delete a persona; its journeys are kept without a persona',
  permission: 'content.write',
  params: personaParams,
});

export const personaSpecs = [listPersonasRoute, createPersonaRoute, getPersonaRoute, updatePersonaRoute, deletePersonaRoute];
