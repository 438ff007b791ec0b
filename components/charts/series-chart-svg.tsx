// A measure's series as plain SVG drawn on the server: no client JavaScript, prints cleanly, and reads the same
// in a PDF. The measured line with dots, the target as a step line (or the range's two edges), the baseline and
// benchmark lines. role="img" with a summary in words: the numbers are also on the page as text.
import { labelIndexes, linear, niceTicks } from '@/lib/charts/scale';

export type SvgChartRow = { label: string; value: number | null; target: number | null; lo: number | null; hi: number | null };
export type SvgLine = { label: string; value: number; reference?: boolean };

type Props = {
  rows: SvgChartRow[];
  baseline?: number | null;
  benchmarks?: SvgLine[];
  /** What the chart says, for screen readers and the PDF's text. */
  summary: string;
  format?: (v: number) => string;
  width?: number;
  height?: number;
};

const PAD = { top: 10, right: 12, bottom: 26, left: 52 };

/** "M x y L x y …" per run of non-null points (a gap in the data breaks the line). */
function linePath(points: (readonly [number, number] | null)[]) {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (!p) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${p[0].toFixed(1)} ${p[1].toFixed(1)} `;
    pen = true;
  }
  return d.trim();
}

/** A step line that holds each value until the next point ("stepAfter"). */
function stepPath(xs: number[], ys: (number | null)[]) {
  let d = '';
  let prev: number | null = null;
  xs.forEach((x, i) => {
    const y = ys[i];
    if (y === null) {
      prev = null;
      return;
    }
    d += prev === null ? `M${x.toFixed(1)} ${y.toFixed(1)} ` : `H${x.toFixed(1)} V${y.toFixed(1)} `;
    prev = y;
  });
  return d.trim();
}

export function SeriesChartSvg({ rows, baseline = null, benchmarks = [], summary, format = String, width = 640, height = 220 }: Props) {
  const values = rows.flatMap((r) => [r.value, r.target, r.lo, r.hi]).filter((v): v is number => v !== null);
  const ticks = niceTicks([...values, ...(baseline !== null ? [baseline] : []), ...benchmarks.map((b) => b.value)]);
  const y = linear(ticks[0], ticks[ticks.length - 1], height - PAD.bottom, PAD.top);
  const x = linear(0, Math.max(1, rows.length - 1), PAD.left, width - PAD.right);
  const xs = rows.map((_, i) => (rows.length === 1 ? (PAD.left + width - PAD.right) / 2 : x(i)));
  const yOr = (v: number | null) => (v === null ? null : y(v));
  const measured = rows.map((r, i) => (r.value === null ? null : ([xs[i], y(r.value)] as const)));
  const range = rows.some((r) => r.lo !== null || r.hi !== null);
  const hline = (v: number, stroke: string, dash: string, label: string, key: string) => (
    <g key={key}>
      <line x1={PAD.left} x2={width - PAD.right} y1={y(v)} y2={y(v)} stroke={stroke} strokeDasharray={dash} strokeWidth={1.25} />
      <text x={width - PAD.right - 2} y={y(v) - 3} textAnchor="end" fontSize={10} fill={stroke}>{label}</text>
    </g>
  );
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={summary} className="h-auto max-w-full" preserveAspectRatio="xMidYMid meet">
      <title>{summary}</title>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={width - PAD.right} y1={y(t)} y2={y(t)} stroke="var(--color-line, #e3e6ec)" strokeWidth={1} />
          <text x={PAD.left - 6} y={y(t) + 3} textAnchor="end" fontSize={10} fill="var(--color-muted, #5b6474)">{format(t)}</text>
        </g>
      ))}
      {labelIndexes(rows.length).map((i) => (
        <text key={i} x={xs[i]} y={height - 8} textAnchor={i === 0 && rows.length > 1 ? 'start' : i === rows.length - 1 && rows.length > 1 ? 'end' : 'middle'} fontSize={10} fill="var(--color-muted, #5b6474)">
          {rows[i].label}
        </text>
      ))}
      {baseline !== null && hline(baseline, 'var(--color-muted, #5b6474)', '6 4', 'Baseline', 'baseline')}
      {benchmarks.map((b, i) => hline(b.value, b.reference ? 'var(--color-danger, #b42318)' : 'var(--color-muted, #5b6474)', b.reference ? '2 2' : '1 3', `${b.label}${b.reference ? ' (reference)' : ''}`, `b${i}`))}
      {range ? (
        <>
          <path d={stepPath(xs, rows.map((r) => yOr(r.lo)))} fill="none" stroke="var(--color-warning, #b54708)" strokeDasharray="5 3" strokeWidth={1.5} />
          <path d={stepPath(xs, rows.map((r) => yOr(r.hi)))} fill="none" stroke="var(--color-warning, #b54708)" strokeDasharray="5 3" strokeWidth={1.5} />
        </>
      ) : (
        <path d={stepPath(xs, rows.map((r) => yOr(r.target)))} fill="none" stroke="var(--color-warning, #b54708)" strokeDasharray="5 3" strokeWidth={1.5} />
      )}
      <path d={linePath(measured)} fill="none" stroke="var(--color-brand-600, #1f57cf)" strokeWidth={2} />
      {measured.map((p, i) => p && <circle key={i} cx={p[0]} cy={p[1]} r={2.5} fill="var(--color-brand-600, #1f57cf)" />)}
    </svg>
  );
}

const swatch = (stroke: string, dash?: string) => (
  <svg width="22" height="8" aria-hidden className="inline-block align-middle">
    <line x1="1" x2="21" y1="4" y2="4" stroke={stroke} strokeWidth={2} strokeDasharray={dash} />
  </svg>
);

/** The key to SeriesChartSvg's lines, in words beside each line's look. */
export function SeriesChartLegend({ range = false, baseline = false, benchmark = false }: { range?: boolean; baseline?: boolean; benchmark?: boolean }) {
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted">
      <span>{swatch('var(--color-brand-600, #1f57cf)')} Measured</span>
      <span>{swatch('var(--color-warning, #b54708)', '5 3')} {range ? 'Range' : 'Target'}</span>
      {baseline && <span>{swatch('var(--color-muted, #5b6474)', '6 4')} Baseline</span>}
      {benchmark && <span>{swatch('var(--color-danger, #b42318)', '2 2')} Reference benchmark</span>}
    </p>
  );
}
