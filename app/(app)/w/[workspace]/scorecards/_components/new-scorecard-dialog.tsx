'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Plus } from 'lucide-react';
import { createScorecardAction } from '../actions';
import { useActionForm } from '@/components/ui/action-form';
import { Dialog, DialogActions, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { Button } from '@/components/ui/button';
import { Field, FormMessage } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { toast } from '@/components/ui/toaster';

function NewScorecardForm({ slug }: { slug: string }) {
  const router = useRouter();
  const onCreated = React.useCallback(
    (s: { id: string; name: string }) => {
      toast.success(`Created “${s.name}”.`);
      router.push(`/w/${slug}/scorecards/${s.id}`);
    },
    [router, slug],
  );
  const { formAction, errors, value, formError, state } = useActionForm(createScorecardAction, onCreated);
  const k = state && !state.ok ? 'r' + JSON.stringify(state.values) : 'init';
  return (
    <form action={formAction} className="space-y-4" noValidate key={k}>
      <FormMessage>{formError}</FormMessage>
      <input type="hidden" name="workspace" value={slug} />
      <Field id="ns-name" label="Name" errors={errors('name')} hint="E.g. “Company 2026” or a product line.">
        {(a) => <Input {...a} name="name" defaultValue={value('name')} maxLength={120} required autoFocus autoComplete="off" />}
      </Field>
      <Field id="ns-description" label="Description" errors={errors('description')} hint="Optional.">
        {(a) => <Textarea {...a} name="description" defaultValue={value('description')} rows={2} maxLength={2000} />}
      </Field>
      <DialogActions>
        <SubmitButton>Create scorecard</SubmitButton>
      </DialogActions>
    </form>
  );
}

/** Editors: "New scorecard" — name and description; opens the new scorecard (with its four perspectives) on success. */
export function NewScorecardDialog({ slug }: { slug: string }) {
  const [open, setOpen] = React.useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus className="h-4 w-4" aria-hidden /> New scorecard
        </Button>
      </DialogTrigger>
      <DialogContent
        title="New scorecard"
        description="It starts with the four perspectives: Financial, Customer, Internal Process and Learning & Growth. You can rename and weight them later."
      >
        {open && <NewScorecardForm slug={slug} />}
      </DialogContent>
    </Dialog>
  );
}
