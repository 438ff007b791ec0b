'use client';

import { useRouter } from 'next/navigation';
import { deleteWorkspaceAction } from '../actions';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/toaster';

/** The danger zone: owners delete the workspace after typing its address. */
export function DeleteWorkspace({ slug, name }: { slug: string; name: string }) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={<Button variant="danger">Delete workspace…</Button>}
      title={`Delete “${name}”?`}
      description="This deletes the workspace with all its members, invitations, API tokens and activity, for everyone. It cannot be undone."
      confirmLabel="Delete workspace"
      typeToConfirm={slug}
      onConfirm={async (typed) => {
        const r = await deleteWorkspaceAction(null, { workspace: slug, confirm: typed });
        if (!r.ok) {
          toast.error(r.fieldErrors?.confirm?.[0] ?? r.error);
          return false;
        }
        toast.success(`The workspace “${r.data.name}” was deleted.`);
        router.replace('/w');
      }}
    />
  );
}
