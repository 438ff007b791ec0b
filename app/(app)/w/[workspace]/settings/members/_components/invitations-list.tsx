'use client';

import * as React from 'react';
import { Clock, Mail } from 'lucide-react';
import { resendInvitationAction, revokeInvitationAction } from '../actions';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog, DialogClose, DialogContent } from '@/components/ui/dialog';
import { toast } from '@/components/ui/toaster';
import { canActOn, roleLabels, type Role } from '@/lib/authz';
import { InvitationLink, type SentInvitation } from './invite-dialog';
import type { Viewer } from './types';

export type InvitationRow = { id: string; email: string; role: Role; status: 'pending' | 'expired'; expiresAt: Date; invitedByName: string | null };

function ResendButton({ slug, invitation }: { slug: string; invitation: InvitationRow }) {
  const [pending, startTransition] = React.useTransition();
  const [sent, setSent] = React.useState<SentInvitation | null>(null);
  const resend = () =>
    startTransition(async () => {
      const res = await resendInvitationAction(null, { workspace: slug, invitationId: invitation.id });
      if (!res.ok) {
        toast.error(res.error);
        return;
      }
      setSent(res.data);
      toast.success(`Invitation re-sent to ${res.data.email}.`);
    });
  return (
    <>
      <Button variant="secondary" size="sm" loading={pending} onClick={resend} aria-label={`Re-send invitation to ${invitation.email}`}>
        Re-send
      </Button>
      <Dialog open={!!sent} onOpenChange={(o) => !o && setSent(null)}>
        {sent && (
          <DialogContent title="Invitation re-sent" description="The previous link no longer works.">
            <InvitationLink sent={sent} />
            <div className="mt-4 flex justify-end">
              <DialogClose asChild>
                <Button type="button">Done</Button>
              </DialogClose>
            </div>
          </DialogContent>
        )}
      </Dialog>
    </>
  );
}

/** Admins: invitations not yet accepted, with their expiry, Re-send (new link) and Revoke (confirmed). */
export function InvitationsList({ invitations, viewer }: { invitations: InvitationRow[]; viewer: Viewer }) {
  const date = new Intl.DateTimeFormat(viewer.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: viewer.timeZone });
  return (
    <Card>
      <CardHeader title="Pending invitations" description={invitations.length ? `${invitations.length} waiting to be accepted` : undefined} />
      <CardBody className="p-0">
        {invitations.length === 0 ? (
          <p className="px-5 py-6 text-sm text-muted">No pending invitations. Use “Invite people” to bring someone in; they will show here until they accept.</p>
        ) : (
          <ul aria-label="Pending invitations" className="divide-y divide-line">
            {invitations.map((inv) => (
              <li key={inv.id} className="flex flex-col gap-3 px-5 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2">
                    <Mail className="h-4 w-4 text-muted" aria-hidden />
                    <span className="truncate font-medium">{inv.email}</span>
                    <Badge>{roleLabels[inv.role]}</Badge>
                    {inv.status === 'expired' && (
                      <Badge tone="warning">
                        <Clock className="h-3 w-3" aria-hidden /> Expired
                      </Badge>
                    )}
                  </p>
                  <p className="mt-0.5 text-xs text-muted">
                    {inv.invitedByName ? `Invited by ${inv.invitedByName} · ` : ''}
                    {inv.status === 'expired' ? 'Expired' : 'Expires'} <time dateTime={inv.expiresAt.toISOString()}>{date.format(inv.expiresAt)}</time>
                  </p>
                </div>
                {canActOn(viewer.role, inv.role) && (
                  <div className="flex shrink-0 gap-2">
                    <ResendButton slug={viewer.slug} invitation={inv} />
                    <ConfirmDialog
                      trigger={
                        <Button variant="ghost" size="sm" className="text-danger" aria-label={`Revoke invitation to ${inv.email}`}>
                          Revoke
                        </Button>
                      }
                      title={`Revoke the invitation to ${inv.email}?`}
                      description="The link stops working at once. You can invite them again later."
                      confirmLabel="Revoke invitation"
                      onConfirm={async () => {
                        const res = await revokeInvitationAction(null, { workspace: viewer.slug, invitationId: inv.id });
                        if (res.ok) toast.success(`Invitation to ${inv.email} revoked.`);
                        else toast.error(res.error);
                      }}
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
