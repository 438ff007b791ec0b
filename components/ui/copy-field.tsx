'use client';

import * as React from 'react';
import { Check, Copy } from 'lucide-react';
import { Button } from './button';
import { Input, Label } from './input';
import { toast } from './toaster';

/** A read-only value (a link or secret shown once) with a Copy button; falls back to selecting the text. */
export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const [copied, setCopied] = React.useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success('Copied to the clipboard.');
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      toast.error('Could not copy automatically: the text is selected, press Ctrl+C (⌘C on a Mac).');
    }
  }
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      <div className="flex gap-2">
        <Input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} className="min-w-0 font-mono text-xs" />
        <Button type="button" variant="secondary" onClick={copy} className="shrink-0">
          {copied ? <Check className="h-4 w-4" aria-hidden /> : <Copy className="h-4 w-4" aria-hidden />}
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
    </div>
  );
}
