import { cn } from '@/lib/utils';

/** A tiny line of the recent values (oldest first); decorative, the value and trend are given in words beside it (styled by `sparkline` in app/globals.css). */
export function Sparkline({ values, width = 96, height = 24, className }: { values: readonly number[]; width?: number; height?: number; className?: string }) {
  if (values.length < 2) return <span className="text-xs text-muted">—</span>;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const pad = 2;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / (values.length - 1);
  const y = (v: number) => (max === min ? height / 2 : pad + ((max - v) * (height - 2 * pad)) / span);
  const d = values.map((v, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  return (
    <svg aria-hidden width={width} height={height} viewBox={`0 0 ${width} ${height}`} className={cn('sparkline', className)}>
      <path d={d} />
      <circle cx={x(values.length - 1)} cy={y(values[values.length - 1])} r={2} />
    </svg>
  );
}
