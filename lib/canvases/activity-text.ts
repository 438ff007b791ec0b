import type { ActivityLike } from '@/lib/activity-text';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Canvas and note events in plain words, or null when the row is not one of them. */
export function canvasSentence(a: ActivityLike): string | null {
  const d = a.data ?? {};
  const who = a.targetLabel ?? 'a canvas';
  const note = `“${str(d.note)}”`;
  switch (a.action) {
    case 'canvas.created':
      return `created the canvas “${who}”`;
    case 'canvas.updated':
      return `edited the canvas “${who}”`;
    case 'canvas.deleted':
      return `deleted the canvas “${who}”`;
    case 'canvas.duplicated':
      return `created the canvas “${who}” as a copy of “${str(d.from)}”`;
    case 'canvas_note.created':
      return `added the note ${note} to ${str(d.block)} on “${who}”`;
    case 'canvas_note.updated':
      return `edited the note ${note} in ${str(d.block)} on “${who}”`;
    case 'canvas_note.deleted':
      return `deleted the note ${note} from ${str(d.block)} on “${who}”`;
    case 'canvas_note.moved':
      return d.from === d.block ? `reordered ${str(d.block)} on “${who}”` : `moved the note ${note} from ${str(d.from)} to ${str(d.block)} on “${who}”`;
    case 'canvas_note.linked':
      return `linked the note ${note} on “${who}” to ${str(d.target)}`;
    case 'canvas_note.unlinked':
      return `unlinked the note ${note} on “${who}” from ${str(d.target)}`;
    default:
      return null;
  }
}
