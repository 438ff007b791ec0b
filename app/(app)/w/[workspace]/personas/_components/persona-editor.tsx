'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Pencil } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { toast } from '@/components/ui/toaster';
import { PersonaForm } from './persona-form';
import type { PersonaValues } from './types';

type Props = { slug: string; personaId: string; version: number; values: PersonaValues; children: React.ReactNode };

/** Editors: the persona's profile (children) with an Edit button that swaps it for the form. */
export function PersonaEditor({ slug, personaId, version, values, children }: Props) {
  const router = useRouter();
  const [editing, setEditing] = React.useState(false);
  const onSaved = React.useCallback(
    (p: { name: string }) => {
      toast.success(`Persona “${p.name}” saved.`);
      setEditing(false);
      router.refresh();
    },
    [router],
  );
  if (!editing) {
    return (
      <div className="space-y-3">
        <Button variant="secondary" onClick={() => setEditing(true)}>
          <Pencil className="h-4 w-4" aria-hidden /> Edit persona
        </Button>
        {children}
      </div>
    );
  }
  return (
    <Card>
      <CardHeader title="Edit persona" description="Lists take one item per line." />
      <CardBody>
        <PersonaForm
          slug={slug}
          initial={values}
          edit={{ personaId, version }}
          submitLabel="Save changes"
          onSaved={onSaved}
          onCancel={() => setEditing(false)}
        />
      </CardBody>
    </Card>
  );
}
