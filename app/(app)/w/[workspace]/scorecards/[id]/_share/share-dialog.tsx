'use client';

import { Share2 } from 'lucide-react';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { CreateShareLinkForm } from './create-share-link-form';
import { ShareLinkList } from './share-link-list';
import type { ShareDialogProps } from './types';

/** Admins and owners: the scorecard's share links (views, revoke) and a form for a new one, whose URL is shown once. */
export function ShareDialog(props: ShareDialogProps) {
  const [open, setOpen] = React.useState(false);
  // A new key after each close gives the next opening an empty form and forgets the last URL.
  const [round, setRound] = React.useState(0);
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) setRound((r) => r + 1);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary">
          <Share2 className="h-4 w-4" aria-hidden /> Share
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Share “${props.scorecard.name}”`}
        description="A share link opens a read-only view of this scorecard for anyone who has it, without signing in."
        className="max-w-2xl"
        dismissOnOutsideClick={false}
      >
        <div className="space-y-6">
          <ShareLinkList {...props} />
          <CreateShareLinkForm key={round} workspace={props.workspace} scorecardId={props.scorecard.id} />
        </div>
      </DialogContent>
    </Dialog>
  );
}
