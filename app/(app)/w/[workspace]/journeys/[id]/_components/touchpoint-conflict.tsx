'use client';

import { ConflictPanel } from '@/components/ui/conflict-panel';
import { channelLabels, emotionLabels } from '@/lib/journeys/templates';
import type { TouchpointView } from '@/lib/journeys/types';
import { draftOf, type TouchpointDraft } from './types';

const LABELS: [keyof TouchpointDraft, string][] = [
  ['name', 'Name'],
  ['channel', 'Channel'],
  ['mode', 'Digital or physical'],
  ['ownerId', 'Owner'],
  ['emotion', 'Emotion'],
  ['customerActions', 'Customer actions'],
  ['expectations', 'Expectations'],
  ['perceptions', 'Perceptions'],
  ['painPoints', 'Pain points'],
  ['opportunities', 'Opportunities'],
  ['isMomentOfTruth', 'Moment of truth'],
  ['momentPolarity', 'Polarity'],
  ['proactiveStrategy', 'Proactive strategy'],
  ['reactiveStrategy', 'Reactive strategy'],
];

function show(k: keyof TouchpointDraft, d: TouchpointDraft, members: { userId: string; name: string }[]): string {
  const v = d[k];
  if (k === 'channel') return channelLabels[d.channel];
  if (k === 'ownerId') return members.find((m) => m.userId === v)?.name ?? 'No owner';
  if (k === 'emotion') return v === '' ? 'Not recorded' : `${emotionLabels[v as string]} (${v})`;
  if (k === 'isMomentOfTruth') return v ? 'Yes' : 'No';
  if (Array.isArray(v)) return v.map((i) => i.text).join('; ') || '—';
  return String(v) || '—';
}

/** After a stale save: the other person's version beside the form that still holds the user's text. */
export function TouchpointConflict({ mine, theirs, members, onUseTheirs }: { mine: TouchpointDraft; theirs: TouchpointView; members: { userId: string; name: string }[]; onUseTheirs: () => void }) {
  const t = draftOf(theirs);
  const rows = LABELS.filter(([k]) => show(k, t, members) !== show(k, mine, members));
  return (
    <ConflictPanel
      what="this touchpoint"
      rows={rows.map(([k, label]) => ({ key: k, label: `Their ${label.toLowerCase()}`, theirs: show(k, t, members), differs: true }))}
      onUseTheirs={onUseTheirs}
    />
  );
}
