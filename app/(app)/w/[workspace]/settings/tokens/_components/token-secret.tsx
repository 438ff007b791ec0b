'use client';

import { TriangleAlert } from 'lucide-react';
import * as React from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import { Input, Label } from '@/components/ui/input';
import { roleLabels, type Role } from '@/lib/authz';

/** The secret of a token just created, with a copy button and a ready-to-run curl command. */
export function TokenSecret({ workspace, token }: { workspace: string; token: { name: string; role: Role; secret: string } }) {
  // Rendered only after a click (never on the server), so the browser's origin is known.
  const url = `${window.location.origin}/api/v1/workspaces/${workspace}`;
  const curl = `curl -H "Authorization: Bearer ${token.secret}" ${url}`;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        Token <strong>“{token.name}”</strong> was created with the <strong>{roleLabels[token.role]}</strong> role.
      </p>
      <div className="flex gap-2 rounded-md border border-warning/30 bg-warning-bg px-3 py-2 text-sm text-warning" role="note">
        <TriangleAlert className="mt-0.5 h-4 w-4 shrink-0" aria-hidden />
        <p>
          <strong>Copy it now: you will not see it again.</strong> We keep only a fingerprint of it. If you lose it, revoke it and create another.
        </p>
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="new-token-secret">Your new API token</Label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <Input id="new-token-secret" readOnly value={token.secret} className="font-mono" onFocus={(e) => e.currentTarget.select()} spellCheck={false} />
          <CopyButton value={token.secret} label="Copy token" className="h-10 shrink-0" />
        </div>
      </div>
      <div className="space-y-1.5">
        <p className="text-sm font-medium">Try it</p>
        <pre className="whitespace-pre-wrap break-all rounded-md bg-canvas px-3 py-2 font-mono text-xs">
          {curl}
        </pre>
        <CopyButton value={curl} label="Copy command" />
      </div>
    </div>
  );
}
