// The KPI library's formulas (DOMAIN.md), pure. Each returns null — "no value", never 0 or Infinity — when
// its denominator is 0 or an input is not a finite number. Inputs are read as the decimals they print as and
// combined exactly; the one final division rounds once, so 100 × 0.6 / 0.05 is 1200 and (1 − 7/10) × 100 is 30.
import { add, mul, quotient as ratio, sub, toDecimal, toNumber } from '@/lib/decimal';

const HUNDRED = toDecimal(100);

const finite = (...xs: number[]) => xs.every((x) => typeof x === 'number' && Number.isFinite(x));

/** (customers at end − new customers) / customers at start × 100. */
export function retentionRate(i: { customersAtStart: number; customersAtEnd: number; newCustomers: number }) {
  if (!finite(i.customersAtStart, i.customersAtEnd, i.newCustomers)) return null;
  const kept = sub(toDecimal(i.customersAtEnd), toDecimal(i.newCustomers));
  return ratio(mul(kept, HUNDRED), toDecimal(i.customersAtStart));
}

/** customers lost / customers at start × 100. */
export function churnRate(i: { customersAtStart: number; customersLost: number }) {
  if (!finite(i.customersAtStart, i.customersLost)) return null;
  return ratio(mul(toDecimal(i.customersLost), HUNDRED), toDecimal(i.customersAtStart));
}

/**
 * Revenue per customer per period × gross margin (fraction) / churn per period (fraction).
 * None when churn is 0, and (our rule) when it is negative: a customer cannot be expected to stay forever.
 */
export function customerLifetimeValue(i: { revenuePerCustomer: number; grossMargin: number; churn: number }) {
  if (!finite(i.revenuePerCustomer, i.grossMargin, i.churn) || i.churn <= 0) return null;
  return ratio(mul(toDecimal(i.revenuePerCustomer), toDecimal(i.grossMargin)), toDecimal(i.churn));
}

/** conversions / visitors × 100. */
export function conversionRate(i: { conversions: number; visitors: number }) {
  if (!finite(i.conversions, i.visitors)) return null;
  return ratio(mul(toDecimal(i.conversions), HUNDRED), toDecimal(i.visitors));
}

/** (1 − completed purchases / carts created) × 100, computed as (carts − completed) × 100 / carts. */
export function cartAbandonmentRate(i: { completedPurchases: number; cartsCreated: number }) {
  if (!finite(i.completedPurchases, i.cartsCreated)) return null;
  const carts = toDecimal(i.cartsCreated);
  return ratio(mul(sub(carts, toDecimal(i.completedPurchases)), HUNDRED), carts);
}

/** revenue / orders. */
export function averageOrderValue(i: { revenue: number; orders: number }) {
  if (!finite(i.revenue, i.orders)) return null;
  return ratio(toDecimal(i.revenue), toDecimal(i.orders));
}

/** clicks / impressions × 100. */
export function clickThroughRate(i: { clicks: number; impressions: number }) {
  if (!finite(i.clicks, i.impressions)) return null;
  return ratio(mul(toDecimal(i.clicks), HUNDRED), toDecimal(i.impressions));
}

/** revenue / ad spend, as a ratio (5.0 means 500 %). */
export function returnOnAdSpend(i: { revenue: number; adSpend: number }) {
  if (!finite(i.revenue, i.adSpend)) return null;
  return ratio(toDecimal(i.revenue), toDecimal(i.adSpend));
}

/** (revenue − cost) / cost × 100. */
export function campaignRoi(i: { revenue: number; cost: number }) {
  if (!finite(i.revenue, i.cost)) return null;
  const cost = toDecimal(i.cost);
  return ratio(mul(sub(toDecimal(i.revenue), cost), HUNDRED), cost);
}

/** successful payments / payments attempted × 100. */
export function successfulTransactionRate(i: { succeeded: number; attempted: number }) {
  if (!finite(i.succeeded, i.attempted)) return null;
  return ratio(mul(toDecimal(i.succeeded), HUNDRED), toDecimal(i.attempted));
}

/** likes + comments + shares in the period (exact sum). */
export function socialMediaEngagement(i: { likes: number; comments: number; shares: number }) {
  if (!finite(i.likes, i.comments, i.shares)) return null;
  return toNumber(add(add(toDecimal(i.likes), toDecimal(i.comments)), toDecimal(i.shares)));
}

/** training hours / employees. */
export function trainingHoursPerEmployee(i: { trainingHours: number; employees: number }) {
  if (!finite(i.trainingHours, i.employees)) return null;
  return ratio(toDecimal(i.trainingHours), toDecimal(i.employees));
}

/** The median (time to purchase, first response, resolution); null for no values; the mean of the middle two when even. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0 || !finite(...values)) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid];
  return ratio(add(toDecimal(sorted[mid - 1]), toDecimal(sorted[mid])), toDecimal(2));
}
