'use client';

import * as React from 'react';
import { Button } from './button';
import { Dialog, DialogContent, DialogTrigger, DialogActions } from './dialog';
import { Input, Label } from './input';

/**
 * Asks before a destructive action. With `typeToConfirm`, the confirm button stays disabled until
 * the user types that exact text, which `onConfirm` receives so the server can check it again.
 */
export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel = 'Confirm',
  typeToConfirm,
  onConfirm,
}: {
  trigger: React.ReactElement;
  title: string;
  description: React.ReactNode;
  confirmLabel?: string;
  typeToConfirm?: string;
  /** Return false to keep the dialog open (e.g. the action failed). */
  onConfirm: (typed: string) => Promise<boolean | void> | boolean | void;
}) {
  const [open, setOpen] = React.useState(false);
  const [typed, setTyped] = React.useState('');
  const [pending, startTransition] = React.useTransition();
  const ready = !typeToConfirm || typed === typeToConfirm;
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) setTyped('');
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent title={title} description={description}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!ready) return;
            startTransition(async () => {
              const keepOpen = (await onConfirm(typed)) === false;
              if (!keepOpen) setOpen(false);
            });
          }}
          className="space-y-4"
        >
          {typeToConfirm && (
            <div className="space-y-1.5">
              <Label htmlFor="confirm-text">
                Type <strong className="font-mono">{typeToConfirm}</strong> to confirm
              </Label>
              <Input id="confirm-text" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" autoFocus />
            </div>
          )}
          <DialogActions>
            <Button type="submit" variant="danger" disabled={!ready} loading={pending}>
              {confirmLabel}
            </Button>
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
