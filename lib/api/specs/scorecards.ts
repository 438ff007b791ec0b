import { z } from 'zod';
import { defineRoute, page, pageQuery, slugParam, uuidParam } from '../spec';
import { perspectiveKindEnum } from '@/db/schema/enums';
import { scorecardPatchBody, scorecardPostBody } from '@/lib/validations/scorecards';
import { objectiveOut } from './objectives';

const version = z.number().int().describe('Send it back with PATCH; a stale version answers 409.');
const threshold = z.number().min(0).max(1);

export const scorecardOut = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  greenThreshold: threshold.describe('Roll-up status green from this fraction (0.9 = 90 %); PATCH takes greenPercent.'),
  amberThreshold: threshold.describe('Amber from this fraction, red below; PATCH takes amberPercent.'),
  version,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
const scorecardListItem = scorecardOut.extend({ objectiveCount: z.number().int(), measureCount: z.number().int() });

const perspectiveOut = z.object({
  id: z.uuid(),
  kind: z.enum(perspectiveKindEnum.enumValues).describe('Fixed; the label is the user’s.'),
  label: z.string(),
  weight: z.number().min(0),
  position: z.number().int(),
  version: z.number().int(),
});
const linkOut = z.object({ id: z.uuid(), causeId: z.uuid(), effectId: z.uuid() });
const scorecardDetail = scorecardOut.extend({
  perspectives: z.array(perspectiveOut.extend({ objectives: z.array(objectiveOut.omit({ scorecardId: true })) })),
  links: z.array(linkOut).describe('Cause → effect: the cause objective drives the effect objective.'),
});
const scorecardPatched = scorecardOut.extend({ perspectives: z.array(perspectiveOut) });

const params = z.object({ slug: slugParam });
const one = z.object({ slug: slugParam, id: uuidParam });
const tag = 'Scorecards';

export const listScorecardsRoute = defineRoute({
  id: 'listScorecards',
  method: 'GET',
  path: '/workspaces/{slug}/scorecards',
  tag,
  summary: 'List the workspace’s scorecards, oldest first, with objective and measure counts',
  permission: 'content.read',
  params,
  query: pageQuery,
  response: page(scorecardListItem),
});

export const createScorecardRoute = defineRoute({
  id: 'createScorecard',
  method: 'POST',
  path: '/workspaces/{slug}/scorecards',
  tag,
  summary: 'Create a scorecard with its four perspectives (Financial, Customer, Internal Process, Learning & Growth)',
  permission: 'content.write',
  params,
  body: scorecardPostBody,
  response: scorecardOut,
  status: 201,
});

export const getScorecardRoute = defineRoute({
  id: 'getScorecard',
  method: 'GET',
  path: '/workspaces/{slug}/scorecards/{id}',
  tag,
  summary: 'Get a scorecard with its perspectives, their objectives and the cause → effect links',
  permission: 'content.read',
  params: one,
  response: scorecardDetail,
});

export const updateScorecardRoute = defineRoute({
  id: 'updateScorecard',
  method: 'PATCH',
  path: '/workspaces/{slug}/scorecards/{id}',
  tag,
  summary: 'Rename, describe, set the thresholds (whole percents, amber ≤ green) and perspective labels/weights (send its version)',
  permission: 'content.write',
  params: one,
  body: scorecardPatchBody,
  response: scorecardPatched,
});

export const deleteScorecardRoute = defineRoute({
  id: 'deleteScorecard',
  method: 'DELETE',
  path: '/workspaces/{slug}/scorecards/{id}',
  tag,
  summary: 'Delete a scorecard with its perspectives, objectives, links, initiatives, measures and measurements',
  permission: 'content.write',
  params: one,
});

export const scorecardSpecs = [listScorecardsRoute, createScorecardRoute, getScorecardRoute, updateScorecardRoute, deleteScorecardRoute];
