// Activity sentences for stage and touchpoint events (see lib/activity-text.ts), or undefined.
type A = { action: string; targetLabel: string | null; data: Record<string, unknown> | null };

export function describeMapActivity(a: A): string | undefined {
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
