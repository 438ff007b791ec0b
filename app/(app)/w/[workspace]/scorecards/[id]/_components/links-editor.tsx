'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { X } from 'lucide-react';
import { SpriteIcon } from '@/components/icon-sprite';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions, DialogContent } from '@/components/ui/dialog';
import { Field, FormMessage } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import { toast } from '@/components/ui/toaster';
import { createLinkAction, deleteLinkAction } from '../actions';
import { useScorecard } from './scorecard-context';
import type { ScorecardContext } from './types';

type Drive = { linkId: string; effectId: string; name: string };

function AddLinkDialog({ ctx, objective, open, onOpenChange, taken }: { ctx: ScorecardContext; objective: { id: string; name: string }; open: boolean; onOpenChange: (o: boolean) => void; taken: Set<string> }) {
  const router = useRouter();
  const choices = ctx.objectives.filter((o) => o.id !== objective.id && !taken.has(o.id));
  const [effectId, setEffectId] = React.useState('');
  const [error, setError] = React.useState<{ field?: string[]; form?: string }>({});
  const [pending, start] = React.useTransition();
  React.useEffect(() => {
    if (open) {
      setEffectId('');
      setError({});
    }
  }, [open]);
  const fieldId = `link-${objective.id.slice(0, 8)}`;
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={`What does “${objective.name}” drive?`} description="Cause → effect: achieving this objective helps achieve the one you choose. The strategy map draws it as an arrow.">
        <form
          className="space-y-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            start(async () => {
              const r = await createLinkAction(null, { workspace: ctx.slug, scorecardId: ctx.scorecardId, causeId: objective.id, effectId });
              if (!r.ok) return setError({ field: r.fieldErrors?.effectId, form: r.fieldErrors?.effectId ? undefined : r.error });
              const name = ctx.objectives.find((o) => o.id === effectId)?.name ?? 'the objective';
              toast.success(`“${objective.name}” now drives “${name}”.`);
              onOpenChange(false);
              router.refresh();
            });
          }}
        >
          <FormMessage>{error.form}</FormMessage>
          <Field id={fieldId} label="Drives" errors={error.field} hint={choices.length ? undefined : 'No other objective left to link: add objectives first.'}>
            {(a) => (
              <Select {...a} value={effectId} onChange={(e) => setEffectId(e.target.value)}>
                <option value="">Choose an objective…</option>
                {[...new Set(choices.map((c) => c.perspectiveLabel))].map((label) => (
                  <optgroup key={label} label={label}>
                    {choices
                      .filter((c) => c.perspectiveLabel === label)
                      .map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.name}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </Select>
            )}
          </Field>
          <DialogActions>
            <Button type="submit" loading={pending}>
              Add link
            </Button>
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/** An objective's cause → effect links: what it drives (editors add and remove links) and what drives it. */
export function LinksEditor({ objective, drives, drivenBy }: { objective: { id: string; name: string }; drives: Drive[]; drivenBy: string[] }) {
  const ctx = useScorecard();
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  async function remove(d: Drive) {
    const r = await deleteLinkAction(null, { workspace: ctx.slug, scorecardId: ctx.scorecardId, linkId: d.linkId });
    if (r.ok) toast.success(`Removed the link to “${d.name}”.`);
    else toast.error(r.error);
    router.refresh();
  }
  if (!ctx.canEdit && !drives.length && !drivenBy.length) return null;
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
      {(drives.length > 0 || ctx.canEdit) && (
        <span className="inline-flex items-center gap-1">
          <SpriteIcon name="trend-flat" className="h-3.5 w-3.5" /> Drives:
        </span>
      )}
      {drives.length === 0 && ctx.canEdit && <span>nothing yet</span>}
      <ul className="contents">
        {drives.map((d) => (
          <li key={d.linkId} className="inline-flex items-center gap-1 rounded-full border border-line bg-canvas px-2 py-0.5 text-ink">
            {d.name}
            {ctx.canEdit && (
              <button type="button" className="rounded-full p-0.5 hover:bg-line" aria-label={`Remove link from ${objective.name} to ${d.name}`} onClick={() => void remove(d)}>
                <X className="h-3 w-3" aria-hidden />
              </button>
            )}
          </li>
        ))}
      </ul>
      {ctx.canEdit && (
        <>
          <Button variant="ghost" size="sm" className="h-7 px-2 text-xs" onClick={() => setOpen(true)} aria-label={`Add a link from ${objective.name}`}>
            <SpriteIcon name="link" className="h-3.5 w-3.5" /> Add link
          </Button>
          <AddLinkDialog ctx={ctx} objective={objective} open={open} onOpenChange={setOpen} taken={new Set(drives.map((d) => d.effectId))} />
        </>
      )}
      {drivenBy.length > 0 && <span className="basis-full">Driven by: {drivenBy.join(', ')}</span>}
    </div>
  );
}
