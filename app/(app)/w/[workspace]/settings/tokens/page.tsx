import type { Metadata } from 'next';
import { requireWorkspace } from '@/lib/workspace';
import { ROLES, canGrant } from '@/lib/authz';
import { listApiTokens } from '@/db/queries/api-tokens';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/page-header';
import { CreateTokenDialog } from './_components/create-token-dialog';
import { TokenList } from './_components/token-list';
import { ApiCard } from './_components/api-card';

export const metadata: Metadata = { title: 'API tokens' };

export default async function TokensPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requireWorkspace(slug, 'tokens.manage');
  const { workspace, role } = ctx;
  const tokens = await listApiTokens(workspace.id);
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="API tokens"
          description="Tokens let scripts and other tools use this workspace through the JSON API, each with a role."
          action={<CreateTokenDialog workspace={workspace.slug} roles={ROLES.filter((r) => canGrant(role, r))} actorRole={role} />}
        />
        {tokens.length === 0 ? (
          <div className="p-5">
            <EmptyState title="No API tokens yet">
              A token lets a script, a spreadsheet or another tool read and change this workspace without anyone’s password. Create one with{' '}
              <strong>New token</strong>, give it the lowest role that does the job, and revoke it when it is no longer needed.
            </EmptyState>
          </div>
        ) : (
          <TokenList tokens={tokens} workspace={workspace.slug} actorRole={role} locale={workspace.locale} timeZone={workspace.timeZone} />
        )}
      </Card>
      <ApiCard workspace={workspace.slug} locale={workspace.locale} />
    </div>
  );
}
