import { SpriteIcon } from '@/components/icon-sprite';
import { trendLabel } from '@/lib/scorecards/format';
import type { Trend } from '@/lib/scoring';
import { cn } from '@/lib/utils';

/** The trend as an arrow coloured by whether it is good, always with its words ("Up, good"); styled by `trend` in app/globals.css. */
export function TrendIndicator({ trend, className, compact = false }: { trend: Trend | null; className?: string; compact?: boolean }) {
  const label = trendLabel(trend);
  const icon = `trend-${trend?.move ?? 'none'}`;
  return (
    <span className={cn('trend', className)} data-verdict={trend?.verdict ?? 'neutral'} title={label}>
      <SpriteIcon name={icon} />
      <span className={compact ? 'sr-only' : undefined}>{label}</span>
    </span>
  );
}
