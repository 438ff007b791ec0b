import Link from 'next/link';
import { CircleAlert, MailCheck } from 'lucide-react';
import { getCurrentUser } from '@/lib/session';
import { roleLabels } from '@/lib/authz';
import { findInvitationByToken } from '@/db/queries/invitations';
import { findMembershipBySlug } from '@/db/queries/workspaces';
import { normalizeEmail } from '@/db/queries/users';
import { Button } from '@/components/ui/button';
import { JoinForm, SignOutToInviteForm } from './_components/invite-forms';

export const metadata = { title: 'Invitation', robots: { index: false, follow: false } };

const headings = { invalid: 'This invitation link is not valid', expired: 'This invitation has expired', revoked: 'This invitation was revoked', used: 'This invitation was already used' };

const nextSteps = {
  invalid: 'Check that you opened the whole link from the email, or ask the person who invited you to send it again.',
  expired: 'Invitations work for 7 days. Ask the person who invited you to re-send it.',
  revoked: 'It was withdrawn, or replaced by a newer invitation. Ask the person who invited you for a new link.',
  used: 'Each invitation link works once. If it was yours, sign in to open the workspace.',
};

/** j***@example.com: enough to recognise one's own address without revealing it to someone else. */
function maskEmail(email: string) {
  const [local, domain] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

function Problem({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="space-y-4">
      <div className="flex items-start gap-3">
        <CircleAlert className="mt-0.5 h-6 w-6 shrink-0 text-danger" aria-hidden />
        <h1 className="text-xl font-semibold">{title}</h1>
      </div>
      {children}
    </div>
  );
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [found, user] = await Promise.all([findInvitationByToken(token), getCurrentUser()]);
  const member = user && found.state !== 'invalid' ? await findMembershipBySlug(user.id, found.workspace.slug) : null;
  const here = `/invite/${token}`;

  if (member && found.state !== 'invalid') {
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-semibold">You are already a member of {found.workspace.name}</h1>
        <p className="text-sm text-muted">You are {roleLabels[member.role]} there. Nothing to accept.</p>
        <Button asChild className="w-full">
          <Link href={`/w/${found.workspace.slug}`}>Open {found.workspace.name}</Link>
        </Button>
      </div>
    );
  }

  if (found.state !== 'valid') {
    return (
      <Problem title={headings[found.state]}>
        <p className="text-sm text-muted">{nextSteps[found.state]}</p>
        <p className="text-sm text-muted">Nobody joined a workspace through this link.</p>
        <Button asChild variant="secondary" className="w-full">
          {user ? <Link href="/w">Go to your workspaces</Link> : <Link href="/sign-in">Sign in</Link>}
        </Button>
      </Problem>
    );
  }

  const { invitation, workspace, inviterName } = found;
  const intro = (
    <p className="text-sm">
      {inviterName ? <strong>{inviterName}</strong> : 'Someone'} invited you to join <strong>{workspace.name}</strong> on Wayfinder as{' '}
      <strong>{roleLabels[invitation.role]}</strong>.
    </p>
  );
  const expires = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(invitation.expiresAt);

  if (user && normalizeEmail(user.email) !== invitation.email) {
    return (
      <Problem title="This invitation is for a different email address">
        <p className="text-sm">
          It was sent to <strong>{maskEmail(invitation.email)}</strong>, but you are signed in as <strong>{user.email}</strong>. Sign out, then sign in or
          create an account with the invited address.
        </p>
        <SignOutToInviteForm token={token} />
      </Problem>
    );
  }

  return (
    <div className="space-y-5">
      <div className="flex items-start gap-3">
        <MailCheck className="mt-0.5 h-6 w-6 shrink-0 text-brand-600" aria-hidden />
        <h1 className="text-xl font-semibold">Join {workspace.name}</h1>
      </div>
      {intro}
      <p className="text-xs text-muted">The invitation is for {invitation.email} and expires on {expires} UTC.</p>
      {user ? (
        <JoinForm token={token} workspaceName={workspace.name} />
      ) : (
        <div className="flex flex-col gap-2">
          <Button asChild className="w-full">
            <Link href={`/sign-up?next=${encodeURIComponent(here)}&email=${encodeURIComponent(invitation.email)}`}>Create an account</Link>
          </Button>
          <Button asChild variant="secondary" className="w-full">
            <Link href={`/sign-in?next=${encodeURIComponent(here)}&email=${encodeURIComponent(invitation.email)}`}>Sign in</Link>
          </Button>
        </div>
      )}
    </div>
  );
}
