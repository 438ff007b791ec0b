'use client';

import { Check, Copy } from 'lucide-react';
import * as React from 'react';
import { Button, type ButtonProps } from './button';
import { toast } from './toaster';

/** Copies `value` to the clipboard and says so (icon, text and a toast); explains when it cannot. */
export function CopyButton({
  value,
  label = 'Copy',
  onCopyFailed,
  ...props
}: { value: string; label?: string; onCopyFailed?: () => void } & Omit<ButtonProps, 'onClick' | 'value'>) {
  const [copied, setCopied] = React.useState(false);
  React.useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(t);
  }, [copied]);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success('Copied to the clipboard.');
    } catch {
      onCopyFailed?.();
      toast.error(onCopyFailed ? 'Could not copy automatically: the text is selected, press Ctrl+C (⌘C on a Mac).' : 'Could not copy here: select the text and copy it by hand.');
    }
  }
  return (
    <Button type="button" variant="secondary" size="sm" onClick={copy} {...props}>
      {copied ? <Check className="h-4 w-4" aria-hidden /> : <Copy className="h-4 w-4" aria-hidden />}
      {copied ? 'Copied' : label}
    </Button>
  );
}
