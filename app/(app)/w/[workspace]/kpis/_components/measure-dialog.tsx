'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Pencil } from 'lucide-react';
import { SpriteIcon } from '@/components/icon-sprite';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions, DialogContent } from '@/components/ui/dialog';
import { FormMessage } from '@/components/ui/field';
import { toast } from '@/components/ui/toaster';
import { findLibraryKpi } from '@/lib/kpi/library';
import { createMeasureAction, updateMeasureAction } from '../actions';
import { LibraryPicker } from './library-picker';
import { MeasureConflict } from './measure-conflict';
import { MeasureFields } from './measure-fields';
import { blankDraft, draftFromLibrary, draftOf, inputOf, type EditableMeasure, type MeasureDraft, type OwnerOption, type StageOption } from './measure-types';

type Common = { workspace: string; members: OwnerOption[]; stages: StageOption[] };

/** "Add measure" for an objective: pick a KPI of the library (fields prefilled) or start from scratch. */
export function NewMeasureButton({
  workspace,
  scorecardId,
  objectiveId,
  members,
  stages,
  objectiveName,
  openAfterCreate = false,
}: Common & { scorecardId: string; objectiveId: string; objectiveName?: string; openAfterCreate?: boolean }) {
  const [open, setOpen] = React.useState(false);
  return (
    <>
      <Button type="button" variant="secondary" size="sm" onClick={() => setOpen(true)}>
        <SpriteIcon name="plus" className="h-4 w-4" /> Add measure{objectiveName ? <span className="sr-only"> to {objectiveName}</span> : null}
      </Button>
      {/* Mounted while open only: a scorecard page has one of these per objective. */}
      {open && <MeasureDialog open onOpenChange={setOpen} ctx={{ workspace, members, stages }} target={{ kind: 'new', scorecardId, objectiveId, openAfterCreate }} />}
    </>
  );
}

/** "Edit" for a measure: every field and the targets, saved from the version it opened with. */
export function EditMeasureButton({ workspace, measure, members, stages, label = 'Edit measure' }: Common & { measure: EditableMeasure; label?: string }) {
  const [open, setOpen] = React.useState(false);
  return (
    <>
      <Button type="button" variant="secondary" size="sm" onClick={() => setOpen(true)}>
        <Pencil className="h-4 w-4" aria-hidden /> {label}
      </Button>
      <MeasureDialog open={open} onOpenChange={setOpen} ctx={{ workspace, members, stages }} target={{ kind: 'edit', measure }} />
    </>
  );
}

type Target = { kind: 'new'; scorecardId: string; objectiveId: string; openAfterCreate: boolean } | { kind: 'edit'; measure: EditableMeasure };

function MeasureDialog({ open, onOpenChange, ctx, target }: { open: boolean; onOpenChange: (o: boolean) => void; ctx: Common; target: Target }) {
  const router = useRouter();
  const editing = target.kind === 'edit' ? target.measure : null;
  const [step, setStep] = React.useState<'choose' | 'form'>(editing ? 'form' : 'choose');
  const [draft, setDraft] = React.useState<MeasureDraft>(() => (editing ? draftOf(editing) : blankDraft()));
  const [version, setVersion] = React.useState(editing?.version ?? 1);
  const [theirs, setTheirs] = React.useState<EditableMeasure | null>(null);
  const [fieldErrors, setFieldErrors] = React.useState<Record<string, string[]>>({});
  const [formError, setFormError] = React.useState<string>();
  const [pending, start] = React.useTransition();

  // Opening afresh starts from the saved values (or the library).
  React.useEffect(() => {
    if (!open) return;
    setStep(editing ? 'form' : 'choose');
    setDraft(editing ? draftOf(editing) : blankDraft());
    setVersion(editing?.version ?? 1);
    setTheirs(null);
    setFieldErrors({});
    setFormError(undefined);
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const set = <K extends keyof MeasureDraft>(k: K, v: MeasureDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const errors = (k: string) => fieldErrors[k] ?? (k === 'amberPercent' ? fieldErrors.amberThreshold : undefined);
  const save = () =>
    start(async () => {
      const input = { workspace: ctx.workspace, ...inputOf(draft) };
      const r = editing
        ? await updateMeasureAction(null, { ...input, measureId: editing.id, version })
        : await createMeasureAction(null, { ...input, scorecardId: target.kind === 'new' ? target.scorecardId : '', objectiveId: target.kind === 'new' ? target.objectiveId : '' });
      if (r.ok) {
        toast.success(editing ? `Saved “${r.data.name}”.` : `Added the measure “${r.data.name}”.`);
        onOpenChange(false);
        if (target.kind === 'new' && target.openAfterCreate) router.push(`/w/${ctx.workspace}/kpis/${r.data.id}`);
        else router.refresh();
        return;
      }
      setFieldErrors(r.fieldErrors ?? {});
      setFormError(r.error);
      if (r.code === 'conflict' && r.current) {
        const cur = r.current as EditableMeasure;
        setTheirs(cur);
        setVersion(cur.version);
      }
    });

  const library = draft.libraryKey ? findLibraryKpi(draft.libraryKey) : undefined;
  const title = editing ? `Edit measure “${editing.name}”` : step === 'choose' ? 'Add a measure' : library ? `Add “${library.name}”` : 'Add a measure from scratch';
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={title} className="max-w-2xl" dismissOnOutsideClick={false}>
        {step === 'choose' ? (
          <LibraryPicker
            onPick={(kpi) => {
              setDraft(draftFromLibrary(kpi, ctx.stages));
              setStep('form');
            }}
            onScratch={() => {
              setDraft(blankDraft());
              setStep('form');
            }}
          />
        ) : (
          <form
            noValidate
            className="space-y-4"
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            {theirs ? (
              <MeasureConflict mine={draft} theirs={theirs} members={ctx.members} stages={ctx.stages} onUseTheirs={() => setDraft(draftOf(theirs))} />
            ) : (
              <FormMessage>{formError}</FormMessage>
            )}
            {!editing && (
              <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
                {library ? `Prefilled from the KPI library: ${library.name}. Set the baseline and targets, then add it.` : 'From scratch: fill in every field.'}
                <Button type="button" variant="ghost" size="sm" onClick={() => setStep('choose')}>
                  Back to the library
                </Button>
              </p>
            )}
            <MeasureFields idPrefix={`measure-${editing?.id ?? 'new'}`} draft={draft} set={set} errors={errors} members={ctx.members} stages={ctx.stages} />
            <DialogActions>
              <Button type="submit" loading={pending}>
                {theirs ? 'Save mine over theirs' : editing ? 'Save measure' : 'Add measure'}
              </Button>
            </DialogActions>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
