// Pure: a measure's scored numbers and chart rows (the measure page and the Benchmarks page's chart) from a measure, its series and the clock.
import { currentPeriod, formatPeriod, periodsBetween, previousPeriod, shiftPeriod } from '@/lib/periods';
import { measureInput } from '@/lib/scorecards/build-view';
import { scoreMeasure, targetAt, type Band, type ScoredMeasure } from '@/lib/scoring';
import type { MeasureView } from '@/lib/scorecards/view-types';

export type ChartRow = { label: string; value: number | null; target: number | null; lo: number | null; hi: number | null };

/** At most this many periods on the chart (the latest ones): two years of weeks and then some. */
const MAX_POINTS = 156;

type Scoreable = Pick<MeasureView, 'direction' | 'tolerance' | 'baseline' | 'amberThreshold' | 'weight' | 'decimals' | 'frequency' | 'targets'>;

/** The score as the scorecard computes it, and the target in force in the current period, in the workspace's time zone. */
export function scoreOf(m: Scoreable, series: { period: string; value: number }[], timeZone: string, now = new Date()) {
  const current = currentPeriod(m.frequency, now, timeZone);
  const score: ScoredMeasure = scoreMeasure(measureInput(m, series), { currentPeriod: current, previousPeriod: (p) => previousPeriod(p, m.frequency) });
  return { score, current, targetNow: targetNow(m, current) };
}

function targetNow(m: Scoreable, period: string): number | Band | null {
  if (m.direction === 'range') return targetAt(m.targets.flatMap((t) => (t.lo !== null && t.hi !== null ? [{ fromPeriod: t.fromPeriod, target: { lo: t.lo, hi: t.hi } }] : [])), period);
  return targetAt(m.targets.flatMap((t) => (t.target !== null ? [{ fromPeriod: t.fromPeriod, target: t.target }] : [])), period);
}

/** One row per period from the first measurement or target to the last of: the last measurement, the current period, the last target's start. */
export function chartRows(m: Scoreable, series: { period: string; value: number }[], current: string): ChartRow[] {
  const starts = [...series.map((p) => p.period), ...m.targets.map((t) => t.fromPeriod)].sort();
  if (starts.length === 0) return [];
  const end = [current, ...starts].reduce((a, b) => (b > a ? b : a));
  let from = starts[0] > end ? end : starts[0];
  if (periodsBetween(from, end, m.frequency).length > MAX_POINTS) from = shiftPeriod(end, m.frequency, -(MAX_POINTS - 1));
  const values = new Map(series.map((p) => [p.period, p.value]));
  return periodsBetween(from, end, m.frequency).map((p) => {
    const t = targetNow(m, p);
    const band = t !== null && typeof t === 'object' ? t : null;
    return { label: formatPeriod(p, m.frequency), value: values.get(p) ?? null, target: typeof t === 'number' ? t : null, lo: band?.lo ?? null, hi: band?.hi ?? null };
  });
}
