'use client';

import { RoleOptions } from '@/components/role-options';
import { Plus } from 'lucide-react';
import * as React from 'react';
import { createApiTokenAction } from '../actions';
import { useActionForm } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogTrigger, DialogActions } from '@/components/ui/dialog';
import { Field, FormMessage } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { roleLabels, type Role } from '@/lib/authz';
import { TokenSecret } from './token-secret';

/** "New token": a form in a dialog; after creation the same dialog shows the secret, once. */
export function CreateTokenDialog({ workspace, roles, actorRole }: { workspace: string; roles: Role[]; actorRole: Role }) {
  const [open, setOpen] = React.useState(false);
  // A new key after each close gives the next opening a fresh, empty form (and forgets the secret).
  const [round, setRound] = React.useState(0);
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) setRound((r) => r + 1);
      }}
    >
      <DialogTrigger asChild>
        <Button size="sm">
          <Plus className="h-4 w-4" aria-hidden />
          New token
        </Button>
      </DialogTrigger>
      <CreateTokenBody key={round} workspace={workspace} roles={roles} actorRole={actorRole} />
    </Dialog>
  );
}

function CreateTokenBody({ workspace, roles, actorRole }: { workspace: string; roles: Role[]; actorRole: Role }) {
  const { state, formAction, errors, value, formError } = useActionForm(createApiTokenAction);
  if (state?.ok) {
    return (
      <DialogContent title="Copy your new token" dismissOnOutsideClick={false}>
        <TokenSecret workspace={workspace} token={state.data} />
        <div className="mt-6 flex justify-end">
          <DialogClose asChild>
            <Button>Done</Button>
          </DialogClose>
        </div>
      </DialogContent>
    );
  }
  return (
    <DialogContent title="New API token" description="The token acts on this workspace with the role you choose, through the JSON API.">
      <form action={formAction} className="space-y-4" noValidate>
        <FormMessage>{formError}</FormMessage>
        <input type="hidden" name="workspace" value={workspace} />
        <Field id="token-name" label="Name" hint="Say what uses it, e.g. “Nightly KPI import”." errors={errors('name')}>
          {(a) => <Input {...a} name="name" required maxLength={80} autoComplete="off" defaultValue={value('name')} />}
        </Field>
        <Field
          id="token-role"
          label="Role"
          hint={`Choose the lowest role that does the job. You can grant up to your own role (${roleLabels[actorRole]}).`}
          errors={errors('role')}
        >
          {(a) => (
            <Select {...a} name="role" defaultValue={value('role', 'viewer')}>
              <RoleOptions roles={roles} describe />
            </Select>
          )}
        </Field>
        <DialogActions>
          <SubmitButton>Create token</SubmitButton>
        </DialogActions>
      </form>
    </DialogContent>
  );
}
