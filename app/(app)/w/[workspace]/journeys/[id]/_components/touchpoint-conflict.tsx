'use client';

import { AlertTriangle } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
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
    <section role="alert" aria-labelledby="tp-conflict-title" className="rounded-lg border border-warning/30 bg-warning-bg p-4 text-sm">
      <h3 id="tp-conflict-title" className="flex items-center gap-2 font-semibold text-warning">
        <AlertTriangle className="h-4 w-4" aria-hidden />
        Someone else saved this touchpoint while you were editing
      </h3>
      <p className="mt-1 text-ink">Nothing of yours was saved. Your text is still in the form: save again to replace their version, or take theirs.</p>
      {rows.length > 0 && (
        <dl className="mt-3 grid gap-x-4 gap-y-1.5 sm:grid-cols-[auto_1fr]">
          {rows.map(([k, label]) => (
            <div key={k} className="contents">
              <dt className="text-muted">Their {label.toLowerCase()}</dt>
              <dd className="flex flex-wrap items-center gap-2 break-words">
                <span data-testid={`theirs-${k}`}>{show(k, t, members)}</span>
                <Badge tone="warning">differs from yours</Badge>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <Button type="button" variant="secondary" size="sm" className="mt-3" onClick={onUseTheirs}>
        Use their values
      </Button>
    </section>
  );
}
