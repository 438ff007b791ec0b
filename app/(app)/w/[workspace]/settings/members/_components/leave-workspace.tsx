'use client';

import { leaveWorkspaceAction } from '../actions';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toaster';

/** Leave the workspace (confirmed); the only owner is told to hand over ownership first. */
export function LeaveWorkspace({ slug, workspaceName, soleOwner }: { slug: string; workspaceName: string; soleOwner: boolean }) {
  return (
    <Card>
      <CardHeader
        title="Leave workspace"
        description={
          soleOwner
            ? 'You are the only owner. Make someone else an owner before you leave.'
            : `You lose access to ${workspaceName} at once. Someone will have to invite you again to come back.`
        }
        action={
          soleOwner ? (
            <Button variant="secondary" disabled className="opacity-60">
              Leave workspace
            </Button>
          ) : (
            <ConfirmDialog
              trigger={<Button variant="secondary">Leave workspace</Button>}
              title={`Leave ${workspaceName}?`}
              description="You lose access at once. Your past contributions stay in the workspace."
              confirmLabel="Leave workspace"
              onConfirm={async () => {
                const res = await leaveWorkspaceAction(null, { workspace: slug });
                if (res && !res.ok) toast.error(res.error);
              }}
            />
          )
        }
      />
    </Card>
  );
}
