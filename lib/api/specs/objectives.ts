import { z } from 'zod';
import { defineRoute, slugParam, uuidParam } from '../spec';
import { initiativePatchBody, initiativePostBody, initiativeStatusSchema, linkPostBody, objectivePatchBody, objectivePostBody } from '@/lib/validations/scorecards';

const version = z.number().int().describe('Send it back with PATCH; a stale version answers 409.');
const ownerName = z.string().nullable().describe('Null when there is no owner or the owner left the workspace.');

export const objectiveOut = z.object({
  id: z.uuid(),
  scorecardId: z.uuid(),
  perspectiveId: z.uuid(),
  name: z.string(),
  description: z.string(),
  ownerId: z.uuid().nullable(),
  ownerName,
  weight: z.number().min(0),
  stageId: z.uuid().nullable().describe('The aligned journey stage, if any.'),
  position: z.number().int(),
  version,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
const objectiveRow = objectiveOut.omit({ ownerName: true });

const linkOut = z.object({ id: z.uuid(), scorecardId: z.uuid(), causeId: z.uuid(), effectId: z.uuid(), createdAt: z.iso.datetime() });

export const initiativeOut = z.object({
  id: z.uuid(),
  scorecardId: z.uuid(),
  objectiveId: z.uuid(),
  name: z.string(),
  description: z.string(),
  ownerId: z.uuid().nullable(),
  ownerName,
  status: initiativeStatusSchema,
  startDate: z.iso.date().nullable(),
  dueDate: z.iso.date().nullable(),
  progress: z.number().int().min(0).max(100),
  position: z.number().int(),
  version,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
const initiativeRow = initiativeOut.omit({ ownerName: true });

const one = z.object({ slug: slugParam, id: uuidParam });

export const listObjectivesRoute = defineRoute({
  id: 'listObjectives',
  method: 'GET',
  path: '/workspaces/{slug}/scorecards/{id}/objectives',
  tag: 'Objectives',
  summary: 'List a scorecard’s objectives in display order (perspective, then position)',
  permission: 'content.read',
  params: one,
  response: z.object({ data: z.array(objectiveOut) }),
});

export const createObjectiveRoute = defineRoute({
  id: 'createObjective',
  method: 'POST',
  path: '/workspaces/{slug}/scorecards/{id}/objectives',
  tag: 'Objectives',
  summary: 'Add an objective at the end of a perspective of this scorecard (owner: a member; stage: a journey stage of this workspace)',
  permission: 'content.write',
  params: one,
  body: objectivePostBody,
  response: objectiveRow,
  status: 201,
});

export const getObjectiveRoute = defineRoute({
  id: 'getObjective',
  method: 'GET',
  path: '/workspaces/{slug}/objectives/{id}',
  tag: 'Objectives',
  summary: 'Get one objective',
  permission: 'content.read',
  params: one,
  response: objectiveOut,
});

export const updateObjectiveRoute = defineRoute({
  id: 'updateObjective',
  method: 'PATCH',
  path: '/workspaces/{slug}/objectives/{id}',
  tag: 'Objectives',
  summary: 'Edit an objective or move it to another perspective of its scorecard (send its version)',
  permission: 'content.write',
  params: one,
  body: objectivePatchBody,
  response: objectiveRow,
});

export const deleteObjectiveRoute = defineRoute({
  id: 'deleteObjective',
  method: 'DELETE',
  path: '/workspaces/{slug}/objectives/{id}',
  tag: 'Objectives',
  summary: 'Delete an objective with its measures, initiatives and links',
  permission: 'content.write',
  params: one,
});

export const createLinkRoute = defineRoute({
  id: 'createObjectiveLink',
  method: 'POST',
  path: '/workspaces/{slug}/objectives/{id}/links',
  tag: 'Objectives',
  summary: 'Record that this objective drives another of the same scorecard (no self-links, duplicates or reverse links)',
  permission: 'content.write',
  params: one,
  body: linkPostBody,
  response: linkOut,
  status: 201,
});

export const deleteLinkRoute = defineRoute({
  id: 'deleteObjectiveLink',
  method: 'DELETE',
  path: '/workspaces/{slug}/objective-links/{id}',
  tag: 'Objectives',
  summary: 'Remove a cause → effect link',
  permission: 'content.write',
  params: one,
});

export const listInitiativesRoute = defineRoute({
  id: 'listInitiatives',
  method: 'GET',
  path: '/workspaces/{slug}/objectives/{id}/initiatives',
  tag: 'Initiatives',
  summary: 'List an objective’s initiatives in order',
  permission: 'content.read',
  params: one,
  response: z.object({ data: z.array(initiativeOut) }),
});

export const createInitiativeRoute = defineRoute({
  id: 'createInitiative',
  method: 'POST',
  path: '/workspaces/{slug}/objectives/{id}/initiatives',
  tag: 'Initiatives',
  summary: 'Add an initiative to an objective (start ≤ due, progress 0–100)',
  permission: 'content.write',
  params: one,
  body: initiativePostBody,
  response: initiativeRow,
  status: 201,
});

export const getInitiativeRoute = defineRoute({
  id: 'getInitiative',
  method: 'GET',
  path: '/workspaces/{slug}/initiatives/{id}',
  tag: 'Initiatives',
  summary: 'Get one initiative',
  permission: 'content.read',
  params: one,
  response: initiativeOut,
});

export const updateInitiativeRoute = defineRoute({
  id: 'updateInitiative',
  method: 'PATCH',
  path: '/workspaces/{slug}/initiatives/{id}',
  tag: 'Initiatives',
  summary: 'Edit an initiative (send its version)',
  permission: 'content.write',
  params: one,
  body: initiativePatchBody,
  response: initiativeRow,
});

export const deleteInitiativeRoute = defineRoute({
  id: 'deleteInitiative',
  method: 'DELETE',
  path: '/workspaces/{slug}/initiatives/{id}',
  tag: 'Initiatives',
  summary: 'Delete an initiative',
  permission: 'content.write',
  params: one,
});

export const objectiveSpecs = [
  listObjectivesRoute,
  createObjectiveRoute,
  getObjectiveRoute,
  updateObjectiveRoute,
  deleteObjectiveRoute,
  createLinkRoute,
  deleteLinkRoute,
  listInitiativesRoute,
  createInitiativeRoute,
  getInitiativeRoute,
  updateInitiativeRoute,
  deleteInitiativeRoute,
];
