// Plain words for the journey events in the activity log (lib/activity-text.ts falls back here).
type Change = { from?: unknown; to?: unknown };

function updated(label: string, data: Record<string, unknown> | null) {
  const changes = (data?.changes ?? {}) as Record<string, Change>;
  const parts: string[] = [];
  if (changes.name) parts.push(`renamed the journey “${String(changes.name.from ?? '')}” to “${label}”`);
  if (changes.description) parts.push(`changed the description of “${label}”`);
  if (changes.personaId) parts.push(changes.personaId.to ? `changed the persona of “${label}”` : `removed the persona of “${label}”`);
  if (!parts.length) return `edited the journey “${label}”`;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The phrase for a journey.* activity, or null for any other action. */
export function journeySentence(a: { action: string; targetLabel: string | null; data: Record<string, unknown> | null }): string | null {
  const label = a.targetLabel ?? 'a journey';
  switch (a.action) {
    case 'journey.created':
      return `created the journey “${label}”`;
    case 'journey.updated':
      return updated(label, a.data);
    case 'journey.archived':
      return `archived the journey “${label}”`;
    case 'journey.unarchived':
      return `made the journey “${label}” active again`;
    case 'journey.duplicated':
      return `duplicated “${String(a.data?.fromName ?? 'a journey')}” as “${label}”`;
    case 'journey.deleted':
      return `deleted the journey “${label}”`;
    default:
      return null;
  }
}


/** Sentences for stage and touchpoint events, or undefined for any other action. */
export function describeMapActivity(a: { action: string; targetLabel: string | null; data: Record<string, unknown> | null }): string | undefined {
  const d = a.data ?? {};
  const what = `“${a.targetLabel ?? 'untitled'}”`;
  switch (a.action) {
    case 'stage.created':
      return `added the stage ${what}`;
    case 'stage.updated':
      return `edited the stage ${what}`;
    case 'stage.deleted':
      return `deleted the stage ${what}${typeof d.touchpoints === 'number' && d.touchpoints > 0 ? ` and its ${d.touchpoints} touchpoint${d.touchpoints === 1 ? '' : 's'}` : ''}`;
    case 'stage.reordered':
      return `reordered the stages of ${what}`;
    case 'touchpoint.created':
      return `added the touchpoint ${what}${typeof d.stage === 'string' ? ` to ${d.stage}` : ''}`;
    case 'touchpoint.updated':
      return `edited the touchpoint ${what}`;
    case 'touchpoint.moved':
      return `moved the touchpoint ${what}${typeof d.toStage === 'string' ? ` to ${d.toStage}` : ''}`;
    case 'touchpoint.deleted':
      return `deleted the touchpoint ${what}`;
    default:
      return undefined;
  }
}
