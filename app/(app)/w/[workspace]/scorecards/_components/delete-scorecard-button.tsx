'use client';

import { useRouter } from 'next/navigation';
import { Trash2 } from 'lucide-react';
import { deleteScorecardAction } from '../actions';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toaster';

/** Editors: deletes a scorecard after a confirmation; on its own page it returns to the list. */
export function DeleteScorecardButton({ slug, scorecard, leave = false }: { slug: string; scorecard: { id: string; name: string }; leave?: boolean }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant={leave ? 'secondary' : 'ghost'} size={leave ? 'md' : 'sm'} aria-label={leave ? undefined : `Delete ${scorecard.name}`}>
          <Trash2 className="h-4 w-4" aria-hidden />
          {leave ? 'Delete' : <span className="sr-only sm:not-sr-only">Delete</span>}
        </Button>
      }
      title={`Delete “${scorecard.name}”?`}
      description="Its objectives, links, initiatives, measures and all their measurements are deleted with it. This cannot be undone."
      confirmLabel="Delete scorecard"
      onConfirm={async () => {
        const r = await deleteScorecardAction(null, { workspace: slug, scorecardId: scorecard.id });
        if (!r.ok) {
          toast.error(r.error);
          return false;
        }
        toast.success(`Deleted “${scorecard.name}”.`);
        if (leave) router.push(`/w/${slug}/scorecards`);
        else router.refresh();
      }}
    />
  );
}
