'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { updateCanvasAction } from '../actions';
import { KeepValuesForm } from '@/components/ui/action-form';
import { ConflictPanel } from '@/components/ui/conflict-panel';
import { Dialog, DialogActions, DialogContent } from '@/components/ui/dialog';
import { Field, FormMessage } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/toaster';
import type { CanvasSummary } from './types';

type Current = { name: string; description: string; version: number };

function EditCanvasForm({ slug, canvas, onDone }: { slug: string; canvas: CanvasSummary; onDone: () => void }) {
  const router = useRouter();
  const [name, setName] = React.useState(canvas.name);
  const [description, setDescription] = React.useState(canvas.description);
  const [version, setVersion] = React.useState(canvas.version);
  const [theirs, setTheirs] = React.useState<Current | null>(null);
  const [errors, setErrors] = React.useState<Record<string, string[] | undefined>>({});
  const [formError, setFormError] = React.useState<string>();
  const [pending, setPending] = React.useState(false);

  async function save(fd: FormData) {
    setPending(true);
    const res = await updateCanvasAction(null, fd);
    setPending(false);
    if (res.ok) {
      toast.success(`Saved “${res.data.name}”.`);
      onDone();
      router.refresh();
      return;
    }
    setErrors(res.fieldErrors ?? {});
    setFormError(res.fieldErrors ? undefined : res.code === 'conflict' ? undefined : res.error);
    if (res.code === 'conflict') {
      const cur = res.current as Current;
      setTheirs(cur);
      setVersion(cur.version);
    }
  }

  return (
    <KeepValuesForm action={(fd) => void save(fd)} className="space-y-4">
      <FormMessage>{formError}</FormMessage>
      {theirs && (
        <ConflictPanel
          what="this canvas"
          rows={[
            { key: 'name', label: 'Name', theirs: theirs.name, differs: theirs.name !== name.trim() },
            { key: 'description', label: 'Description', theirs: theirs.description, differs: theirs.description !== description.trim() },
          ]}
          onUseTheirs={() => {
            setName(theirs.name);
            setDescription(theirs.description);
            setTheirs(null);
          }}
        />
      )}
      <input type="hidden" name="workspace" value={slug} />
      <input type="hidden" name="canvasId" value={canvas.id} />
      <input type="hidden" name="version" value={version} />
      <Field id="ec-name" label="Name" errors={errors.name}>
        {(a) => <Input {...a} name="name" value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required autoComplete="off" />}
      </Field>
      <Field id="ec-description" label="Description" errors={errors.description} hint="Optional.">
        {(a) => <Textarea {...a} name="description" value={description} onChange={(e) => setDescription(e.target.value)} rows={2} maxLength={2000} />}
      </Field>
      <DialogActions>
        <Button type="submit" loading={pending}>
          Save
        </Button>
      </DialogActions>
    </KeepValuesForm>
  );
}

/** Editors: rename/describe a canvas, versioned (a stale save shows their values and keeps the user's). */
export function EditCanvasDialog({ slug, canvas, open, onOpenChange }: { slug: string; canvas: CanvasSummary; open: boolean; onOpenChange: (o: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title="Rename canvas">{open && <EditCanvasForm slug={slug} canvas={canvas} onDone={() => onOpenChange(false)} />}</DialogContent>
    </Dialog>
  );
}
