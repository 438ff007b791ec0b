'use client';

import { revokeApiTokenAction } from '../actions';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toaster';

export function RevokeTokenButton({ workspace, token }: { workspace: string; token: { id: string; name: string; prefix: string } }) {
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" size="sm" aria-label={`Revoke ${token.name}`}>
          Revoke
        </Button>
      }
      title={`Revoke “${token.name}”?`}
      description={
        <>
          Anything using this token (<code className="font-mono">{token.prefix}…</code>) is refused from now on. This cannot be undone.
        </>
      }
      confirmLabel="Revoke token"
      onConfirm={async () => {
        const r = await revokeApiTokenAction(null, { workspace, id: token.id });
        if (r.ok) toast.success(`Token “${token.name}” revoked.`);
        else toast.error(r.error);
      }}
    />
  );
}
