import { AccountHeader } from '@/components/account-header';
import Link from 'next/link';
import { ChevronRight } from 'lucide-react';
import { requireUser } from '@/lib/session';
import { listUserWorkspaces } from '@/db/queries/workspaces';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Badge } from '@/components/ui/badge';
import { roleLabels } from '@/lib/authz';
import { CreateWorkspaceForm } from './_components/create-workspace-form';
import { ImportWorkspaceForm } from './_components/import-workspace-form';

export const metadata = { title: 'Your workspaces' };

export default async function WorkspacesPage() {
  const user = await requireUser('/w');
  const list = await listUserWorkspaces(user.id);
  return (
    <div className="min-h-screen">
      <AccountHeader name={user.name} email={user.email} />
      <main className="mx-auto max-w-2xl space-y-6 px-4 py-10">
        <h1 className="text-2xl font-semibold">Your workspaces</h1>
        {list.length > 0 ? (
          <Card>
            <ul className="divide-y divide-line">
              {list.map((w) => (
                <li key={w.id}>
                  <Link href={`/w/${w.slug}`} className="flex items-center justify-between gap-3 px-5 py-4 hover:bg-canvas">
                    <span className="min-w-0">
                      <span className="block truncate font-medium">{w.name}</span>
                      <span className="block text-sm text-muted">/w/{w.slug}</span>
                    </span>
                    <span className="flex items-center gap-2">
                      <Badge>{roleLabels[w.role]}</Badge>
                      <ChevronRight className="h-4 w-4 text-muted" aria-hidden />
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        ) : (
          <p className="text-muted">You are not in any workspace yet. Create one below, or open an invitation link a colleague sent you.</p>
        )}
        <Card>
          <CardHeader title="Create a workspace" description="You will be its owner and can invite your team." />
          <CardBody>
            <CreateWorkspaceForm />
          </CardBody>
        </Card>
        <Card id="import">
          <CardHeader
            title="Import a workspace from a file"
            description="Creates a new workspace, owned by you, from a file another workspace’s admin downloaded. Members are not imported."
          />
          <CardBody>
            <ImportWorkspaceForm />
          </CardBody>
        </Card>
      </main>
    </div>
  );
}
