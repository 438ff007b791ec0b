// A small chart for lists of many measures (the share page, the executive view): the recent series, the target (a
// step line, or a range's two edges) and the reference benchmark, with no axes — about five SVG elements where the
// full chart (series-chart-svg.tsx) has about forty. role="img" with the summary in words; the numbers are beside it.
import { linear } from '@/lib/charts/scale';
import type { SvgChartRow } from './series-chart-svg';

type Props = { rows: SvgChartRow[]; reference?: number | null; summary: string; width?: number; height?: number };

const path = (pts: ([number, number] | null)[], step: boolean) => {
  let d = '';
  let last: [number, number] | null = null;
  for (const p of pts) {
    if (!p) {
      last = null;
      continue;
    }
    d += !last ? `M${p[0].toFixed(1)} ${p[1].toFixed(1)}` : step ? `H${p[0].toFixed(1)}V${p[1].toFixed(1)}` : `L${p[0].toFixed(1)} ${p[1].toFixed(1)}`;
    last = p;
  }
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
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={summary}>
      {reference !== null && <path d={`M${pad} ${y(reference).toFixed(1)}H${width - pad}`} stroke="#b42318" strokeDasharray="2 2" />}
      {range ? (
        <path d={path(line((r) => r.lo), true) + path(line((r) => r.hi), true)} fill="none" stroke="#b54708" strokeDasharray="4 2" />
      ) : (
        <path d={path(line((r) => r.target), true)} fill="none" stroke="#b54708" strokeDasharray="4 2" />
      )}
      <path d={path(values, false)} fill="none" stroke="#1f57cf" strokeWidth={2} />
      {lastPoint && <circle cx={lastPoint[0].toFixed(1)} cy={lastPoint[1].toFixed(1)} r={2.5} fill="#1f57cf" />}
    </svg>
  );
}
