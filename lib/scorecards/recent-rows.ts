// Pure: the last periods of a measure as chart rows (value or a gap, the target or range in force in each period),
// from the scored read model alone — the briefing book and the share page draw these without another query.
import { formatPeriod, periodsBetween, shiftPeriod } from '@/lib/periods';
import { targetAt } from '@/lib/scoring';
import type { SvgChartRow } from '@/components/charts/series-chart-svg';
import type { MeasureView } from './view-types';

/** How many periods the small charts show, ending at the current period. */
export const RECENT_PERIODS = 12;

/** One row per period from RECENT_PERIODS − 1 periods ago up to the measure's current period. */
export function recentChartRows(m: Pick<MeasureView, 'frequency' | 'currentPeriod' | 'recent' | 'targets' | 'direction'>): SvgChartRow[] {
  const from = shiftPeriod(m.currentPeriod, m.frequency, -(RECENT_PERIODS - 1));
  const values = new Map(m.recent.map((p) => [p.period, p.value]));
  const points = m.targets.flatMap((t) => (t.target !== null ? [{ fromPeriod: t.fromPeriod, target: t.target }] : []));
  const bands = m.targets.flatMap((t) => (t.lo !== null && t.hi !== null ? [{ fromPeriod: t.fromPeriod, target: { lo: t.lo, hi: t.hi } }] : []));
  return periodsBetween(from, m.currentPeriod, m.frequency).map((p) => {
    const band = m.direction === 'range' ? targetAt(bands, p) : null;
    return {
      label: formatPeriod(p, m.frequency),
      value: values.get(p) ?? null,
      target: m.direction === 'range' ? null : targetAt(points, p),
      lo: band?.lo ?? null,
      hi: band?.hi ?? null,
    };
  });
}
