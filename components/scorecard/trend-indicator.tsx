import { SpriteIcon } from '@/components/icon-sprite';
import { trendLabel } from '@/lib/scorecards/format';
import type { Trend } from '@/lib/scoring';
import { cn } from '@/lib/utils';

/** The trend as an arrow coloured by whether it is good, always with its words ("Up, good"). */
export function TrendIndicator({ trend, className, compact = false }: { trend: Trend | null; className?: string; compact?: boolean }) {
  const label = trendLabel(trend);
  const icon = `trend-${trend?.move ?? 'none'}`;
  const colour = !trend || trend.verdict === 'neutral' ? 'text-muted' : trend.verdict === 'good' ? 'text-success' : 'text-danger';
  return (
    <span className={cn('inline-flex items-center gap-1 text-xs', colour, className)} title={label}>
      <SpriteIcon name={icon} className="size-4" />
      <span className={compact ? 'sr-only' : undefined}>{label}</span>
    </span>
  );
}
