'use client';

import { useRouter } from 'next/navigation';
import { Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toaster';
import { deleteMeasureAction } from '../actions';

/** Deletes a measure after confirmation, then goes to `afterPath` (its scorecard). */
export function DeleteMeasureButton({ workspace, measureId, name, afterPath }: { workspace: string; measureId: string; name: string; afterPath: string }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button type="button" variant="ghost" size="sm">
          <Trash2 className="h-4 w-4" aria-hidden /> Delete
        </Button>
      }
      title={`Delete the measure “${name}”?`}
      description="Its targets, every measurement and their history are deleted with it. This cannot be undone."
      confirmLabel="Delete measure"
      onConfirm={async () => {
        const r = await deleteMeasureAction(null, { workspace, measureId });
        if (!r.ok) {
          toast.error(r.error);
          return false;
        }
        toast.success(`Deleted “${r.data.name}”.`);
        router.push(afterPath);
        router.refresh();
      }}
    />
  );
}
