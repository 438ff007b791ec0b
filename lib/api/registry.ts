import type { RouteSpec } from './spec';
import { workspaceSpecs } from './specs/workspaces';
import { memberSpecs } from './specs/members';
import { invitationSpecs } from './specs/invitations';
import { personaSpecs } from './specs/personas';
import { journeySpecs } from './specs/journeys';
import { stageSpecs } from './specs/stages';
import { touchpointSpecs } from './specs/touchpoints';
import { scorecardSpecs } from './specs/scorecards';
import { objectiveSpecs } from './specs/objectives';
import { measureSpecs } from './specs/measures';
import { measurementSpecs } from './specs/measurements';
import { benchmarkSpecs } from './specs/benchmarks';
import { canvasSpecs } from './specs/canvases';
import { workspaceExportSpecs } from './specs/workspace-export';

/** Every /api/v1 operation. The OpenAPI document is built from this list, and a test checks that
 *  each route handler file exports exactly the methods listed here for its path. */
export const routeSpecs: RouteSpec[] = [
  ...workspaceSpecs,
  ...memberSpecs,
  ...invitationSpecs,
  ...personaSpecs,
  ...journeySpecs,
  ...stageSpecs,
  ...touchpointSpecs,
  ...scorecardSpecs,
  ...objectiveSpecs,
  ...measureSpecs,
  ...measurementSpecs,
  ...benchmarkSpecs,
  ...canvasSpecs,
  ...workspaceExportSpecs,
];
