// Plain words for scorecard, perspective, objective, link and initiative events (lib/activity-text.ts falls back here).
type Change = { from?: unknown; to?: unknown };
type Row = { action: string; targetLabel: string | null; data: Record<string, unknown> | null };

const FIELDS: Record<string, string> = {
  name: 'name',
  description: 'description',
  greenThreshold: 'green threshold',
  amberThreshold: 'amber threshold',
  ownerId: 'owner',
  weight: 'weight',
  stageId: 'aligned stage',
  status: 'status',
  startDate: 'start date',
  dueDate: 'due date',
  progress: 'progress',
};

function list(parts: string[]) {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function changed(what: string, label: string, data: Record<string, unknown> | null) {
  const changes = (data?.changes ?? {}) as Record<string, Change>;
  const keys = Object.keys(changes);
  if (changes.name && keys.length === 1) return `renamed the ${what} “${String(changes.name.from ?? '')}” to “${label}”`;
  if (!keys.length) return `edited the ${what} “${label}”`;
  return `changed the ${list(keys.map((k) => FIELDS[k] ?? k))} of the ${what} “${label}”`;
}

function perspectives(label: string, data: Record<string, unknown> | null) {
  const rows = (data?.perspectives ?? []) as { label?: Change; weight?: Change }[];
  const parts = rows.map((r) => (r.label ? `renamed the perspective “${String(r.label.from)}” to “${String(r.label.to)}”` : null)).filter((p): p is string => !!p);
  if (rows.some((r) => r.weight)) parts.push('changed perspective weights');
  return parts.length ? `${list(parts)} on “${label}”` : `edited the perspectives of “${label}”`;
}

/** The phrase for a scorecard-structure activity, or null for any other action. */
export function structureSentence(a: Row): string | null {
  const label = a.targetLabel ?? 'untitled';
  const d = a.data ?? {};
  switch (a.action) {
    case 'scorecard.created':
      return `created the scorecard “${label}”`;
    case 'scorecard.updated':
      return changed('scorecard', label, a.data);
    case 'scorecard.deleted':
      return `deleted the scorecard “${label}”`;
    case 'perspective.updated':
      return perspectives(label, a.data);
    case 'objective.created':
      return `added the objective “${label}”${d.perspective ? ` to ${String(d.perspective)}` : ''}`;
    case 'objective.updated':
      return changed('objective', label, a.data);
    case 'objective.moved':
      return d.order ? `reordered the objectives of ${String(d.perspective ?? 'a perspective')} on “${label}”` : `moved the objective “${label}” to ${String(d.to ?? 'another perspective')}`;
    case 'objective.deleted':
      return `deleted the objective “${label}”`;
    case 'objective_link.created':
      return `linked “${label}” as a driver of “${String(d.effect ?? 'an objective')}”`;
    case 'objective_link.deleted':
      return `removed the link from “${label}” to “${String(d.effect ?? 'an objective')}”`;
    case 'initiative.created':
      return `added the initiative “${label}”${d.objective ? ` to “${String(d.objective)}”` : ''}`;
    case 'initiative.updated':
      return changed('initiative', label, a.data);
    case 'initiative.deleted':
      return `deleted the initiative “${label}”`;
    default:
      return null;
  }
}
