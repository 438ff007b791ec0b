'use client';

import * as React from 'react';
import { Plus } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { StageDialog } from './stage-dialog';
import type { MapContext } from './types';

/** Opens the add-stage dialog (the stage goes at the end). */
export function AddStageButton({ ctx, variant = 'secondary' }: { ctx: MapContext; variant?: 'primary' | 'secondary' }) {
  const [open, setOpen] = React.useState(false);
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)}>
        <Plus className="h-4 w-4" aria-hidden /> Add stage
      </Button>
      <StageDialog ctx={ctx} open={open} onOpenChange={setOpen} />
    </>
  );
}
