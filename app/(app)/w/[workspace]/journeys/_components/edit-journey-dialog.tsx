'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { AlertTriangle } from 'lucide-react';
import { updateJourneyAction } from '../actions';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions, DialogContent } from '@/components/ui/dialog';
import { Field, FormMessage } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { toast } from '@/components/ui/toaster';
import type { JourneyDetails, PersonaOption } from './types';

type Values = { name: string; description: string; personaId: string };
const valuesOf = (j: { name: string; description: string; personaId: string | null }): Values => ({
  name: j.name,
  description: j.description,
  personaId: j.personaId ?? '',
});

export function PersonaSelect({ personas, ...props }: React.ComponentProps<typeof Select> & { personas: PersonaOption[] }) {
  return (
    <Select {...props}>
      <option value="">No persona</option>
      {personas.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </Select>
  );
}

function Theirs({ mine, theirs, personas, onUse }: { mine: Values; theirs: Values; personas: PersonaOption[]; onUse: () => void }) {
  const personaName = (id: string) => (id ? (personas.find((p) => p.id === id)?.name ?? 'A persona') : 'No persona');
  const rows: [keyof Values, string, string][] = [
    ['name', 'Name', theirs.name],
    ['description', 'Description', theirs.description || '(none)'],
    ['personaId', 'Persona', personaName(theirs.personaId)],
  ];
  return (
    <section role="alert" aria-labelledby="journey-conflict" className="rounded-lg border border-warning/30 bg-warning-bg p-3 text-sm">
      <h3 id="journey-conflict" className="flex items-center gap-2 font-semibold text-warning">
        <AlertTriangle className="h-4 w-4" aria-hidden /> Someone else changed this journey
      </h3>
      <p className="mt-1">Nothing of yours was saved; your text is still in the form. Save again to replace their version, or take theirs.</p>
      <dl className="mt-2 grid gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
        {rows.map(([k, label, v]) => (
          <div key={k} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd className="flex flex-wrap items-center gap-2">
              <span className="break-words">{v}</span>
              {theirs[k] !== mine[k] && <Badge tone="warning">differs from yours</Badge>}
            </dd>
          </div>
        ))}
      </dl>
      <Button type="button" variant="secondary" size="sm" className="mt-2" onClick={onUse}>
        Use their values
      </Button>
    </section>
  );
}

function EditForm({ slug, journey, personas, onDone }: { slug: string; journey: JourneyDetails; personas: PersonaOption[]; onDone: () => void }) {
  const router = useRouter();
  const [values, setValues] = React.useState(() => valuesOf(journey));
  const [version, setVersion] = React.useState(journey.version);
  const [theirs, setTheirs] = React.useState<Values | null>(null);
  const [error, setError] = React.useState<{ message: string; fields?: Record<string, string[]> } | null>(null);
  const [pending, startTransition] = React.useTransition();
  const set = (k: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));
  function submit(e: React.FormEvent) {
    e.preventDefault();
    startTransition(async () => {
      const res = await updateJourneyAction(null, { workspace: slug, journeyId: journey.id, version, ...values });
      if (res.ok) {
        toast.success(`Saved “${res.data.name}”.`);
        router.refresh();
        onDone();
        return;
      }
      setError({ message: res.error, fields: res.fieldErrors });
      if (res.code === 'conflict' && res.current) {
        const cur = res.current as JourneyDetails;
        setTheirs(valuesOf(cur));
        setVersion(cur.version);
        router.refresh();
      }
    });
  }
  const err = (k: string) => error?.fields?.[k];
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {theirs ? (
        <Theirs mine={values} theirs={theirs} personas={personas} onUse={() => (setValues(theirs), setTheirs(null), setError(null))} />
      ) : (
        <FormMessage>{error && !error.fields ? error.message : undefined}</FormMessage>
      )}
      <Field id={`jn-name-${journey.id}`} label="Name" errors={err('name')}>
        {(a) => <Input {...a} value={values.name} onChange={set('name')} maxLength={120} required autoFocus />}
      </Field>
      <Field id={`jn-desc-${journey.id}`} label="Description" errors={err('description')} hint="Optional: whose journey, which product, what scope.">
        {(a) => <Textarea {...a} value={values.description} onChange={set('description')} rows={3} maxLength={2000} />}
      </Field>
      <Field id={`jn-persona-${journey.id}`} label="Persona" errors={err('personaId')}>
        {(a) => <PersonaSelect {...a} personas={personas} value={values.personaId} onChange={set('personaId')} />}
      </Field>
      <DialogActions>
        <Button type="submit" loading={pending}>
          Save
        </Button>
      </DialogActions>
    </form>
  );
}

/** Rename / describe / choose the persona of a journey; a stale save shows the current values and keeps the user's text. */
export function EditJourneyDialog({
  slug,
  journey,
  personas,
  open,
  onOpenChange,
}: {
  slug: string;
  journey: JourneyDetails;
  personas: PersonaOption[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title="Edit journey details" description={`Rename or describe “${journey.name}”, or change its persona.`}>
        {open && <EditForm slug={slug} journey={journey} personas={personas} onDone={() => onOpenChange(false)} />}
      </DialogContent>
    </Dialog>
  );
}
