'use client';

import { RoleOptions } from '@/components/role-options';
import * as React from 'react';
import { UserPlus } from 'lucide-react';
import { inviteAction } from '../actions';
import { useActionForm } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';
import { CopyField } from '@/components/ui/copy-field';
import { Dialog, DialogClose, DialogContent, DialogTrigger, DialogActions } from '@/components/ui/dialog';
import { Field, FormMessage } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { toast } from '@/components/ui/toaster';
import { roleDescriptions, roleLabels, type Role } from '@/lib/authz';

export type SentInvitation = { email: string; link: string; mailed: boolean; role?: Role };

function InviteForm({ slug, roles, onSent }: { slug: string; roles: Role[]; onSent: (s: SentInvitation) => void }) {
  const { formAction, errors, value, formError, state } = useActionForm(inviteAction, onSent);
  const k = state && !state.ok ? 'r' + JSON.stringify(state.values) : 'init';
  const fallbackRole = roles.includes('editor') ? 'editor' : roles[0];
  return (
    <form action={formAction} className="space-y-4" noValidate key={k}>
      <FormMessage>{formError}</FormMessage>
      <input type="hidden" name="workspace" value={slug} />
      <Field id="invite-email" label="Email" errors={errors('email')} hint="They get a link by email that works once, for 7 days.">
        {(a) => <Input {...a} name="email" type="email" autoComplete="off" required defaultValue={value('email')} autoFocus />}
      </Field>
      <Field id="invite-role" label="Role" errors={errors('role')} hint={roles.map((r) => `${roleLabels[r]}: ${roleDescriptions[r]}.`).join(' ')}>
        {(a) => (
          <Select {...a} name="role" defaultValue={value('role', fallbackRole)}>
            <RoleOptions roles={roles} />
          </Select>
        )}
      </Field>
      <DialogActions>
        <SubmitButton>Send invitation</SubmitButton>
      </DialogActions>
    </form>
  );
}

/** The link of a new (or re-sent) invitation, shown this once, with whether the email went out. */
export function InvitationLink({ sent }: { sent: SentInvitation }) {
  return (
    <div className="space-y-4">
      {sent.mailed ? (
        <p role="status" className="rounded-md bg-success-bg px-3 py-2 text-sm text-success">
          We emailed an invitation to <strong>{sent.email}</strong>.
        </p>
      ) : (
        <p role="alert" className="rounded-md bg-warning-bg px-3 py-2 text-sm text-warning">
          The invitation to <strong>{sent.email}</strong> is ready, but the email could not be sent. Copy the link and send it yourself.
        </p>
      )}
      <CopyField id="invitation-link" label="Invitation link" value={sent.link} />
      <p className="text-xs text-muted">This link is shown only now. It works once and expires in 7 days; re-send the invitation to get a new one.</p>
    </div>
  );
}

/** "Invite people": email + a role up to the viewer's own; on success shows the link once to copy. */
export function InviteDialog({ slug, roles }: { slug: string; roles: Role[] }) {
  const [open, setOpen] = React.useState(false);
  const [sent, setSent] = React.useState<SentInvitation | null>(null);
  const [round, setRound] = React.useState(0);
  const onSent = React.useCallback((s: SentInvitation) => {
    setSent(s);
    toast.success(`Invitation sent to ${s.email}.`);
  }, []);
  const reset = () => {
    setSent(null);
    setRound((r) => r + 1);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <UserPlus className="h-4 w-4" aria-hidden /> Invite people
        </Button>
      </DialogTrigger>
      <DialogContent title={sent ? 'Invitation sent' : 'Invite people'} description={sent ? undefined : 'Invite someone by email with a role up to your own.'}>
        {sent ? (
          <div className="space-y-4">
            <InvitationLink sent={sent} />
            <div className="flex justify-end gap-2">
              <Button type="button" variant="secondary" onClick={reset}>
                Invite someone else
              </Button>
              <DialogClose asChild>
                <Button type="button">Done</Button>
              </DialogClose>
            </div>
          </div>
        ) : (
          <InviteForm key={round} slug={slug} roles={roles} onSent={onSent} />
        )}
      </DialogContent>
    </Dialog>
  );
}
