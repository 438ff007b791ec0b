import { CircleCheck, CircleDashed, CircleX, TriangleAlert } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { statusLabels } from '@/lib/scorecards/format';
import type { Status } from '@/lib/scoring';
import { cn } from '@/lib/utils';

const tone = { green: 'success', amber: 'warning', red: 'danger', grey: 'neutral' } as const;
const icon = { green: CircleCheck, amber: TriangleAlert, red: CircleX, grey: CircleDashed } as const;

/** A status as colour, icon and words ("On track", "At risk", "Off track", "No data"): never colour alone. */
export function StatusBadge({ status, className, label }: { status: Status; className?: string; label?: string }) {
  const Icon = icon[status];
  return (
    <Badge tone={tone[status]} className={cn('whitespace-nowrap', className)} data-status={status}>
      <Icon aria-hidden className="size-3.5" />
      {label ?? statusLabels[status]}
    </Badge>
  );
}
