import { requireWorkspace } from '@/lib/workspace';
import { ROLES, can, canGrant } from '@/lib/authz';
import { listMembers } from '@/db/queries/workspaces';
import { listPendingInvitations } from '@/db/queries/invitations';
import { MembersTable } from './_components/members-table';
import { InviteDialog } from './_components/invite-dialog';
import { InvitationsList } from './_components/invitations-list';
import { LeaveWorkspace } from './_components/leave-workspace';
import type { Viewer } from './_components/types';

export const metadata = { title: 'Members' };

export default async function MembersPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requireWorkspace(slug, 'members.read');
  const canInvite = can(ctx.role, 'invitations.manage');
  const [members, invitations] = await Promise.all([listMembers(ctx.workspace.id), canInvite ? listPendingInvitations(ctx.workspace.id) : []]);
  const viewer: Viewer = { userId: ctx.user!.id, role: ctx.role, slug: ctx.workspace.slug, locale: ctx.workspace.locale, timeZone: ctx.workspace.timeZone };
  const soleOwner = ctx.role === 'owner' && members.filter((m) => m.role === 'owner').length === 1;
  return (
    <div className="space-y-8">
      <section aria-labelledby="members-heading" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h2 id="members-heading" className="text-lg font-semibold">
              Members
            </h2>
            <p className="text-sm text-muted">
              {canInvite ? 'Everyone in this workspace. Invite people, change their roles or remove them.' : 'Everyone in this workspace and their roles.'}
            </p>
          </div>
          {canInvite && <InviteDialog slug={ctx.workspace.slug} roles={ROLES.filter((r) => canGrant(ctx.role, r))} />}
        </div>
        <MembersTable members={members} viewer={viewer} />
      </section>
      {canInvite && <InvitationsList invitations={invitations} viewer={viewer} />}
      <LeaveWorkspace slug={ctx.workspace.slug} workspaceName={ctx.workspace.name} soleOwner={soleOwner} />
    </div>
  );
}
