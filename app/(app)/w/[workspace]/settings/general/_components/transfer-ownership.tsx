'use client';

import * as React from 'react';
import Link from 'next/link';
import { transferOwnershipAction } from '../actions';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import { toast } from '@/components/ui/toaster';
import { roleLabels, type Role } from '@/lib/authz';

export type Candidate = { id: string; name: string; email: string; role: Role };

/** Owners pick another member to become owner; they step down to admin after confirming. */
export function TransferOwnership({ slug, candidates }: { slug: string; candidates: Candidate[] }) {
  const [memberId, setMemberId] = React.useState('');
  const [error, setError] = React.useState<string[] | undefined>();
  const chosen = candidates.find((c) => c.id === memberId);

  if (candidates.length === 0) {
    return (
      <p className="text-sm text-muted">
        There is nobody to hand over to yet.{' '}
        <Link href={`/w/${slug}/settings/members`} className="text-brand-700 hover:underline">
          Invite a colleague
        </Link>{' '}
        first; once they have joined you can make them the owner.
      </p>
    );
  }

  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <div className="min-w-0 flex-1">
        <Field id="transfer-member" label="New owner" errors={error}>
          {(a) => (
            <Select
              {...a}
              value={memberId}
              onChange={(e) => {
                setMemberId(e.target.value);
                setError(undefined);
              }}
            >
              <option value="">Choose a member…</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.email}) · {roleLabels[c.role]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <ConfirmDialog
        trigger={
          <Button variant="secondary" disabled={!chosen}>
            Transfer ownership…
          </Button>
        }
        title={chosen ? `Make ${chosen.name} the owner?` : 'Transfer ownership?'}
        description="They become an owner of this workspace and you become an admin: you will no longer be able to change these settings, transfer ownership or delete the workspace unless an owner makes you one again."
        confirmLabel="Transfer ownership"
        onConfirm={async () => {
          const r = await transferOwnershipAction(null, { workspace: slug, memberId });
          if (r.ok) {
            toast.success(`${r.data.name} is now the owner. You are an admin.`);
            return;
          }
          setError(r.fieldErrors?.memberId ?? [r.error]);
          toast.error(r.error);
          return false;
        }}
      />
    </div>
  );
}
