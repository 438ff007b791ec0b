import { SpriteIcon } from '@/components/icon-sprite';
import { Badge } from '@/components/ui/badge';
import { statusLabels } from '@/lib/scorecards/format';
import type { Status } from '@/lib/scoring';
import { cn } from '@/lib/utils';

const tone = { green: 'success', amber: 'warning', red: 'danger', grey: 'neutral' } as const;

/** A status as colour, icon (from the layout's sprite, components/scorecard/icons.ts) and words ("On track", "At risk", "Off track", "No data"): never colour alone. */
export function StatusBadge({ status, className, label }: { status: Status; className?: string; label?: string }) {
  return (
    <Badge tone={tone[status]} className={cn('whitespace-nowrap', className)} data-status={status}>
      <SpriteIcon name={`status-${status}`} className="size-3.5" />
      {label ?? statusLabels[status]}
    </Badge>
  );
}
