'use client';

import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toaster';
import { revokeShareLinkAction } from './actions';
import type { ShareDialogProps, ShareLinkItem } from './types';

/** The live links of the scorecard: what each shares, its expiry and password, its views; each with Revoke. */
export function ShareLinkList({ workspace, links, locale, timeZone }: ShareDialogProps) {
  const date = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso));
  const dateTime = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
  return (
    <section aria-labelledby="share-links-heading" className="space-y-2">
      <h3 id="share-links-heading" className="text-sm font-semibold">
        Links
      </h3>
      {links.length === 0 ? (
        <p className="rounded-md border border-dashed border-line px-3 py-4 text-sm text-muted">No share links yet. Create one below and send it to your readers.</p>
      ) : (
        <ul className="divide-y divide-line rounded-md border border-line">
          {links.map((l) => (
            <li key={l.id} className="flex flex-wrap items-start justify-between gap-3 px-3 py-2.5">
              <div className="min-w-0 space-y-0.5 text-sm">
                <p className="break-words font-medium">
                  {l.label} {l.expired && <span className="rounded bg-danger-bg px-1.5 py-0.5 text-xs text-danger">Expired</span>}
                </p>
                <p className="text-xs text-muted">
                  Created {date(l.createdAt)}
                  {l.createdByName ? ` by ${l.createdByName}` : ''} · {l.expiresAt ? `${l.expired ? 'Expired' : 'Expires'} ${dateTime(l.expiresAt)}` : 'No expiry'} ·{' '}
                  {l.hasPassword ? 'Password: yes' : 'Password: no'}
                </p>
                <p className="text-xs text-muted">Includes: {included(l)}</p>
                <p className="text-xs text-muted">
                  {l.viewCount === 1 ? '1 view' : `${new Intl.NumberFormat(locale).format(l.viewCount)} views`}
                  {l.lastViewedAt ? ` · last viewed ${dateTime(l.lastViewedAt)}` : ' · not viewed yet'}
                </p>
              </div>
              <RevokeShareLinkButton workspace={workspace} link={l} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function included(l: ShareLinkItem) {
  return ['scorecard', l.includeStrategyMap && 'strategy map', l.includeJourneys && 'linked journeys'].filter(Boolean).join(', ');
}

function RevokeShareLinkButton({ workspace, link }: { workspace: string; link: ShareLinkItem }) {
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" size="sm" aria-label={`Revoke ${link.label}`}>
          Revoke
        </Button>
      }
      title={`Revoke “${link.label}”?`}
      description="Anyone opening this link gets “not found” from now on. This cannot be undone; create a new link to share again."
      confirmLabel="Revoke link"
      onConfirm={async () => {
        const r = await revokeShareLinkAction(null, { workspace, id: link.id });
        if (r.ok) toast.success(`Link “${link.label}” revoked.`);
        else toast.error(r.error);
        return r.ok;
      }}
    />
  );
}
