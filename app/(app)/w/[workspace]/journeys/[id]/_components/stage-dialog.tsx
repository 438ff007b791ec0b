'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { AlertTriangle } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions, DialogContent } from '@/components/ui/dialog';
import { Field, FormMessage } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { toast } from '@/components/ui/toaster';
import type { StageView } from '@/lib/journeys/types';
import { createStageAction, updateStageAction } from '../actions';
import type { MapContext } from './types';

type Theirs = { name: string; description: string; version: number };

/** Adds a stage (at the end, or at `position`) or renames/describes one; a stale save shows theirs and keeps the user's text. */
export function StageDialog({ ctx, open, onOpenChange, stage, position }: { ctx: MapContext; open: boolean; onOpenChange: (o: boolean) => void; stage?: StageView; position?: number }) {
  const router = useRouter();
  const [name, setName] = React.useState(stage?.name ?? '');
  const [description, setDescription] = React.useState(stage?.description ?? '');
  const [version, setVersion] = React.useState(stage?.version ?? 1);
  const [theirs, setTheirs] = React.useState<Theirs | null>(null);
  const [errors, setErrors] = React.useState<Record<string, string[]>>({});
  const [formError, setFormError] = React.useState<string>();
  const [pending, start] = React.useTransition();
  React.useEffect(() => {
    if (!open) return;
    setName(stage?.name ?? '');
    setDescription(stage?.description ?? '');
    setVersion(stage?.version ?? 1);
    setTheirs(null);
    setErrors({});
    setFormError(undefined);
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const save = () =>
    start(async () => {
      const base = { workspace: ctx.slug, journeyId: ctx.journeyId, name, description };
      const r = stage ? await updateStageAction(null, { ...base, stageId: stage.id, version }) : await createStageAction(null, { ...base, position });
      if (r.ok) {
        toast.success(stage ? `Saved the stage “${r.data.name}”.` : `Added the stage “${r.data.name}”.`);
        onOpenChange(false);
        router.refresh();
        return;
      }
      setErrors(r.fieldErrors ?? {});
      setFormError(r.error);
      if (r.code === 'conflict' && r.current) {
        const cur = r.current as Theirs;
        setTheirs(cur);
        setVersion(cur.version);
      }
    });
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={stage ? `Edit stage “${stage.name}”` : 'Add a stage'}>
        <form
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          {theirs ? (
            <section role="alert" className="rounded-lg border border-warning/30 bg-warning-bg p-3 text-sm">
              <p className="flex items-center gap-2 font-semibold text-warning">
                <AlertTriangle className="h-4 w-4" aria-hidden /> Someone else saved this stage while you were editing
              </p>
              <p className="mt-1">
                Their name: <strong>{theirs.name}</strong>
                {theirs.description && <> · their description: {theirs.description}</>}
              </p>
              <p className="mt-1">Your text is still below: save again to replace theirs.</p>
            </section>
          ) : (
            <FormMessage>{formError}</FormMessage>
          )}
          <Field id="stage-name" label="Stage name" errors={errors.name}>
            {(aria) => <Input {...aria} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} autoFocus />}
          </Field>
          <Field id="stage-description" label="Description" hint="What the customer is trying to do in this stage." errors={errors.description}>
            {(aria) => <Textarea {...aria} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />}
          </Field>
          <DialogActions>
            <Button type="submit" loading={pending}>
              {stage ? 'Save stage' : 'Add stage'}
            </Button>
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
