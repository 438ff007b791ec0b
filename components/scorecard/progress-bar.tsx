import { formatScore } from '@/lib/scorecards/format';
import type { Status } from '@/lib/scoring';
import { cn } from '@/lib/utils';

/** Progress (fraction of 1, or null when not scored) as a bar with its whole percent in words for screen readers (styled by `progress-bar` in app/globals.css: pages list hundreds). */
export function ProgressBar({ value, status, locale = 'en-US', className }: { value: number | null; status: Status; locale?: string; className?: string }) {
  if (value === null)
    return (
      <div className={cn('progress-bar', className)}>
        <span className="sr-only">Not scored</span>
      </div>
    );
  const pct = Math.round(Math.min(1, Math.max(0, value)) * 100);
  const text = formatScore(value, { locale });
  return (
    <div
      role="meter"
      aria-label="Progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
      aria-valuetext={text}
      className={cn('progress-bar', className)}
    >
      <div data-status={status} style={{ width: `${pct}%` }} />
    </div>
  );
}
