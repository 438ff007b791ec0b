'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions, DialogContent } from '@/components/ui/dialog';
import { Field, FormMessage } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { toast } from '@/components/ui/toaster';
import { channelLabels, emotionLabels } from '@/lib/journeys/templates';
import type { TouchpointView } from '@/lib/journeys/types';
import { createTouchpointAction, updateTouchpointAction } from '../actions';
import type { CanvasLaneItem } from './canvas-lane';
import { ItemListEditor } from './item-list-editor';
import { PainPointNotes, TouchpointCanvasNotes } from './touchpoint-canvas-notes';
import { TouchpointConflict } from './touchpoint-conflict';
import { draftOf, inputOf, type MapContext, type TouchpointDraft } from './types';

type Props = {
  ctx: MapContext;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Edit this touchpoint, or create one in `stageId`. */
  touchpoint?: TouchpointView;
  stageId?: string;
  stageName: string;
  /** The canvas notes linked to this touchpoint or its pain points (from the map's data). */
  canvasNotes?: CanvasLaneItem[];
};

/** Every field of a touchpoint in one form; a stale save shows the other person's values and keeps the user's text. */
export function TouchpointDialog({ ctx, open, onOpenChange, touchpoint, stageId, stageName, canvasNotes = [] }: Props) {
  const router = useRouter();
  const [draft, setDraft] = React.useState<TouchpointDraft>(() => draftOf(touchpoint ?? null));
  const [version, setVersion] = React.useState(touchpoint?.version ?? 1);
  const [theirs, setTheirs] = React.useState<TouchpointView | null>(null);
  const [errors, setErrors] = React.useState<Record<string, string[]>>({});
  const [formError, setFormError] = React.useState<string>();
  const [pending, start] = React.useTransition();

  // Opening afresh starts from the saved values.
  React.useEffect(() => {
    if (!open) return;
    setDraft(draftOf(touchpoint ?? null));
    setVersion(touchpoint?.version ?? 1);
    setTheirs(null);
    setErrors({});
    setFormError(undefined);
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const set = <K extends keyof TouchpointDraft>(k: K, v: TouchpointDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const err = (k: string) => errors[k] ?? Object.entries(errors).find(([key]) => key.startsWith(`${k}.`))?.[1];
  const save = () =>
    start(async () => {
      const base = { workspace: ctx.slug, journeyId: ctx.journeyId, ...inputOf(draft) };
      const r = touchpoint
        ? await updateTouchpointAction(null, { ...base, touchpointId: touchpoint.id, version })
        : await createTouchpointAction(null, { ...base, stageId });
      if (r.ok) {
        toast.success(touchpoint ? `Saved “${r.data.name}”.` : `Added “${r.data.name}” to ${stageName}.`);
        onOpenChange(false);
        router.refresh();
        return;
      }
      setErrors(r.fieldErrors ?? {});
      setFormError(r.error);
      if (r.code === 'conflict' && r.current) {
        const cur = r.current as TouchpointView;
        setTheirs(cur);
        setVersion(cur.version);
        // Items they deleted cannot be kept by id: the user's text stays, as a new item.
        const alive = new Set([...cur.painPoints, ...cur.opportunities].map((i) => i.id));
        setDraft((d) => ({
          ...d,
          painPoints: d.painPoints.map((i) => (i.id && !alive.has(i.id) ? { ...i, id: undefined } : i)),
          opportunities: d.opportunities.map((i) => (i.id && !alive.has(i.id) ? { ...i, id: undefined } : i)),
        }));
      }
    });

  const id = (k: string) => `tp-${touchpoint?.id ?? 'new'}-${k}`;
  const notesOf = (itemId?: string) => (itemId ? canvasNotes.filter((n) => n.painPointId === itemId) : []);
  const text = (k: 'customerActions' | 'expectations' | 'perceptions' | 'proactiveStrategy' | 'reactiveStrategy', label: string) => (
    <Field id={id(k)} label={label} errors={err(k)}>
      {(aria) => <Textarea {...aria} rows={2} value={draft[k]} onChange={(e) => set(k, e.target.value)} />}
    </Field>
  );
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={touchpoint ? `Edit touchpoint “${touchpoint.name}”` : `Add a touchpoint to ${stageName}`} className="max-w-2xl" dismissOnOutsideClick={false}>
        <form
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          {theirs ? (
            <TouchpointConflict mine={draft} theirs={theirs} members={ctx.members} onUseTheirs={() => setDraft(draftOf(theirs))} />
          ) : (
            <FormMessage>{formError}</FormMessage>
          )}
          <Field id={id('name')} label="Name" errors={err('name')}>
            {(aria) => <Input {...aria} value={draft.name} maxLength={120} onChange={(e) => set('name', e.target.value)} autoFocus />}
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id={id('channel')} label="Channel" errors={err('channel')}>
              {(aria) => (
                <Select {...aria} value={draft.channel} onChange={(e) => set('channel', e.target.value as TouchpointDraft['channel'])}>
                  {Object.entries(channelLabels).map(([v, l]) => (
                    <option key={v} value={v}>
                      {l}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id={id('mode')} label="Digital or physical" errors={err('mode')}>
              {(aria) => (
                <Select {...aria} value={draft.mode} onChange={(e) => set('mode', e.target.value as TouchpointDraft['mode'])}>
                  <option value="digital">Digital</option>
                  <option value="physical">Physical</option>
                </Select>
              )}
            </Field>
            <Field id={id('owner')} label="Owner" errors={err('ownerId')}>
              {(aria) => (
                <Select {...aria} value={draft.ownerId} onChange={(e) => set('ownerId', e.target.value)}>
                  <option value="">No owner</option>
                  {ctx.members.map((m) => (
                    <option key={m.userId} value={m.userId}>
                      {m.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id={id('emotion')} label="Emotion" errors={err('emotion')}>
              {(aria) => (
                <Select {...aria} value={draft.emotion} onChange={(e) => set('emotion', e.target.value)}>
                  <option value="">Not recorded</option>
                  {[2, 1, 0, -1, -2].map((v) => (
                    <option key={v} value={String(v)}>
                      {v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0'} {emotionLabels[String(v)]}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
          {text('customerActions', 'Customer actions')}
          <div className="grid gap-4 sm:grid-cols-2">
            {text('expectations', 'Expectations')}
            {text('perceptions', 'Perceptions')}
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <ItemListEditor
              legend="Pain points"
              singular="Pain point"
              items={draft.painPoints}
              onChange={(v) => set('painPoints', v)}
              errors={err('painPoints')}
              describe={(i) => (notesOf(i.id).length ? <PainPointNotes notes={notesOf(i.id)} /> : null)}
            />
            <ItemListEditor legend="Opportunities and ideas" singular="Opportunity" items={draft.opportunities} onChange={(v) => set('opportunities', v)} errors={err('opportunities')} />
          </div>
          {touchpoint && <TouchpointCanvasNotes slug={ctx.slug} notes={canvasNotes} headingId={id('canvas-notes')} />}
          <fieldset className="space-y-3 rounded-md border border-line p-3">
            <legend className="px-1 text-sm font-medium">Moment of truth</legend>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={draft.isMomentOfTruth} onChange={(e) => set('isMomentOfTruth', e.target.checked)} className="h-4 w-4" />
              This is a moment of truth (it makes or breaks the customer’s perception)
            </label>
            {draft.isMomentOfTruth && (
              <>
                <Field id={id('polarity')} label="Polarity" errors={err('momentPolarity')}>
                  {(aria) => (
                    <Select {...aria} value={draft.momentPolarity} onChange={(e) => set('momentPolarity', e.target.value as TouchpointDraft['momentPolarity'])}>
                      <option value="">Not decided</option>
                      <option value="positive">Positive</option>
                      <option value="negative">Negative</option>
                    </Select>
                  )}
                </Field>
                {text('proactiveStrategy', 'Proactive strategy (create positive moments)')}
                {text('reactiveStrategy', 'Reactive strategy (listen, respond promptly, make amends)')}
              </>
            )}
          </fieldset>
          <DialogActions>
            <Button type="submit" loading={pending}>
              {theirs ? 'Save mine over theirs' : touchpoint ? 'Save touchpoint' : 'Add touchpoint'}
            </Button>
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
