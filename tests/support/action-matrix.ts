import type { Permission, Role } from '@/lib/authz';
import type { FullWorld, WorldContent } from './world';

/**
 * The access matrix of every server action (key `file#name`, file relative to app/). Workspace actions name
 * the permission they need (checked against the wrapper's actionMeta) and build an input from the ids of one
 * workspace's rows (`c`): with A's rows an allowed caller succeeds; with B's rows, or with nonexistent ids, any
 * caller answers not_found and changes nothing. Public and user actions are tested one by one in
 * tests/action-matrix-account.test.ts; their rows here say what they expect.
 */
export type WorkspaceRow = {
  kind: 'workspace';
  permission: Permission;
  /** Who succeeds with A's ids (default: the lowest role that holds the permission). */
  as?: Role;
  input: (c: WorldContent, w: FullWorld) => Record<string, unknown>;
  /** The success writes no activity row in A (the workspace itself is gone). */
  noActivity?: true;
  /**
   * Ids the action does not act on but takes as a choice (a persona to attach, a perspective to file under, the
   * objective a link points to, the full list of a reorder): a foreign or missing one is answered like a bad
   * choice in the form (invalid, with the field's error) or, for a reorder list, as a conflict carrying the
   * current list of this workspace. Never not_found-vs-other for foreign vs missing (no existence leak), never a change.
   */
  refs?: Partial<Record<keyof WorldContent, 'invalid' | 'conflict'>>;
};
export type OtherRow = { kind: 'public' | 'user' | 'unwrapped'; expect: string };
export type MatrixRow = WorkspaceRow | OtherRow;

/** Which test file runs the workspace rows of which folders (split so the files run in parallel). */
export const MATRIX_FILES: Record<string, string[]> = {
  'action-matrix-journeys.test.ts': ['(app)/w/[workspace]/journeys/', '(app)/w/[workspace]/personas/', '(app)/w/[workspace]/canvases/'],
  'action-matrix-scorecards.test.ts': ['(app)/w/[workspace]/scorecards/', '(app)/w/[workspace]/kpis/'],
  'action-matrix-settings.test.ts': ['(app)/w/[workspace]/settings/'],
};

const ws = (permission: Permission, input: WorkspaceRow['input'], more: Partial<WorkspaceRow> = {}): WorkspaceRow => ({ kind: 'workspace', permission, input, ...more });
const W = 'content.write';
const measureFields = { unit: 'score', direction: 'higher', frequency: 'monthly', baseline: '0', targets: JSON.stringify([{ from: '2026-01', target: 5 }]) };
const benchmarkFields = { kind: 'industry_average', value: '4', asOf: '2026-01-01' };

export const actionMatrix: Record<string, MatrixRow> = {
  // Canvases
  '(app)/w/[workspace]/canvases/actions.ts#createCanvasAction': ws(W, () => ({ name: 'New canvas' })),
  '(app)/w/[workspace]/canvases/actions.ts#updateCanvasAction': ws(W, (c) => ({ canvasId: c.canvasId, version: c.canvasVersion, name: 'Renamed' })),
  '(app)/w/[workspace]/canvases/actions.ts#duplicateCanvasAction': ws(W, (c) => ({ canvasId: c.canvasId })),
  '(app)/w/[workspace]/canvases/actions.ts#deleteCanvasAction': ws(W, (c) => ({ canvasId: c.canvasId })),
  '(app)/w/[workspace]/canvases/actions.ts#createNoteAction': ws(W, (c) => ({ canvasId: c.canvasId, block: 'channels', text: 'Shop' })),
  '(app)/w/[workspace]/canvases/actions.ts#updateNoteAction': ws(W, (c) => ({ noteId: c.noteId, version: c.noteVersion, text: 'Mails', color: 'blue' })),
  '(app)/w/[workspace]/canvases/actions.ts#deleteNoteAction': ws(W, (c) => ({ noteId: c.noteId })),
  '(app)/w/[workspace]/canvases/actions.ts#moveNoteAction': ws(W, (c) => ({ noteId: c.noteId, version: c.noteVersion, block: 'customer_relationships', position: 0 })),
  '(app)/w/[workspace]/canvases/actions.ts#linkNoteAction': ws(W, (c) => ({ noteId: c.segmentNoteId, targetId: c.personaId })),
  '(app)/w/[workspace]/canvases/actions.ts#unlinkNoteAction': ws(W, (c) => ({ linkId: c.noteLinkId })),
  // Journeys
  '(app)/w/[workspace]/journeys/actions.ts#createJourneyAction': ws(W, (c) => ({ name: 'New journey', template: 'blank', personaId: c.personaId }), { refs: { personaId: 'invalid' } }),
  '(app)/w/[workspace]/journeys/actions.ts#updateJourneyAction': ws(W, (c) => ({ journeyId: c.journeyId, version: c.journeyVersion, name: 'Renamed', personaId: c.personaId }), { refs: { personaId: 'invalid' } }),
  '(app)/w/[workspace]/journeys/actions.ts#setJourneyStatusAction': ws(W, (c) => ({ journeyId: c.journeyId, version: c.journeyVersion, status: 'archived' })),
  '(app)/w/[workspace]/journeys/actions.ts#duplicateJourneyAction': ws(W, (c) => ({ journeyId: c.journeyId })),
  '(app)/w/[workspace]/journeys/actions.ts#deleteJourneyAction': ws(W, (c) => ({ journeyId: c.journeyId })),
  '(app)/w/[workspace]/journeys/[id]/actions.ts#createStageAction': ws(W, (c) => ({ journeyId: c.journeyId, name: 'Advocacy' })),
  '(app)/w/[workspace]/journeys/[id]/actions.ts#updateStageAction': ws(W, (c) => ({ journeyId: c.journeyId, stageId: c.stageId, version: c.stageVersion, name: 'Aware' })),
  '(app)/w/[workspace]/journeys/[id]/actions.ts#deleteStageAction': ws(W, (c) => ({ journeyId: c.journeyId, stageId: c.stageId })),
  '(app)/w/[workspace]/journeys/[id]/actions.ts#reorderStagesAction': ws(W, (c) => ({ journeyId: c.journeyId, version: c.journeyVersion, stageIds: [...c.stageIds].reverse() }), { refs: { stageIds: 'conflict' } }),
  '(app)/w/[workspace]/journeys/[id]/actions.ts#createTouchpointAction': ws(W, (c) => ({ journeyId: c.journeyId, stageId: c.stageId, name: 'Call' })),
  '(app)/w/[workspace]/journeys/[id]/actions.ts#updateTouchpointAction': ws(W, (c) => ({ journeyId: c.journeyId, touchpointId: c.touchpointId, version: c.touchpointVersion, name: 'Letter' })),
  '(app)/w/[workspace]/journeys/[id]/actions.ts#deleteTouchpointAction': ws(W, (c) => ({ journeyId: c.journeyId, touchpointId: c.touchpointId })),
  '(app)/w/[workspace]/journeys/[id]/actions.ts#moveTouchpointAction': ws(W, (c) => ({ journeyId: c.journeyId, touchpointId: c.touchpointId, stageId: c.stage2Id, position: 0, version: c.touchpointVersion })),
  // Personas
  '(app)/w/[workspace]/personas/actions.ts#createPersonaAction': ws(W, () => ({ name: 'Sam' })),
  '(app)/w/[workspace]/personas/actions.ts#updatePersonaAction': ws(W, (c) => ({ personaId: c.personaId, version: c.personaVersion, name: 'Patricia' })),
  '(app)/w/[workspace]/personas/actions.ts#deletePersonaAction': ws(W, (c) => ({ personaId: c.personaId })),
  // Measures, measurements, benchmarks
  '(app)/w/[workspace]/kpis/actions.ts#createMeasureAction': ws(W, (c) => ({ scorecardId: c.scorecardId, objectiveId: c.objectiveId, name: 'CSAT', ...measureFields })),
  '(app)/w/[workspace]/kpis/actions.ts#updateMeasureAction': ws(W, (c) => ({ measureId: c.measureId, version: c.measureVersion, name: 'NPS (all)', ...measureFields })),
  '(app)/w/[workspace]/kpis/actions.ts#deleteMeasureAction': ws(W, (c) => ({ measureId: c.measureId })),
  '(app)/w/[workspace]/kpis/[id]/actions.ts#recordMeasurementAction': ws(W, (c) => ({ measureId: c.measureId, period: '2026-02', value: '25' })),
  '(app)/w/[workspace]/kpis/[id]/actions.ts#updateMeasurementAction': ws(W, (c) => ({ id: c.measurementId, version: c.measurementVersion, value: '21' })),
  '(app)/w/[workspace]/kpis/[id]/actions.ts#deleteMeasurementAction': ws(W, (c) => ({ id: c.measurementId, version: c.measurementVersion })),
  '(app)/w/[workspace]/kpis/[id]/actions.ts#createBenchmarkAction': ws(W, (c) => ({ measureId: c.measureId, ...benchmarkFields })),
  '(app)/w/[workspace]/kpis/[id]/actions.ts#updateBenchmarkAction': ws(W, (c) => ({ id: c.benchmarkId, version: c.benchmarkVersion, ...benchmarkFields })),
  '(app)/w/[workspace]/kpis/[id]/actions.ts#deleteBenchmarkAction': ws(W, (c) => ({ id: c.benchmarkId, version: c.benchmarkVersion })),
  '(app)/w/[workspace]/kpis/[id]/actions.ts#setReferenceBenchmarkAction': ws(W, (c) => ({ measureId: c.measureId, benchmarkId: c.benchmarkId, version: c.measureVersion })),
  // Scorecards, objectives, links, initiatives
  '(app)/w/[workspace]/scorecards/actions.ts#createScorecardAction': ws(W, () => ({ name: 'Product' })),
  '(app)/w/[workspace]/scorecards/actions.ts#deleteScorecardAction': ws(W, (c) => ({ scorecardId: c.scorecardId })),
  '(app)/w/[workspace]/scorecards/[id]/actions.ts#updateScorecardAction': ws(W, (c) => ({
    scorecardId: c.scorecardId,
    version: c.scorecardVersion,
    name: 'Company 2026',
    greenPercent: '90',
    amberPercent: '70',
    perspectives: c.perspectives.map((p) => ({ ...p, label: `${p.label}!` })),
  }), { refs: { perspectives: 'invalid' } }),
  '(app)/w/[workspace]/scorecards/[id]/actions.ts#createObjectiveAction': ws(W, (c) => ({ scorecardId: c.scorecardId, perspectiveId: c.perspectiveId, name: 'Retain' }), { refs: { perspectiveId: 'invalid' } }),
  '(app)/w/[workspace]/scorecards/[id]/actions.ts#updateObjectiveAction': ws(W, (c) => ({ scorecardId: c.scorecardId, objectiveId: c.objectiveId, perspectiveId: c.perspectiveId, version: c.objectiveVersion, name: 'Delight' }), { refs: { perspectiveId: 'invalid' } }),
  '(app)/w/[workspace]/scorecards/[id]/actions.ts#deleteObjectiveAction': ws(W, (c) => ({ scorecardId: c.scorecardId, objectiveId: c.objectiveId })),
  '(app)/w/[workspace]/scorecards/[id]/actions.ts#reorderObjectivesAction': ws(W, (c) => ({ scorecardId: c.scorecardId, perspectiveId: c.perspectiveId, version: c.perspectiveVersion, objectiveIds: [c.objective2Id, c.objectiveId] }), {
    refs: { perspectiveId: 'invalid', objectiveId: 'conflict', objective2Id: 'conflict' },
  }),
  '(app)/w/[workspace]/scorecards/[id]/actions.ts#createLinkAction': ws(W, (c) => ({ scorecardId: c.scorecardId, causeId: c.objectiveId, effectId: c.objective3Id }), { refs: { objective3Id: 'invalid' } }),
  '(app)/w/[workspace]/scorecards/[id]/actions.ts#deleteLinkAction': ws(W, (c) => ({ scorecardId: c.scorecardId, linkId: c.objectiveLinkId })),
  '(app)/w/[workspace]/scorecards/[id]/actions.ts#createInitiativeAction': ws(W, (c) => ({ scorecardId: c.scorecardId, objectiveId: c.objectiveId, name: 'Pilot' })),
  '(app)/w/[workspace]/scorecards/[id]/actions.ts#updateInitiativeAction': ws(W, (c) => ({ scorecardId: c.scorecardId, initiativeId: c.initiativeId, version: c.initiativeVersion, name: 'Pilot 2' })),
  '(app)/w/[workspace]/scorecards/[id]/actions.ts#deleteInitiativeAction': ws(W, (c) => ({ scorecardId: c.scorecardId, initiativeId: c.initiativeId })),
  '(app)/w/[workspace]/scorecards/[id]/_share/actions.ts#createShareLinkAction': ws('shares.manage', (c) => ({ scorecardId: c.scorecardId, label: 'Investors' })),
  '(app)/w/[workspace]/scorecards/[id]/_share/actions.ts#revokeShareLinkAction': ws('shares.manage', (c) => ({ id: c.shareLinkId })),
  // Settings: workspace, members, invitations, tokens
  '(app)/w/[workspace]/settings/general/actions.ts#updateWorkspaceSettingsAction': ws('workspace.manage', (_c, w) => ({
    name: 'Alpha 2',
    slug: w.a.slug,
    timeZone: 'UTC',
    fiscalYearStart: '4',
    currency: 'EUR',
    locale: 'en-GB',
    version: w.a.version,
  })),
  '(app)/w/[workspace]/settings/general/actions.ts#transferOwnershipAction': ws('owners.manage', (c) => ({ memberId: c.memberId })),
  '(app)/w/[workspace]/settings/general/actions.ts#deleteWorkspaceAction': ws('workspace.manage', (_c, w) => ({ confirm: w.a.slug }), { noActivity: true }),
  '(app)/w/[workspace]/settings/members/actions.ts#changeMemberRoleAction': ws('members.manage', (c) => ({ memberId: c.memberId, role: 'editor', version: c.memberVersion })),
  '(app)/w/[workspace]/settings/members/actions.ts#removeMemberAction': ws('members.manage', (c) => ({ memberId: c.memberId })),
  '(app)/w/[workspace]/settings/members/actions.ts#leaveWorkspaceAction': ws('content.read', () => ({})),
  '(app)/w/[workspace]/settings/members/actions.ts#inviteAction': ws('invitations.manage', () => ({ email: 'new-colleague@test.local', role: 'viewer' })),
  '(app)/w/[workspace]/settings/members/actions.ts#revokeInvitationAction': ws('invitations.manage', (c) => ({ invitationId: c.invitationId })),
  '(app)/w/[workspace]/settings/members/actions.ts#resendInvitationAction': ws('invitations.manage', (c) => ({ invitationId: c.invitationId })),
  '(app)/w/[workspace]/settings/tokens/actions.ts#createApiTokenAction': ws('tokens.manage', () => ({ name: 'Importer', role: 'viewer' })),
  '(app)/w/[workspace]/settings/tokens/actions.ts#revokeApiTokenAction': ws('tokens.manage', (c) => ({ id: c.tokenId })),
  // Public and user actions (tests/action-matrix-account.test.ts)
  '(auth)/actions.ts#signUpAction': { kind: 'public', expect: 'anyone: a new email signs up and signs in; a taken one is refused, no row added' },
  '(auth)/actions.ts#signInAction': { kind: 'public', expect: 'anyone: right password signs in; wrong or unknown → invalid' },
  '(auth)/actions.ts#signOutAction': { kind: 'unwrapped', expect: 'no input, signs out whoever calls (nothing to protect)' },
  '(auth)/actions.ts#forgotPasswordAction': { kind: 'public', expect: 'anyone: same answer for a known and an unknown email; a reset row only for the known one' },
  '(auth)/actions.ts#resetPasswordAction': { kind: 'public', expect: 'a valid reset token sets the password; an unknown token → invalid, nothing changed' },
  '(auth)/invite/[token]/actions.ts#acceptInvitationAction': { kind: 'user', expect: 'signed out → unauthorized; invitee → joins; other account → forbidden; unknown token → invalid; nothing changed when refused' },
  '(auth)/invite/[token]/actions.ts#signOutToInvitationAction': { kind: 'public', expect: 'anyone: signs out and comes back to the invitation' },
  '(app)/w/actions.ts#createWorkspaceAction': { kind: 'user', expect: 'signed out → unauthorized; any user → a workspace they own' },
  '(app)/account/actions.ts#updateProfileAction': { kind: 'user', expect: 'signed out → unauthorized; changes only the caller; stale version → conflict' },
  '(app)/account/actions.ts#changePasswordAction': { kind: 'user', expect: 'signed out → unauthorized; wrong current password → invalid, nothing changed' },
  '(app)/account/actions.ts#deleteAccountAction': { kind: 'user', expect: 'signed out → unauthorized; sole owner → forbidden; otherwise deletes only the caller' },
  'share/[token]/actions.ts#unlockShareAction': { kind: 'public', expect: 'anyone with a live link; unknown or revoked token → not_found, nothing changed' },
};
