'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Plus } from 'lucide-react';
import { createJourneyAction } from '../actions';
import { useActionForm } from '@/components/ui/action-form';
import { Dialog, DialogActions, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { Button } from '@/components/ui/button';
import { Field, FormMessage } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { toast } from '@/components/ui/toaster';
import { journeyTemplates } from '@/lib/journeys/templates';
import { PersonaSelect } from './edit-journey-dialog';
import type { PersonaOption } from './types';

function TemplateChoice({ value, errors }: { value: string; errors?: string[] }) {
  return (
    <fieldset className="space-y-2" aria-describedby={errors?.length ? 'nj-template-error' : undefined}>
      <legend className="text-sm font-medium">Start from</legend>
      {journeyTemplates.map((t) => (
        <label key={t.id} className="flex cursor-pointer items-start gap-3 rounded-md border border-line p-3 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
          <input type="radio" name="template" value={t.id} defaultChecked={t.id === value} className="mt-0.5 h-4 w-4 accent-brand-600" />
          <span className="min-w-0">
            <span className="block font-medium">{t.id === 'blank' ? 'Blank' : `${t.stages.length} stages`}</span>
            <span className="block text-muted">{t.stages.length ? t.stages.join(' → ') : 'No stages yet: add your own on the map.'}</span>
          </span>
        </label>
      ))}
      {errors?.length ? (
        <p id="nj-template-error" className="text-sm text-danger">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

function NewJourneyForm({ slug, personas }: { slug: string; personas: PersonaOption[] }) {
  const router = useRouter();
  const onCreated = React.useCallback(
    (j: { id: string; name: string }) => {
      toast.success(`Created “${j.name}”.`);
      router.push(`/w/${slug}/journeys/${j.id}`);
    },
    [router, slug],
  );
  const { formAction, errors, value, formError, state } = useActionForm(createJourneyAction, onCreated);
  const k = state && !state.ok ? 'r' + JSON.stringify(state.values) : 'init';
  return (
    <form action={formAction} className="space-y-4" noValidate key={k}>
      <FormMessage>{formError}</FormMessage>
      <input type="hidden" name="workspace" value={slug} />
      <Field id="nj-name" label="Name" errors={errors('name')}>
        {(a) => <Input {...a} name="name" defaultValue={value('name')} maxLength={120} required autoFocus autoComplete="off" />}
      </Field>
      <Field id="nj-description" label="Description" errors={errors('description')} hint="Optional.">
        {(a) => <Textarea {...a} name="description" defaultValue={value('description')} rows={2} maxLength={2000} />}
      </Field>
      <Field
        id="nj-persona"
        label="Persona"
        errors={errors('personaId')}
        hint={personas.length ? 'Optional: whose journey this is.' : 'No personas yet: you can add one later.'}
      >
        {(a) => <PersonaSelect {...a} name="personaId" personas={personas} defaultValue={value('personaId')} />}
      </Field>
      <TemplateChoice value={value('template', 'acdr')} errors={errors('template')} />
      <DialogActions>
        <SubmitButton>Create journey</SubmitButton>
      </DialogActions>
    </form>
  );
}

/** Editors: "New journey" — name, description, persona and a stage template; opens the new map on success. */
export function NewJourneyDialog({ slug, personas }: { slug: string; personas: PersonaOption[] }) {
  const [open, setOpen] = React.useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus className="h-4 w-4" aria-hidden /> New journey
        </Button>
      </DialogTrigger>
      <DialogContent title="New journey" description="Name it and pick the stages to start from. You can rename, add and reorder stages later.">
        {open && <NewJourneyForm slug={slug} personas={personas} />}
      </DialogContent>
    </Dialog>
  );
}
