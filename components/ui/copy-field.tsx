'use client';

import { CopyButton } from './copy-button';
import { Input, Label } from './input';

/** A read-only value (a link or secret shown once) with a Copy button; falls back to selecting the text. */
export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      <div className="flex gap-2">
        <Input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} className="min-w-0 font-mono text-xs" />
        <CopyButton
          value={value}
          size="md"
          className="shrink-0"
          onCopyFailed={() => (document.getElementById(id) as HTMLInputElement | null)?.select()}
        />
      </div>
    </div>
  );
}
