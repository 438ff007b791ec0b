import Link from 'next/link';
import { requireWorkspace } from '@/lib/workspace';
import { can, roleLabels } from '@/lib/authz';
import { listMembers } from '@/db/queries/workspaces';
import { PageHeader } from '@/components/ui/page-header';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';

export default async function OverviewPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requireWorkspace(slug);
  const members = await listMembers(ctx.workspace.id);
  const base = `/w/${ctx.workspace.slug}`;
  return (
    <>
      <PageHeader
        title={ctx.workspace.name}
        description={
          <>
            You are <Badge tone="brand">{roleLabels[ctx.role]}</Badge> in this workspace.
          </>
        }
        action={
          can(ctx.role, 'invitations.manage') ? (
            <Button asChild>
              <Link href={`${base}/settings/members`}>Invite people</Link>
            </Button>
          ) : undefined
        }
      />
      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <CardHeader title="Team" description={`${members.length} ${members.length === 1 ? 'member' : 'members'}`} />
          <CardBody>
            <ul className="space-y-2">
              {members.slice(0, 8).map((m) => (
                <li key={m.id} className="flex items-center justify-between gap-3 text-sm">
                  <span className="truncate">{m.name}</span>
                  <Badge>{roleLabels[m.role]}</Badge>
                </li>
              ))}
            </ul>
            <Link href={`${base}/settings/members`} className="mt-4 inline-block text-sm text-brand-700 hover:underline">
              All members
            </Link>
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Workspace" />
          <CardBody>
            <dl className="grid grid-cols-2 gap-y-2 text-sm">
              <dt className="text-muted">Time zone</dt>
              <dd>{ctx.workspace.timeZone}</dd>
              <dt className="text-muted">Currency</dt>
              <dd>{ctx.workspace.currency}</dd>
              <dt className="text-muted">Locale</dt>
              <dd>{ctx.workspace.locale}</dd>
              <dt className="text-muted">Fiscal year starts</dt>
              <dd>{new Intl.DateTimeFormat(ctx.workspace.locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, ctx.workspace.fiscalYearStart - 1, 1)))}</dd>
            </dl>
          </CardBody>
        </Card>
      </div>
    </>
  );
}
