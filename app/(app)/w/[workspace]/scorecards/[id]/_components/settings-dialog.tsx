'use client';

import * as React from 'react';
import { Settings } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { ConflictPanel } from '@/components/ui/conflict-panel';
import { Dialog, DialogActions, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { Field, FormMessage } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { updateScorecardAction } from '../actions';
import { useDialogForm } from './use-dialog-form';

type Current = { version: number; name: string; description: string; greenThreshold: number; amberThreshold: number; perspectives: { id: string; label: string; weight: number }[] };

const pct = (f: number) => String(Math.round(f * 100));

function valuesOf(s: Pick<Current, 'name' | 'description' | 'greenThreshold' | 'amberThreshold' | 'perspectives'>) {
  const v: Record<string, string> = { name: s.name, description: s.description, greenPercent: pct(s.greenThreshold), amberPercent: pct(s.amberThreshold) };
  s.perspectives.forEach((p, i) => {
    v[`label${i}`] = p.label;
    v[`weight${i}`] = String(p.weight);
  });
  return v;
}

/** Editors: the scorecard's name, description, status thresholds (whole percents) and the perspectives' labels and weights, in one versioned save. */
export function SettingsDialog({ slug, scorecard }: { slug: string; scorecard: Current & { id: string } }) {
  const [open, setOpen] = React.useState(false);
  const ps = scorecard.perspectives;
  const f = useDialogForm<Record<string, string>, Current>({ ...valuesOf(scorecard), version: scorecard.version } as Record<string, string> & { version: number }, open);
  const err = (k: string) => f.errors[k];
  const theirs = f.theirs ? valuesOf(f.theirs) : null;
  const rows = theirs
    ? [
        { key: 'name', label: 'Name', theirs: theirs.name, differs: theirs.name !== f.values.name },
        { key: 'thresholds', label: 'Green / amber from', theirs: `${theirs.greenPercent} % / ${theirs.amberPercent} %`, differs: theirs.greenPercent !== f.values.greenPercent || theirs.amberPercent !== f.values.amberPercent },
        ...ps.map((p, i) => ({
          key: `p${i}`,
          label: `Perspective ${i + 1}`,
          theirs: `${theirs[`label${i}`]} (weight ${theirs[`weight${i}`]})`,
          differs: theirs[`label${i}`] !== f.values[`label${i}`] || theirs[`weight${i}`] !== f.values[`weight${i}`],
        })),
      ]
    : [];
  const save = () =>
    f.submit(
      (v, version) =>
        updateScorecardAction(null, {
          workspace: slug,
          scorecardId: scorecard.id,
          version,
          name: v.name,
          description: v.description,
          greenPercent: v.greenPercent,
          amberPercent: v.amberPercent,
          perspectives: ps.map((p, i) => ({ id: p.id, label: v[`label${i}`], weight: v[`weight${i}`] })),
        }),
      (name) => `Saved the settings of “${name}”.`,
      () => setOpen(false),
    );
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary">
          <Settings className="h-4 w-4" aria-hidden /> Settings
        </Button>
      </DialogTrigger>
      <DialogContent title="Scorecard settings" description="Name, status thresholds, and the perspectives’ labels and weights.">
        <form
          className="space-y-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          {f.theirs && theirs ? <ConflictPanel what="these settings" rows={rows} onUseTheirs={() => f.setValues(theirs)} /> : <FormMessage>{f.formError}</FormMessage>}
          <Field id="sc-name" label="Name" errors={err('name')}>
            {(a) => <Input {...a} value={f.values.name} onChange={f.set('name')} maxLength={120} autoComplete="off" />}
          </Field>
          <Field id="sc-description" label="Description" errors={err('description')} hint="Optional.">
            {(a) => <Textarea {...a} value={f.values.description} onChange={f.set('description')} rows={2} maxLength={2000} />}
          </Field>
          <fieldset className="grid grid-cols-2 gap-3">
            <legend className="mb-1 text-sm font-medium">Status thresholds</legend>
            <Field id="sc-green" label="On track from (%)" errors={err('greenPercent')}>
              {(a) => <Input {...a} inputMode="numeric" value={f.values.greenPercent} onChange={f.set('greenPercent')} />}
            </Field>
            <Field id="sc-amber" label="At risk from (%)" errors={err('amberPercent')} hint="Below this: off track.">
              {(a) => <Input {...a} inputMode="numeric" value={f.values.amberPercent} onChange={f.set('amberPercent')} />}
            </Field>
          </fieldset>
          <fieldset className="space-y-3">
            <legend className="mb-1 text-sm font-medium">Perspectives</legend>
            {ps.map((p, i) => (
              <div key={p.id} className="grid grid-cols-[1fr_6rem] gap-3">
                <Field id={`sc-label-${i}`} label={`Perspective ${i + 1} label`} errors={err(`perspectives.${i}.label`)}>
                  {(a) => <Input {...a} value={f.values[`label${i}`]} onChange={f.set(`label${i}`)} maxLength={60} autoComplete="off" />}
                </Field>
                <Field id={`sc-weight-${i}`} label="Weight" errors={err(`perspectives.${i}.weight`)}>
                  {(a) => <Input {...a} inputMode="decimal" value={f.values[`weight${i}`]} onChange={f.set(`weight${i}`)} />}
                </Field>
              </div>
            ))}
          </fieldset>
          <DialogActions>
            <Button type="submit" loading={f.pending}>
              Save settings
            </Button>
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
