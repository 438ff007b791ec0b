/** A tiny line of the recent values (oldest first); decorative, the value and trend are given in words beside it. */
export function Sparkline({ points, width = 96, height = 24, className }: { points: readonly { period: string; value: number }[]; width?: number; height?: number; className?: string }) {
  if (points.length < 2) return <span className="text-xs text-muted">—</span>;
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const pad = 2;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / (points.length - 1);
  const y = (v: number) => (max === min ? height / 2 : pad + ((max - v) * (height - 2 * pad)) / span);
  const d = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const last = points[points.length - 1];
  return (
    <svg aria-hidden width={width} height={height} viewBox={`0 0 ${width} ${height}`} className={className}>
      <path d={d} fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" className="text-brand-600" />
      <circle cx={x(points.length - 1)} cy={y(last.value)} r={2} className="fill-brand-700" />
    </svg>
  );
}
