import { describe, expect, it } from 'vitest';
import { add, quotient, toDecimal } from '@/lib/decimal';
import {
  averageOrderValue,
  campaignRoi,
  cartAbandonmentRate,
  churnRate,
  clickThroughRate,
  conversionRate,
  customerLifetimeValue,
  median,
  retentionRate,
  returnOnAdSpend,
  socialMediaEngagement,
  successfulTransactionRate,
  trainingHoursPerEmployee,
} from '@/lib/kpi/formulas';
import { KPI_LIBRARY, KPI_UNITS, findLibraryKpi } from '@/lib/kpi/library';

describe('customer formulas', () => {
  it('retention rate = (end − new) / start × 100', () => {
    expect(retentionRate({ customersAtStart: 200, customersAtEnd: 210, newCustomers: 30 })).toBe(90);
    expect(retentionRate({ customersAtStart: 3, customersAtEnd: 2, newCustomers: 0 })).toBe(200 / 3);
  });

  it('churn rate = lost / start × 100', () => {
    expect(churnRate({ customersAtStart: 200, customersLost: 10 })).toBe(5);
    expect(churnRate({ customersAtStart: 100, customersLost: 7 })).toBe(7); // 7 / 100 * 100 drifts to 7.000000000000001
  });

  it('customer lifetime value: the DOMAIN.md example 100 × 0.6 / 0.05 = 1,200 exactly', () => {
    expect(customerLifetimeValue({ revenuePerCustomer: 100, grossMargin: 0.6, churn: 0.05 })).toBe(1200);
  });

  it('customer lifetime value stays exact where floats drift', () => {
    expect(0.7 * 30 / 0.07).not.toBe(300); // the trap
    expect(customerLifetimeValue({ revenuePerCustomer: 30, grossMargin: 0.7, churn: 0.07 })).toBe(300);
    expect(customerLifetimeValue({ revenuePerCustomer: 49.99, grossMargin: 0.5, churn: 0.1 })).toBe(249.95);
  });

  it('customer lifetime value has none when churn is 0 (or negative)', () => {
    expect(customerLifetimeValue({ revenuePerCustomer: 100, grossMargin: 0.6, churn: 0 })).toBeNull();
    expect(customerLifetimeValue({ revenuePerCustomer: 100, grossMargin: 0.6, churn: -0.05 })).toBeNull();
  });
});

describe('funnel formulas', () => {
  it('conversion rate = conversions / visitors × 100', () => {
    expect(conversionRate({ conversions: 25, visitors: 1000 })).toBe(2.5);
    expect(conversionRate({ conversions: 1, visitors: 3 })).toBe(100 / 3);
  });

  it('cart abandonment = (1 − completed / carts) × 100 without drift', () => {
    expect((1 - 7 / 10) * 100).not.toBe(30); // the trap: 30.000000000000004
    expect(cartAbandonmentRate({ completedPurchases: 7, cartsCreated: 10 })).toBe(30);
    expect(cartAbandonmentRate({ completedPurchases: 30, cartsCreated: 100 })).toBe(70);
    expect(cartAbandonmentRate({ completedPurchases: 10, cartsCreated: 10 })).toBe(0);
  });

  it('average order value = revenue / orders', () => {
    expect(averageOrderValue({ revenue: 1234.5, orders: 10 })).toBe(123.45);
    expect(averageOrderValue({ revenue: 0.3, orders: 3 })).toBe(0.1);
  });

  it('click-through rate = clicks / impressions × 100', () => {
    expect(clickThroughRate({ clicks: 35, impressions: 1000 })).toBe(3.5);
    expect(clickThroughRate({ clicks: 0, impressions: 1000 })).toBe(0); // a real 0, denominator not 0
  });

  it('successful transactions = succeeded / attempted × 100', () => {
    expect(successfulTransactionRate({ succeeded: 993, attempted: 1000 })).toBe(99.3);
  });
});

describe('marketing formulas', () => {
  it('ROAS = revenue / ad spend as a ratio: 5.0 means 500 %', () => {
    expect(returnOnAdSpend({ revenue: 5000, adSpend: 1000 })).toBe(5);
    expect(returnOnAdSpend({ revenue: 0.3, adSpend: 0.1 })).toBe(3); // 0.3 / 0.1 is 2.9999999999999996 in floats
  });

  it('campaign ROI = (revenue − cost) / cost × 100, negative when losing money', () => {
    expect(campaignRoi({ revenue: 15000, cost: 10000 })).toBe(50);
    expect(campaignRoi({ revenue: 5000, cost: 10000 })).toBe(-50);
    expect(campaignRoi({ revenue: 1.1, cost: 1 })).toBe(10); // (1.1 − 1) × 100 is 10.000000000000009 in floats
  });

  it('social media engagement = likes + comments + shares', () => {
    expect(socialMediaEngagement({ likes: 120, comments: 30, shares: 7 })).toBe(157);
  });

  it('training hours per employee = hours / employees', () => {
    expect(trainingHoursPerEmployee({ trainingHours: 90, employees: 12 })).toBe(7.5);
  });
});

describe('no value: a 0 denominator is null, never 0 or Infinity', () => {
  it.each([
    ['retention', () => retentionRate({ customersAtStart: 0, customersAtEnd: 5, newCustomers: 5 })],
    ['churn', () => churnRate({ customersAtStart: 0, customersLost: 0 })],
    ['conversion', () => conversionRate({ conversions: 3, visitors: 0 })],
    ['cart abandonment', () => cartAbandonmentRate({ completedPurchases: 0, cartsCreated: 0 })],
    ['AOV', () => averageOrderValue({ revenue: 100, orders: 0 })],
    ['CTR', () => clickThroughRate({ clicks: 0, impressions: 0 })],
    ['ROAS', () => returnOnAdSpend({ revenue: 100, adSpend: 0 })],
    ['campaign ROI', () => campaignRoi({ revenue: 100, cost: 0 })],
    ['successful transactions', () => successfulTransactionRate({ succeeded: 0, attempted: 0 })],
    ['training hours', () => trainingHoursPerEmployee({ trainingHours: 10, employees: 0 })],
  ])('%s', (_name, compute) => {
    expect(compute()).toBeNull();
  });

  it('treats non-finite inputs as no value too', () => {
    expect(conversionRate({ conversions: Number.NaN, visitors: 10 })).toBeNull();
    expect(averageOrderValue({ revenue: Infinity, orders: 1 })).toBeNull();
  });
});

describe('median (durations)', () => {
  it('is the middle value, or the mean of the middle two', () => {
    expect(median([12, 3, 7])).toBe(7);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([0.1, 0.2])).toBe(0.15); // (0.1 + 0.2) / 2 is 0.15000000000000002 in floats
  });

  it('has no value for no durations', () => {
    expect(median([])).toBeNull();
  });
});

describe('exact decimal quotient', () => {
  it('rounds the exact quotient once, to the nearest double', () => {
    expect(quotient(toDecimal(1), toDecimal(3))).toBe(1 / 3);
    expect(quotient(toDecimal(-2), toDecimal(3))).toBe(-2 / 3);
    expect(quotient(toDecimal(2), toDecimal(-4))).toBe(-0.5);
    expect(quotient(toDecimal(1e-7), toDecimal(1e21))).toBe(1e-28);
    expect(quotient(toDecimal(0), toDecimal(5))).toBe(0);
    expect(quotient(add(toDecimal(0.1), toDecimal(0.2)), toDecimal(1))).toBe(0.3);
  });

  it('matches float division on integers whose quotient is exact or inexact (property)', () => {
    for (let a = -60; a <= 60; a += 7) {
      for (let b = 1; b <= 40; b += 3) expect(quotient(toDecimal(a), toDecimal(b))).toBe(a / b + 0); // + 0: we never answer −0
    }
  });
});

describe('KPI library (seed list)', () => {
  it('holds every KPI of DOMAIN.md, names unique', () => {
    const names = KPI_LIBRARY.map((k) => k.name);
    expect(new Set(names).size).toBe(names.length);
    expect(KPI_LIBRARY.map((k) => k.key)).toEqual([
      'nps',
      'csat',
      'ces',
      'retention-rate',
      'churn-rate',
      'customer-lifetime-value',
      'conversion-rate',
      'cart-abandonment-rate',
      'average-order-value',
      'click-through-rate',
      'website-traffic',
      'social-media-engagement',
      'newsletter-sign-ups',
      'inquiries',
      'time-to-purchase',
      'first-response-time',
      'resolution-time',
      'successful-transactions',
      'roas',
      'campaign-roi',
      'training-hours',
    ]);
  });

  it('gives each a known unit, a direction and a frequency', () => {
    for (const kpi of KPI_LIBRARY) {
      expect(KPI_UNITS).toContain(kpi.unit);
      expect(['higher', 'lower']).toContain(kpi.direction);
      expect(['weekly', 'monthly', 'quarterly']).toContain(kpi.frequency);
      expect(kpi.formula.length).toBeGreaterThan(5);
    }
  });

  it('pins the directions DOMAIN.md gives: lower is better only for churn, abandonment and the times', () => {
    const lower = KPI_LIBRARY.filter((k) => k.direction === 'lower').map((k) => k.key);
    expect(lower).toEqual(['churn-rate', 'cart-abandonment-rate', 'time-to-purchase', 'first-response-time', 'resolution-time']);
  });

  it('pins units and suggested stages for the main entries', () => {
    expect(findLibraryKpi('nps')).toMatchObject({ unit: 'score', stage: 'retention', perspective: 'customer', survey: 'nps' });
    expect(findLibraryKpi('csat')).toMatchObject({ unit: '%', stage: null, survey: 'csat' });
    expect(findLibraryKpi('ces')).toMatchObject({ unit: 'score', stage: 'decision', survey: 'ces' });
    expect(findLibraryKpi('customer-lifetime-value')).toMatchObject({ unit: 'currency', perspective: 'financial' });
    expect(findLibraryKpi('cart-abandonment-rate')).toMatchObject({ unit: '%', stage: 'purchase' });
    expect(findLibraryKpi('roas')).toMatchObject({ unit: 'score', stage: 'awareness' });
    expect(findLibraryKpi('time-to-purchase')).toMatchObject({ unit: 'duration', durationIn: 'minutes' });
    expect(findLibraryKpi('resolution-time')).toMatchObject({ unit: 'duration', durationIn: 'hours' });
    expect(findLibraryKpi('training-hours')).toMatchObject({ stage: null, perspective: 'learning' });
    expect(findLibraryKpi('nope')).toBeUndefined();
  });
});

describe('exact decimal quotient against IEEE division (properties)', () => {
  // Division of two doubles is correctly rounded, so on integers (exact as decimals) the results must agree.
  let seed = 20260207;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };

  it('matches a / b for 5,000 pseudo-random integer pairs up to 2^53', () => {
    for (let i = 0; i < 5000; i++) {
      const a = Math.floor(random() * 2 ** (1 + Math.floor(random() * 52))) * (random() < 0.5 ? -1 : 1);
      const b = Math.floor(random() * 2 ** (1 + Math.floor(random() * 52))) + 1;
      expect(quotient(toDecimal(a), toDecimal(b))).toBe(a / b + 0); // + 0: we never answer −0
    }
  });

  it('gives back x for x / 1 on 2,000 pseudo-random doubles of all magnitudes', () => {
    for (let i = 0; i < 2000; i++) {
      const x = (random() - 0.5) * 10 ** Math.floor(random() * 40 - 20);
      expect(quotient(toDecimal(x), toDecimal(1))).toBe(x);
    }
  });

  it('rounds ties to even like IEEE division', () => {
    // 2^53 + 1 is a tie between 2^53 and 2^53 + 2; (2^53 + 3) a tie rounding up to 2^53 + 4.
    const big = 2n ** 53n;
    expect(quotient({ m: big + 1n, scale: 0 }, toDecimal(1))).toBe(2 ** 53);
    expect(quotient({ m: big + 3n, scale: 0 }, toDecimal(1))).toBe(2 ** 53 + 4);
    expect(quotient({ m: big * 2n + 2n, scale: 0 }, toDecimal(2))).toBe(2 ** 53); // (2^54 + 2) / 2 = 2^53 + 1
  });
});
