import { Ban, CircleCheck } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/relative-time';
import { canGrant, roleLabels, type Role } from '@/lib/authz';
import type { listApiTokens } from '@/db/queries/api-tokens';
import { RevokeTokenButton } from './revoke-token-button';

type Token = Awaited<ReturnType<typeof listApiTokens>>[number];

/** The workspace's tokens, live and revoked; never their secrets. */
export function TokenList({ tokens, workspace, actorRole, locale, timeZone }: { tokens: Token[]; workspace: string; actorRole: Role; locale: string; timeZone: string }) {
  const when = (d: Date) => <RelativeTime date={d} locale={locale} timeZone={timeZone} />;
  return (
    <ul className="divide-y divide-line" aria-label="API tokens">
      {tokens.map((t) => (
        <li key={t.id} className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-start sm:justify-between">
          <div className={t.revokedAt ? 'min-w-0 space-y-1.5 opacity-75' : 'min-w-0 space-y-1.5'}>
            <div className="flex flex-wrap items-center gap-2">
              <span className="break-all font-medium">{t.name}</span>
              <code className="rounded bg-canvas px-1.5 py-0.5 font-mono text-xs text-muted" title="The first characters of the token">
                {t.prefix}…
              </code>
              <Badge tone="brand">{roleLabels[t.role]}</Badge>
              {t.revokedAt ? (
                <Badge tone="danger">
                  <Ban className="h-3 w-3" aria-hidden />
                  Revoked
                </Badge>
              ) : (
                <Badge tone="success">
                  <CircleCheck className="h-3 w-3" aria-hidden />
                  Active
                </Badge>
              )}
            </div>
            <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-4">
              <Item term="Created by">{t.createdByName ?? <span className="text-muted">A deleted account</span>}</Item>
              <Item term="Created">{when(t.createdAt)}</Item>
              <Item term="Last used">{t.lastUsedAt ? when(t.lastUsedAt) : 'Never'}</Item>
              {t.revokedAt && <Item term="Revoked">{when(t.revokedAt)}</Item>}
            </dl>
          </div>
          {!t.revokedAt && canGrant(actorRole, t.role) && <RevokeTokenButton workspace={workspace} token={t} />}
        </li>
      ))}
    </ul>
  );
}

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-1.5">
      <dt className="text-muted">{term}:</dt>
      <dd>{children}</dd>
    </div>
  );
}
