'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions, DialogContent } from '@/components/ui/dialog';
import { toast } from '@/components/ui/toaster';
import type { ActionResult } from '@/lib/actions';

/** A controlled "Delete …?" dialog (opened from a menu item): runs `run`, toasts the outcome and refreshes the page. */
export function ConfirmDelete({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  done,
  run,
}: {
  open: boolean;
  onOpenChange: (o: boolean) => void;
  title: string;
  description: string;
  confirmLabel: string;
  done: string;
  run: () => Promise<ActionResult>;
}) {
  const router = useRouter();
  const [pending, start] = React.useTransition();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={title} description={description}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            start(async () => {
              const r = await run();
              if (!r.ok) return void toast.error(r.error);
              toast.success(done);
              onOpenChange(false);
              router.refresh();
            });
          }}
        >
          <DialogActions>
            <Button type="submit" variant="danger" loading={pending}>
              {confirmLabel}
            </Button>
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
