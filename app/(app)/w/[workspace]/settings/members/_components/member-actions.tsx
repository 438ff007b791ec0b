'use client';

import { RoleOptions } from '@/components/role-options';
import * as React from 'react';
import { useRouter } from 'next/navigation';
import { UserCog, UserMinus } from 'lucide-react';
import { changeMemberRoleAction, removeMemberAction } from '../actions';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog, DialogContent, DialogTrigger, DialogActions } from '@/components/ui/dialog';
import { Field, FormMessage } from '@/components/ui/field';
import { Select } from '@/components/ui/input';
import { toast } from '@/components/ui/toaster';
import { roleDescriptions, roleLabels, type Role } from '@/lib/authz';
import type { MemberRow } from './types';

function ChangeRoleForm({ slug, member, grantable, onDone }: { slug: string; member: MemberRow; grantable: Role[]; onDone: () => void }) {
  const router = useRouter();
  const [role, setRole] = React.useState<Role>(member.role);
  const [version, setVersion] = React.useState(member.version);
  const [error, setError] = React.useState<{ message: string; field?: string[] } | null>(null);
  const [pending, startTransition] = React.useTransition();
  function submit(e: React.FormEvent) {
    e.preventDefault();
    startTransition(async () => {
      const res = await changeMemberRoleAction(null, { workspace: slug, memberId: member.id, role, version });
      if (res.ok) {
        toast.success(res.data.role === member.role ? `${member.name} stays ${roleLabels[res.data.role]}.` : `${member.name} is now ${roleLabels[res.data.role]}.`);
        onDone();
        return;
      }
      setError({ message: res.error, field: res.fieldErrors?.role });
      if (res.code === 'conflict') {
        // Keep the user's choice; adopt the current version so that saving again is a deliberate overwrite.
        const current = res.current as { version?: number } | undefined;
        if (current?.version) setVersion(current.version);
      }
      if (res.code === 'conflict' || res.code === 'not_found') router.refresh();
    });
  }
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormMessage>{error && !error.field ? error.message : undefined}</FormMessage>
      <Field id={`role-${member.id}`} label="Role" errors={error?.field} hint={roleDescriptions[role] && `${roleLabels[role]}: ${roleDescriptions[role]}.`}>
        {(a) => (
          <Select {...a} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <RoleOptions roles={grantable} />
          </Select>
        )}
      </Field>
      <DialogActions>
        <Button type="submit" loading={pending}>
          Save role
        </Button>
      </DialogActions>
    </form>
  );
}

/** Opens a dialog to pick one of the roles the viewer may grant; a stale version is shown as a conflict. */
export function ChangeRoleDialog({ slug, member, grantable }: { slug: string; member: MemberRow; grantable: Role[] }) {
  const [open, setOpen] = React.useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm" aria-label={`Change role of ${member.name}`} className="px-2 sm:px-3">
          <UserCog className="h-4 w-4 sm:hidden" aria-hidden />
          <span className="hidden whitespace-nowrap sm:inline">Change role</span>
        </Button>
      </DialogTrigger>
      <DialogContent title={`Change ${member.name}’s role`} description={`Currently ${roleLabels[member.role]}. You can grant roles up to your own.`}>
        <ChangeRoleForm slug={slug} member={member} grantable={grantable} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

/** Removes a member after confirmation; they lose access on their next request. */
export function RemoveMemberButton({ slug, member }: { slug: string; member: MemberRow }) {
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" className="px-2 text-danger sm:px-3" aria-label={`Remove ${member.name}`}>
          <UserMinus className="h-4 w-4 sm:hidden" aria-hidden />
          <span className="hidden sm:inline">Remove</span>
        </Button>
      }
      title={`Remove ${member.name}?`}
      description={`${member.name} (${member.email}) loses access to this workspace at once. You can invite them again later.`}
      confirmLabel="Remove member"
      onConfirm={async () => {
        const res = await removeMemberAction(null, { workspace: slug, memberId: member.id });
        if (res.ok) toast.success(`${member.name} was removed from the workspace.`);
        else toast.error(res.error);
      }}
    />
  );
}
