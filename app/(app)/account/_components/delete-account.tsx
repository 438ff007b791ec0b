'use client';

import Link from 'next/link';
import * as React from 'react';
import { TriangleAlert } from 'lucide-react';
import { deleteAccountAction } from '../actions';
import { useActionForm } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogTrigger, DialogActions } from '@/components/ui/dialog';
import { Field, FormMessage } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';

type Owned = { id: string; name: string; slug: string };

export function DeleteAccount({ soleOwned }: { soleOwned: Owned[] }) {
  if (soleOwned.length) {
    return (
      <div role="note" className="flex gap-3 rounded-md bg-warning-bg px-4 py-3 text-sm">
        <TriangleAlert className="mt-0.5 h-4 w-4 shrink-0 text-warning" aria-hidden />
        <div className="space-y-2">
          <p>
            <strong>You cannot delete your account yet:</strong> you are the only owner of{' '}
            {soleOwned.length === 1 ? 'this workspace' : 'these workspaces'}. Make another member an owner, or delete the workspace, first.
          </p>
          <ul className="list-disc space-y-1 pl-5">
            {soleOwned.map((w) => (
              <li key={w.id}>
                <Link href={`/w/${w.slug}/settings/general`} className="font-medium text-brand-700 hover:underline">
                  {w.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
    );
  }
  return <DeleteAccountDialog />;
}

function DeleteAccountDialog() {
  const [open, setOpen] = React.useState(false);
  const { formAction, errors, formError, state } = useActionForm(deleteAccountAction);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="danger">Delete account…</Button>
      </DialogTrigger>
      <DialogContent
        title="Delete your account?"
        description="Your account and your access to every workspace are removed for good. Workspace content and activity history stay with the workspaces."
      >
        {/* Re-mounted per result so a failed attempt shows an empty password field. */}
        <form action={formAction} className="space-y-4" noValidate key={state ? JSON.stringify(state) : 'init'}>
          <FormMessage>{formError}</FormMessage>
          <Field id="delete-password" label="Your password" errors={errors('password')}>
            {(a) => <Input {...a} name="password" type="password" autoComplete="current-password" required autoFocus />}
          </Field>
          <DialogActions>
            <SubmitButton variant="danger">Delete my account</SubmitButton>
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
