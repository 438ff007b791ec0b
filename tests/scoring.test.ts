import { describe, expect, it } from 'vitest';
import { measureStatusOf, progress, statusOf } from '@/lib/scoring';

// A seeded generator, so the property checks are reproducible.
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const range = (lo: number, hi: number, tolerance: number) => ({ kind: 'range' as const, lo, hi, tolerance });

describe('progress: higher is better', () => {
  it.each([
    [50, 0, 100, 0.5],
    [100, 0, 100, 1],
    [55, 20, 70, 0.7],
    [31, 10, 40, 0.7],
  ])('v %d from b %d to t %d is (v − b)/(t − b) = %d', (v, b, t, p) => expect(progress(v, b, t, 'higher')).toBe(p));

  it('clamps to 1 above the target and to 0 below the baseline', () => {
    expect(progress(120, 0, 100, 'higher')).toBe(1);
    expect(progress(-10, 0, 100, 'higher')).toBe(0);
    expect(progress(0, 0, 100, 'higher')).toBe(0);
  });

  it('when t = b: 1 when v ≥ t, else 0', () => {
    expect(progress(5, 5, 5, 'higher')).toBe(1);
    expect(progress(6, 5, 5, 'higher')).toBe(1);
    expect(progress(4.999, 5, 5, 'higher')).toBe(0);
  });

  it('when t < b (target below the baseline): 1 when v ≥ t, else 0, never a fraction', () => {
    expect(progress(5, 10, 5, 'higher')).toBe(1);
    expect(progress(7, 10, 5, 'higher')).toBe(1);
    expect(progress(4.99, 10, 5, 'higher')).toBe(0);
  });
});

describe('progress: lower is better', () => {
  it('is (b − v)/(b − t) when t < b', () => {
    expect(progress(75, 100, 50, 'lower')).toBe(0.5);
    expect(progress(50, 100, 50, 'lower')).toBe(1);
    expect(progress(4, 10, 0, 'lower')).toBe(0.6);
  });

  it('clamps to 1 below the target and to 0 above the baseline', () => {
    expect(progress(40, 100, 50, 'lower')).toBe(1);
    expect(progress(120, 100, 50, 'lower')).toBe(0);
    expect(progress(100, 100, 50, 'lower')).toBe(0);
  });

  it('when t ≥ b: 1 when v ≤ t, else 0', () => {
    expect(progress(5, 5, 5, 'lower')).toBe(1);
    expect(progress(5.01, 5, 5, 'lower')).toBe(0);
    expect(progress(8, 5, 8, 'lower')).toBe(1);
    expect(progress(3, 5, 8, 'lower')).toBe(1);
    expect(progress(8.5, 5, 8, 'lower')).toBe(0);
  });
});

describe('progress: within a range', () => {
  it('is 1 anywhere in [lo, hi], bounds included', () => {
    for (const v of [10, 15, 20]) expect(progress(v, 0, 0, range(10, 20, 5))).toBe(1);
  });

  it('is 1 − d/tol outside, d the distance to the nearer bound', () => {
    expect(progress(8, 0, 0, range(10, 20, 5))).toBe(0.6);
    expect(progress(22, 0, 0, range(10, 20, 5))).toBe(0.6);
    expect(progress(11, 0, 0, range(10, 10, 2))).toBe(0.5);
    expect(progress(9.5, 0, 0, range(10, 10, 2))).toBe(0.75);
  });

  it('is 0 at a distance of the tolerance and never negative beyond it', () => {
    expect(progress(5, 0, 0, range(10, 20, 5))).toBe(0);
    expect(progress(25, 0, 0, range(10, 20, 5))).toBe(0);
    expect(progress(40, 0, 0, range(10, 20, 5))).toBe(0);
    expect(progress(-1e9, 0, 0, range(10, 20, 5))).toBe(0);
  });

  it('ignores baseline and target', () => {
    expect(progress(8, 123, -4, range(10, 20, 5))).toBe(0.6);
  });

  it('refuses a tolerance ≤ 0, lo > hi and non-finite numbers', () => {
    expect(() => progress(8, 0, 0, range(10, 20, 0))).toThrow(RangeError);
    expect(() => progress(8, 0, 0, range(10, 20, -1))).toThrow(RangeError);
    expect(() => progress(8, 0, 0, range(20, 10, 5))).toThrow(RangeError);
    expect(() => progress(Number.NaN, 0, 0, range(10, 20, 5))).toThrow(RangeError);
    expect(() => progress(1, Number.NaN, 10, 'higher')).toThrow(RangeError);
    expect(() => progress(1, 0, Infinity, 'lower')).toThrow(RangeError);
  });
});

describe('progress: properties', () => {
  const next = rng(42);
  const num = () => (next() - 0.5) * 2000;
  const cases = Array.from({ length: 3000 }, () => [num(), num(), num(), next() * 50 + 1e-6] as const);

  it('is always within [0, 1] for every direction', () => {
    for (const [v, b, t, tol] of cases) {
      const [lo, hi] = b <= t ? [b, t] : [t, b];
      for (const d of ['higher', 'lower', range(lo, hi, tol)] as const) {
        const p = progress(v, b, t, d);
        expect(p >= 0 && p <= 1).toBe(true);
      }
    }
  });

  it('never falls as v improves (higher: v up, lower: v down)', () => {
    for (const [v, b, t] of cases) {
      expect(progress(v + 1, b, t, 'higher')).toBeGreaterThanOrEqual(progress(v, b, t, 'higher'));
      expect(progress(v - 1, b, t, 'lower')).toBeGreaterThanOrEqual(progress(v, b, t, 'lower'));
    }
  });

  it('is exactly 1 at the target and exactly 0 at the baseline whenever t ≠ b', () => {
    for (const [, b, t] of cases) {
      expect(progress(t, b, t, t > b ? 'higher' : 'lower')).toBe(1);
      expect(progress(b, b, t, t > b ? 'higher' : 'lower')).toBe(0);
    }
  });
});

describe('measure status', () => {
  it.each([
    [1, 'green'],
    [0.9999, 'amber'],
    [0.7, 'amber'],
    [0.6999, 'red'],
    [0, 'red'],
    [null, 'grey'],
  ] as const)('progress %s with the default amber threshold 0.7 is %s', (p, s) => expect(measureStatusOf(p)).toBe(s));

  it('uses the measure’s own amber threshold', () => {
    expect(measureStatusOf(0.6, 0.5)).toBe('amber');
    expect(measureStatusOf(0.5, 0.5)).toBe('amber');
    expect(measureStatusOf(0.49, 0.5)).toBe('red');
    expect(measureStatusOf(0.99, 1)).toBe('red');
    expect(measureStatusOf(0, 0)).toBe('amber');
  });

  it('an exact decimal threshold survives binary floating point (b 0.1, t 0.4, v 0.31 → 0.7 → amber)', () => {
    const p = progress(0.31, 0.1, 0.4, 'higher');
    expect(p).toBe(0.6999999999999998); // full precision is kept…
    expect(measureStatusOf(p)).toBe('amber'); // …and the status is what the decimals say
  });
});

describe('objective / perspective / scorecard status', () => {
  it.each([
    [1, 'green'],
    [0.9, 'green'],
    [0.8999, 'amber'],
    [0.7, 'amber'],
    [0.6999, 'red'],
    [0, 'red'],
    [null, 'grey'],
  ] as const)('%s is %s (green from 90 %, amber from 70 %)', (score, s) => expect(statusOf(score)).toBe(s));

  it('takes adjustable thresholds', () => {
    const t = { green: 0.8, amber: 0.5 };
    expect(statusOf(0.85, t)).toBe('green');
    expect(statusOf(0.8, t)).toBe('green');
    expect(statusOf(0.6, t)).toBe('amber');
    expect(statusOf(0.49, t)).toBe('red');
  });

  it('refuses thresholds outside 0 ≤ amber ≤ green ≤ 1', () => {
    expect(() => statusOf(0.5, { green: 0.6, amber: 0.7 })).toThrow(RangeError);
    expect(() => statusOf(0.5, { green: 1.1, amber: 0.7 })).toThrow(RangeError);
    expect(() => statusOf(0.5, { green: 0.9, amber: -0.1 })).toThrow(RangeError);
  });
});
