'use client';

import * as DialogPrimitive from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import * as React from 'react';
import { cn } from '@/lib/utils';
import { Button } from './button';

export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

/** A modal dialog: focus is trapped inside, Escape closes, the title labels it. */
export function DialogContent({
  title,
  description,
  children,
  className,
  dismissOnOutsideClick = true,
}: {
  title: string;
  description?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
  /** false: a click outside does not close it (for content that cannot be shown again). */
  dismissOnOutsideClick?: boolean;
}) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-black/40" />
      <DialogPrimitive.Content
        onInteractOutside={dismissOnOutsideClick ? undefined : (e) => e.preventDefault()}
        className={cn(
          'fixed left-1/2 top-1/2 z-50 max-h-[90vh] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-surface p-6 shadow-xl',
          className,
        )}
      >
        <DialogPrimitive.Title className="pr-8 text-lg font-semibold">{title}</DialogPrimitive.Title>
        {description ? (
          <DialogPrimitive.Description className="mt-1 text-sm text-muted">{description}</DialogPrimitive.Description>
        ) : (
          <DialogPrimitive.Description className="sr-only">{title}</DialogPrimitive.Description>
        )}
        <div className="mt-4">{children}</div>
        <DialogPrimitive.Close className="absolute right-4 top-4 rounded p-1 text-muted hover:bg-canvas" aria-label="Close">
          <X className="h-4 w-4" aria-hidden />
        </DialogPrimitive.Close>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

/** A dialog's button row: Cancel (closes the dialog), then the given actions. */
export function DialogActions({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex justify-end gap-2">
      <DialogPrimitive.Close asChild>
        <Button type="button" variant="secondary">
          Cancel
        </Button>
      </DialogPrimitive.Close>
      {children}
    </div>
  );
}
