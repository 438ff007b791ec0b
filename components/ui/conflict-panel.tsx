'use client';

import { AlertTriangle } from 'lucide-react';
import * as React from 'react';
import { Badge } from './badge';
import { Button } from './button';

export type ConflictRow = { key: string; label: string; theirs: React.ReactNode; differs: boolean };

/**
 * Shown after a stale save: what the other person saved, field by field (marking where it differs
 * from the user's own input, which stays in the form), and a button to take their version.
 */
export function ConflictPanel({
  what,
  rows,
  useLabel = 'Use their values',
  onUseTheirs,
}: {
  /** e.g. "this persona", "these settings" */
  what: string;
  rows: ConflictRow[];
  useLabel?: string;
  onUseTheirs: () => void;
}) {
  const titleId = React.useId();
  return (
    <section role="alert" aria-labelledby={titleId} className="rounded-lg border border-warning/30 bg-warning-bg p-4 text-sm">
      <h3 id={titleId} className="flex items-center gap-2 font-semibold text-warning">
        <AlertTriangle className="h-4 w-4" aria-hidden />
        Someone else saved {what} while you were editing
      </h3>
      <p className="mt-1 text-ink">Nothing of yours was saved. Your changes are still in the form: save again to replace their version, or take theirs.</p>
      {rows.length > 0 && (
        <dl className="mt-3 grid gap-x-4 gap-y-1.5 sm:grid-cols-[auto_1fr]">
          {rows.map((r) => (
            <div key={r.key} className="contents">
              <dt className="text-muted">{r.label}</dt>
              <dd className="flex flex-wrap items-start gap-2">
                <span className="whitespace-pre-line break-words" data-testid={`theirs-${r.key}`}>
                  {r.theirs === '' || r.theirs === null ? <span className="text-muted">(empty)</span> : r.theirs}
                </span>
                {r.differs && <Badge tone="warning">differs from yours</Badge>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <Button type="button" variant="secondary" size="sm" className="mt-3" onClick={onUseTheirs}>
        {useLabel}
      </Button>
    </section>
  );
}
