'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { toast } from '@/components/ui/toaster';
import { PersonaForm } from './persona-form';
import { emptyPersona } from './types';

/** Creates a persona, then opens its page. */
export function NewPersonaForm({ slug }: { slug: string }) {
  const router = useRouter();
  const onSaved = React.useCallback(
    (p: { id: string; name: string }) => {
      toast.success(`Persona “${p.name}” created.`);
      router.push(`/w/${slug}/personas/${p.id}`);
    },
    [router, slug],
  );
  return <PersonaForm slug={slug} initial={emptyPersona} submitLabel="Create persona" onSaved={onSaved} onCancel={() => router.push(`/w/${slug}/personas`)} />;
}
