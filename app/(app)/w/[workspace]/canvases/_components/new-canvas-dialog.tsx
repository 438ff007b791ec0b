'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Plus } from 'lucide-react';
import { createCanvasAction } from '../actions';
import { useActionForm } from '@/components/ui/action-form';
import { Dialog, DialogActions, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { Button } from '@/components/ui/button';
import { Field, FormMessage } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { toast } from '@/components/ui/toaster';

function NewCanvasForm({ slug }: { slug: string }) {
  const router = useRouter();
  const onCreated = React.useCallback(
    (s: { id: string; name: string }) => {
      toast.success(`Created “${s.name}”.`);
      router.push(`/w/${slug}/canvases/${s.id}`);
    },
    [router, slug],
  );
  const { formAction, errors, value, formError, state } = useActionForm(createCanvasAction, onCreated);
  const k = state && !state.ok ? 'r' + JSON.stringify(state.values) : 'init';
  return (
    <form action={formAction} className="space-y-4" noValidate key={k}>
      <FormMessage>{formError}</FormMessage>
      <input type="hidden" name="workspace" value={slug} />
      <Field id="nc-name" label="Name" errors={errors('name')} hint="E.g. “Today” or “Next year”.">
        {(a) => <Input {...a} name="name" defaultValue={value('name')} maxLength={120} required autoFocus autoComplete="off" />}
      </Field>
      <Field id="nc-description" label="Description" errors={errors('description')} hint="Optional.">
        {(a) => <Textarea {...a} name="description" defaultValue={value('description')} rows={2} maxLength={2000} />}
      </Field>
      <DialogActions>
        <SubmitButton>Create canvas</SubmitButton>
      </DialogActions>
    </form>
  );
}

/** Editors: "New canvas" — name and description; opens the new scorecard on success. */
export function NewCanvasDialog({ slug }: { slug: string }) {
  const [open, setOpen] = React.useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus className="h-4 w-4" aria-hidden /> New canvas
        </Button>
      </DialogTrigger>
      <DialogContent
        title="New canvas"
        description="An empty canvas with the nine blocks. Fill it with notes, or duplicate an existing canvas to sketch a scenario."
      >
        {open && <NewCanvasForm slug={slug} />}
      </DialogContent>
    </Dialog>
  );
}
