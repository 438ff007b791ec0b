'use client';

import { useRouter } from 'next/navigation';
import { Trash2 } from 'lucide-react';
import { deletePersonaAction } from '../actions';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/toaster';

/** Editors delete a persona after confirming; its journeys stay, without a persona. */
export function DeletePersona({ slug, personaId, name, journeyCount }: { slug: string; personaId: string; name: string; journeyCount: number }) {
  const router = useRouter();
  const journeysNote =
    journeyCount === 0
      ? 'No journey uses this persona.'
      : `Its ${journeyCount === 1 ? 'journey is' : `${journeyCount} journeys are`} kept, without a persona.`;
  return (
    <ConfirmDialog
      trigger={
        <Button variant="danger">
          <Trash2 className="h-4 w-4" aria-hidden /> Delete persona…
        </Button>
      }
      title={`Delete “${name}”?`}
      description={`${journeysNote} The persona itself cannot be restored.`}
      confirmLabel="Delete persona"
      onConfirm={async () => {
        const r = await deletePersonaAction(null, { workspace: slug, personaId });
        if (!r.ok) {
          toast.error(r.error);
          return false;
        }
        toast.success(`Persona “${r.data.name}” deleted.`);
        router.replace(`/w/${slug}/personas`);
      }}
    />
  );
}
