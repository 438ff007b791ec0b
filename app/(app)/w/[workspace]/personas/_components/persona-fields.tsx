'use client';

import * as React from 'react';
import { Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { cn } from '@/lib/utils';
import { LIST_ITEM_MAX, LIST_MAX_ITEMS, PERSONA_COLORS, personaColors } from '@/lib/validations/personas';
import type { FieldErrors } from '@/lib/errors';
import { PERSONA_LABELS, type PersonaValues } from './types';

/** A field's errors, with list item errors ("goals.3") folded in as "Item 4: …". */
function errorsOf(fieldErrors: FieldErrors | undefined, k: string) {
  if (!fieldErrors) return undefined;
  const out = [...(fieldErrors[k] ?? [])];
  for (const [key, msgs] of Object.entries(fieldErrors)) {
    const m = key.match(new RegExp(`^${k}\\.(\\d+)$`));
    if (m) out.push(...msgs.map((msg) => `Item ${Number(m[1]) + 1}: ${msg}`));
  }
  return out.length ? out : undefined;
}

type Props = { idPrefix: string; values: PersonaValues; onChange: (k: keyof PersonaValues, v: string) => void; fieldErrors?: FieldErrors };

/** The persona's inputs, controlled, so a refused save keeps what the user typed. */
export function PersonaFields({ idPrefix, values, onChange, fieldErrors }: Props) {
  const id = (k: string) => `${idPrefix}-${k}`;
  const set = (k: keyof PersonaValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(k, e.target.value);
  const text = (k: 'description' | 'demographics', hint: string) => (
    <Field id={id(k)} label={PERSONA_LABELS[k]} hint={hint} errors={errorsOf(fieldErrors, k)}>
      {(a) => <Textarea {...a} name={k} rows={3} value={values[k]} onChange={set(k)} maxLength={2000} />}
    </Field>
  );
  const list = (k: 'goals' | 'needs' | 'frustrations', hint: string) => (
    <Field id={id(k)} label={PERSONA_LABELS[k]} hint={`${hint} One per line, up to ${LIST_MAX_ITEMS} items of ${LIST_ITEM_MAX} characters.`} errors={errorsOf(fieldErrors, k)}>
      {(a) => <Textarea {...a} name={k} rows={4} value={values[k]} onChange={set(k)} />}
    </Field>
  );
  return (
    <div className="space-y-5">
      <div className="grid gap-5 md:grid-cols-2">
        <Field id={id('name')} label="Name" hint="Who this customer is, e.g. “Budget-minded Ben”." errors={errorsOf(fieldErrors, 'name')}>
          {(a) => <Input {...a} name="name" value={values.name} onChange={set('name')} maxLength={80} required autoComplete="off" />}
        </Field>
        <Field id={id('segment')} label="Segment" hint="Optional, e.g. “Small business owners”." errors={errorsOf(fieldErrors, 'segment')}>
          {(a) => <Input {...a} name="segment" value={values.segment} onChange={set('segment')} maxLength={80} autoComplete="off" />}
        </Field>
      </div>
      <fieldset aria-describedby={fieldErrors?.color ? id('color-error') : undefined}>
        <legend className="text-sm font-medium">Avatar colour</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {PERSONA_COLORS.map((c) => (
            <label
              key={c}
              className={cn(
                'flex cursor-pointer items-center gap-2 rounded-md border px-2.5 py-1.5 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500',
                values.color === c ? 'border-brand-500 bg-brand-50 font-medium' : 'border-line bg-surface hover:bg-canvas',
              )}
            >
              <input type="radio" name="color" value={c} checked={values.color === c} onChange={() => onChange('color', c)} className="sr-only" />
              <span className={cn('h-4 w-4 rounded-full', personaColors[c].className)} aria-hidden />
              {personaColors[c].label}
            </label>
          ))}
        </div>
        {fieldErrors?.color && (
          <p id={id('color-error')} className="mt-1.5 text-sm text-danger">
            {fieldErrors.color.join(' ')}
          </p>
        )}
      </fieldset>
      {text('description', 'A short portrait: who they are and what they do.')}
      {text('demographics', 'Age, location, role, income, habits: whatever matters for your journeys.')}
      <div className="grid gap-5 lg:grid-cols-3">
        {list('goals', 'What they want to achieve.')}
        {list('needs', 'What they need from you.')}
        {list('frustrations', 'What gets in their way.')}
      </div>
    </div>
  );
}
