// How measure values, targets, scores and statuses read on every page (scorecard, KPI table, measure page, later
// the share page): Intl with the workspace's locale and currency, rounded half away from zero at the measure's
// display precision (lib/number-format.ts), status always as words too.
import { roundHalfAwayFromZero } from '@/lib/number-format';
import type { Band, Status, Trend } from '@/lib/scoring';
import type { MeasureUnit } from './view-types';

export type NumberStyle = { locale: string; currency: string };
type UnitOf = { unit: MeasureUnit; unitLabel: string; decimals: number };

export const statusLabels: Record<Status, string> = { green: 'On track', amber: 'At risk', red: 'Off track', grey: 'No data' };

// Building an Intl.NumberFormat costs far more than using one, and a large scorecard formats thousands of numbers.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, decimals: number, currency?: string) {
  const key = `${locale}|${decimals}|${currency ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    f = new Intl.NumberFormat(locale, currency ? { style: 'currency', currency, ...digits } : digits);
    if (formatters.size > 500) formatters.clear();
    formatters.set(key, f);
  }
  return f;
}

/** A number at `decimals` places, half away from zero, in the locale's digits ("−" for negatives as Intl writes them). */
export function formatNumber(value: number, decimals: number, style: Pick<NumberStyle, 'locale'>) {
  const rounded = roundHalfAwayFromZero(value, decimals);
  return numberFormat(style.locale, decimals).format(rounded === 0 ? 0 : rounded);
}

/** A measured value with its unit: "12.5 %", "$1,200.00", "3.5 hours", "42". */
export function formatMeasureValue(value: number | null, m: UnitOf, style: NumberStyle): string {
  if (value === null) return '—';
  const n = roundHalfAwayFromZero(value, m.decimals);
  switch (m.unit) {
    case '%':
      return `${formatNumber(n, m.decimals, style)} %`;
    case 'currency':
      return numberFormat(style.locale, m.decimals, style.currency).format(n === 0 ? 0 : n);
    default: {
      const label = m.unitLabel.trim();
      return label ? `${formatNumber(n, m.decimals, style)} ${label}` : formatNumber(n, m.decimals, style);
    }
  }
}

/** A target: a number with its unit, or a band "2.0–4.0 hours". */
export function formatTarget(target: number | Band | null, m: UnitOf, style: NumberStyle): string {
  if (target === null) return '—';
  if (typeof target === 'number') return formatMeasureValue(target, m, style);
  return `${formatMeasureValue(target.lo, { ...m, unit: m.unit === 'currency' ? 'currency' : 'count', unitLabel: '' }, style)}–${formatMeasureValue(target.hi, m, style)}`;
}

/** A progress or roll-up score (fraction of 1) as a whole percent: "75 %"; "—" when grey. */
export function formatScore(score: number | null, style: Pick<NumberStyle, 'locale'>): string {
  if (score === null) return '—';
  return `${formatNumber(score * 100, 0, style)} %`;
}

/** "Up, good" / "Down, bad" / "Flat" — the words behind the trend arrow. */
export function trendLabel(trend: Trend | null): string {
  if (!trend) return 'No trend';
  if (trend.move === 'flat') return 'Flat';
  const move = trend.move === 'up' ? 'Up' : 'Down';
  return trend.verdict === 'neutral' ? move : `${move}, ${trend.verdict}`;
}

export const directionLabels = { higher: 'Higher is better', lower: 'Lower is better', range: 'Within a range' } as const;
export const frequencyLabels = { weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly' } as const;
export const unitLabels: Record<MeasureUnit, string> = { '%': 'Percent', count: 'Count', currency: 'Currency', duration: 'Duration', score: 'Score' };
