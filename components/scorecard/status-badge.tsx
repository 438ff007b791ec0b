import { statusLabels } from '@/lib/scorecards/format';
import type { Status } from '@/lib/scoring';
import { cn } from '@/lib/utils';

/**
 * A status as colour, icon (from the layout's sprite, components/scorecard/icons.ts) and words ("On track", "At risk",
 * "Off track", "No data"): never colour alone. Styled by the `status-badge` class in app/globals.css (the Badge
 * primitive's look) rather than a dozen utilities, because pages list hundreds of them.
 */
export function StatusBadge({ status, className, label }: { status: Status; className?: string; label?: string }) {
  return (
    <span className={cn('status-badge', className)} data-status={status}>
      <svg aria-hidden>
        <use href={`#icon-status-${status}`} width="100%" height="100%" />
      </svg>
      {label ?? statusLabels[status]}
    </span>
  );
}
