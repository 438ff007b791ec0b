// Turns activity rows into plain words for the activity page. Codes nobody has described yet fall
// back to the code itself, so a new kind of event still shows up readably.
import { roleLabels, type Role } from './authz';
import { describeMapActivity, journeySentence } from './journeys/activity-text';
import { structureSentence } from './scorecards/activity-text-structure';
import { describeMeasureActivity } from './scorecards/activity-text-measures';
import { measurementSentence } from './scorecards/activity-text-measurements';
import { describeBenchmarkActivity } from './benchmarks/activity-text';
import { canvasSentence } from './canvases/activity-text';

export type ActivityLike = { action: string; targetType: string; targetLabel: string | null; data: Record<string, unknown> | null };

const KIND_LABELS: Record<string, string> = {
  workspace: 'Workspace',
  member: 'Members',
  membership: 'Members',
  invitation: 'Invitations',
  api_token: 'API tokens',
  token: 'API tokens',
  share_link: 'Share links',
  persona: 'Personas',
  journey: 'Journeys',
  canvas: 'Canvases',
  scorecard: 'Scorecards',
  objective: 'Objectives',
  initiative: 'Initiatives',
  measure: 'Measures',
};

const FIELD_LABELS: Record<string, string> = {
  name: 'name',
  slug: 'address',
  timeZone: 'time zone',
  fiscalYearStart: 'fiscal year start',
  currency: 'currency',
  locale: 'number and date format',
};

/** "api_token" → "API tokens" (or "API token" for one item); unknown kinds are humanised ("journey_stage" → "Journey stage"). */
export function kindLabel(kind: string, opts: { one?: boolean } = {}) {
  const label = KIND_LABELS[kind];
  if (label) return opts.one ? label.replace(/s$/, '') : label;
  return kind.charAt(0).toUpperCase() + kind.slice(1).replace(/[_.]/g, ' ');
}

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
const role = (v: unknown) => (typeof v === 'string' && v in roleLabels ? roleLabels[v as Role].toLowerCase() : str(v));
const month = (v: unknown) => (typeof v === 'number' ? new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, v - 1, 1))) : str(v));

function settingsSentence(data: Record<string, unknown> | null) {
  const changes = (data?.changes ?? null) as Record<string, { from?: unknown; to?: unknown }> | null;
  const keys = changes ? Object.keys(changes) : [];
  if (!changes || keys.length === 0) return 'changed the workspace settings';
  const parts = keys.map((k) => {
    const fmt = k === 'fiscalYearStart' ? month : str;
    const to = fmt(changes[k]?.to);
    if (k === 'name') return `renamed the workspace to “${to}”`;
    return `changed the ${FIELD_LABELS[k] ?? k}${to !== undefined ? ` to ${to}` : ''}`;
  });
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The "what" of a row as a phrase that follows the actor's name, e.g. "changed Ana's role from viewer to editor". */
export function describeActivity(a: ActivityLike): string {
  const d = a.data ?? {};
  const who = a.targetLabel ?? 'someone';
  const fromTo = (verb: string) => {
    const from = role(d.from ?? d.previousRole ?? d.oldRole);
    const to = role(d.to ?? d.role ?? d.newRole);
    return `${verb}${from ? ` from ${from}` : ''}${to ? ` to ${to}` : ''}`;
  };
  switch (a.action) {
    case 'workspace.created':
      return 'created the workspace';
    case 'workspace.imported':
      return `created the workspace by importing a file${typeof d.fileName === 'string' && d.fileName ? ` (“${d.fileName}”)` : ''}`;
    case 'workspace.updated':
      return settingsSentence(a.data);
    case 'workspace.ownership_transferred':
      return `transferred ownership to ${who}`;
    case 'member.role_changed':
      return fromTo(`changed ${who}’s role`);
    case 'member.removed':
      return `removed ${who} from the workspace`;
    case 'member.left':
      return 'left the workspace';
    case 'member.joined':
    case 'invitation.accepted':
      return `joined the workspace${role(d.role) ? ` as ${role(d.role)}` : ''}`;
    case 'invitation.created':
      return `invited ${who}${role(d.role) ? ` as ${role(d.role)}` : ''}`;
    case 'invitation.revoked':
      return `revoked the invitation for ${who}`;
    case 'invitation.resent':
      return `re-sent the invitation to ${who}`;
    case 'api_token.created':
      return `created the API token “${who}”${role(d.role) ? ` with the ${role(d.role)} role` : ''}`;
    case 'api_token.revoked':
      return `revoked the API token “${who}”`;
    case 'share_link.created':
      return `created the share link “${who}”${str(d.scorecard) ? ` to the scorecard “${str(d.scorecard)}”` : ''}${d.password === true ? ' (with a password)' : ''}`;
    case 'share_link.revoked':
      return `revoked the share link “${who}”`;
    case 'persona.created':
      return `created the persona “${who}”`;
    case 'persona.updated': {
      const fields = Array.isArray(d.fields) ? d.fields.filter((f): f is string => typeof f === 'string') : [];
      return `edited the persona “${who}”${fields.length ? ` (${fields.join(', ')})` : ''}`;
    }
    case 'persona.deleted': {
      const kept = typeof d.journeysKept === 'number' ? d.journeysKept : 0;
      return `deleted the persona “${who}”${kept ? ` (${kept === 1 ? 'its journey was' : `its ${kept} journeys were`} kept)` : ''}`;
    }
    default:
      return (
        journeySentence(a) ??
        describeMapActivity(a) ??
        structureSentence(a) ??
        describeMeasureActivity(a) ??
        measurementSentence(a) ??
        describeBenchmarkActivity(a) ??
        canvasSentence(a) ??
        a.action
      );
  }
}
