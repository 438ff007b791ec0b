import type { InitiativeStatus } from './view-types';

/** Initiative statuses in words (the UI never shows a status by colour alone). */
export const initiativeStatusLabels: Record<InitiativeStatus, string> = {
  planned: 'Planned',
  on_track: 'On track',
  at_risk: 'At risk',
  done: 'Done',
};
