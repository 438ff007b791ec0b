// A small chart for lists of many measures (the share page, the executive view): the recent series, the target (a
// step line, or a range's two edges) and the reference benchmark, with no axes — about five SVG elements where the
// full chart (series-chart-svg.tsx) has about forty, styled by `mini-chart` in app/globals.css (pages draw hundreds).
// role="img" with the summary in words; the numbers are beside it.
import { linear } from '@/lib/charts/scale';
import type { SvgChartRow } from './series-chart-svg';

type Props = { rows: SvgChartRow[]; reference?: number | null; summary: string; width?: number; height?: number };

// A step line keeps to one H while its level holds: a target that never changes is "M x y H x" however many periods.
const path = (pts: ([number, number] | null)[], step: boolean) => {
  let d = '';
  let lastY: string | null = null;
  let pendingX: string | null = null;
  const flush = () => {
    if (pendingX !== null) d += `H${pendingX}`;
    pendingX = null;
  };
  for (const p of pts) {
    if (!p) {
      flush();
      lastY = null;
      continue;
    }
    const [px, py] = [p[0].toFixed(1), p[1].toFixed(1)];
    if (lastY === null) d += `M${px} ${py}`;
    else if (!step) d += `L${px} ${py}`;
    else if (py === lastY) pendingX = px;
    else {
      pendingX = null;
      d += `H${px}V${py}`;
    }
    lastY = py;
  }
  flush();
  return d;
};

export function MiniChartSvg({ rows, reference = null, summary, width = 168, height = 44 }: Props) {
  const all = rows.flatMap((r) => [r.value, r.target, r.lo, r.hi]).filter((v): v is number => v !== null);
  if (reference !== null) all.push(reference);
  const lo = all.length ? Math.min(...all) : 0;
  const hi = all.length ? Math.max(...all) : 1;
  const pad = 4;
  const y = linear(lo, hi, height - pad, pad);
  const x = linear(0, Math.max(1, rows.length - 1), pad, width - pad);
  const line = (pick: (r: SvgChartRow) => number | null) => rows.map((r, i) => (pick(r) === null ? null : ([x(i), y(pick(r)!)] as [number, number])));
  const values = line((r) => r.value);
  const lastPoint = values.filter(Boolean).pop();
  const range = rows.some((r) => r.lo !== null);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={summary} className="mini-chart">
      {reference !== null && <path d={`M${pad} ${y(reference).toFixed(1)}H${width - pad}`} className="ref" />}
      <path d={range ? path(line((r) => r.lo), true) + path(line((r) => r.hi), true) : path(line((r) => r.target), true)} className="target" />
      <path d={path(values, false)} className="series" />
      {lastPoint && <circle cx={lastPoint[0].toFixed(1)} cy={lastPoint[1].toFixed(1)} r={2.5} />}
    </svg>
  );
}
