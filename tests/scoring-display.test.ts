import { describe, expect, it } from 'vitest';
import { periodKey, roundHalfAwayFromZero, scorePercent, targetAt, trendOf } from '@/lib/scoring';

describe('roundHalfAwayFromZero', () => {
  it.each([
    [12.5, 0, 13],
    [-12.5, 0, -13],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [1.5, 0, 2],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [12.4999, 0, 12],
    [123.456, 0, 123],
    [123.456, 1, 123.5],
    [1.45, 1, 1.5],
  ])('%d at %d decimals is %d', (x, d, r) => expect(roundHalfAwayFromZero(x, d)).toBe(r));

  it.each([
    [1.005, 1.01],
    [-1.005, -1.01],
    [2.675, 2.68],
    [1.255, 1.26],
    [8.345, 8.35],
    [1.0049, 1],
    [0.1 + 0.2, 0.3],
  ])('rounds %d at 2 decimals by its decimal digits, not its binary expansion: %d', (x, r) =>
    expect(roundHalfAwayFromZero(x, 2)).toBe(r),
  );

  it('never answers −0', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.4), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0.004, 2), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0), 0)).toBe(true);
  });

  it('handles tiny, huge and non-finite numbers', () => {
    expect(roundHalfAwayFromZero(1e-7, 2)).toBe(0);
    expect(roundHalfAwayFromZero(5e-324, 2)).toBe(0);
    expect(roundHalfAwayFromZero(1.5e-7, 7)).toBe(2e-7);
    expect(roundHalfAwayFromZero(1e21, 2)).toBe(1e21);
    expect(roundHalfAwayFromZero(2 ** 53 + 2, 3)).toBe(2 ** 53 + 2);
    expect(roundHalfAwayFromZero(Infinity, 2)).toBe(Infinity);
    expect(roundHalfAwayFromZero(Number.NaN, 2)).toBeNaN();
  });

  it('refuses decimals that are negative, fractional or above 20', () => {
    expect(() => roundHalfAwayFromZero(1, -1)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(1, 1.5)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(1, 21)).toThrow(RangeError);
  });

  it('is never off by more than half a unit in the last place kept (property)', () => {
    let seed = 7;
    for (let i = 0; i < 5000; i++) {
      seed = (seed * 48271) % 2147483647;
      const x = (seed / 2147483647 - 0.5) * 1e6;
      const d = i % 6;
      const r = roundHalfAwayFromZero(x, d);
      expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9);
      expect(roundHalfAwayFromZero(-x, d)).toBe(r === 0 ? 0 : -r); // symmetric about zero
    }
  });
});

describe('scorePercent (scores shown as whole percents)', () => {
  it.each([
    [0.125, 13],
    [0.145, 15], // 0.145 * 100 is 14.499999999999998 in binary
    [0.005, 1],
    [0.895, 90],
    [2 / 3, 67],
    [1, 100],
    [0, 0],
  ])('%d → %d %', (s, p) => expect(scorePercent(s)).toBe(p));

  it('keeps grey as null and takes decimals for finer display', () => {
    expect(scorePercent(null)).toBeNull();
    expect(scorePercent(2 / 3, 1)).toBe(66.7);
  });
});

describe('trendOf', () => {
  it('is none when the previous period has no value', () => {
    expect(trendOf(10, null, 'higher', 2)).toBeNull();
  });

  it('higher is better: up is good, down is bad', () => {
    expect(trendOf(11, 10, 'higher', 0)).toEqual({ move: 'up', verdict: 'good' });
    expect(trendOf(9, 10, 'higher', 0)).toEqual({ move: 'down', verdict: 'bad' });
  });

  it('lower is better: down is good, up is bad', () => {
    expect(trendOf(9, 10, 'lower', 0)).toEqual({ move: 'down', verdict: 'good' });
    expect(trendOf(11, 10, 'lower', 0)).toEqual({ move: 'up', verdict: 'bad' });
  });

  it('is flat when equal at display precision, and moves at a finer one', () => {
    expect(trendOf(10.004, 10.001, 'higher', 2)).toEqual({ move: 'flat', verdict: 'neutral' });
    expect(trendOf(10.004, 10.001, 'higher', 3)).toEqual({ move: 'up', verdict: 'good' });
    expect(trendOf(10.005, 10, 'lower', 2)).toEqual({ move: 'up', verdict: 'bad' }); // 10.005 shows as 10.01
    expect(trendOf(7, 7, 'lower', 0)).toEqual({ move: 'flat', verdict: 'neutral' });
  });

  const band = { kind: 'range' as const, band: { lo: 10, hi: 20 } };
  it('range: moving closer to the band is good, farther bad', () => {
    expect(trendOf(8, 5, band, 0)).toEqual({ move: 'up', verdict: 'good' });
    expect(trendOf(24, 30, band, 0)).toEqual({ move: 'down', verdict: 'good' });
    expect(trendOf(15, 25, band, 0)).toEqual({ move: 'down', verdict: 'good' }); // outside → inside
    expect(trendOf(22, 18, band, 0)).toEqual({ move: 'up', verdict: 'bad' }); // inside → outside
    expect(trendOf(31, 30, band, 0)).toEqual({ move: 'up', verdict: 'bad' });
  });

  it('range: a move that ends as far from the band (inside → inside, or across it) is neutral', () => {
    expect(trendOf(17, 12, band, 0)).toEqual({ move: 'up', verdict: 'neutral' });
    expect(trendOf(22, 8, band, 0)).toEqual({ move: 'up', verdict: 'neutral' });
  });
});

describe('periods and time-phased targets', () => {
  it('normalises Dates (read in UTC) and ISO first days; refuses anything else', () => {
    expect(periodKey(new Date(Date.UTC(2026, 1, 1)))).toBe('2026-02-01');
    expect(periodKey('2026-02-01')).toBe('2026-02-01');
    for (const bad of ['2026-02', '2026-W07', '2026-2-1', '2026-02-30', '2026-02-01T00:00:00Z', '']) {
      expect(() => periodKey(bad)).toThrow(RangeError);
    }
    expect(() => periodKey(new Date(Number.NaN))).toThrow(RangeError);
  });

  const steps = [
    { fromPeriod: '2026-04-01', target: 120 },
    { fromPeriod: '2026-01-01', target: 100 },
    { fromPeriod: new Date(Date.UTC(2026, 6, 1)), target: 150 },
  ];
  it('each period is scored against the target in force then (latest fromPeriod ≤ period, any input order)', () => {
    expect(targetAt(steps, '2026-01-01')).toBe(100);
    expect(targetAt(steps, '2026-03-01')).toBe(100);
    expect(targetAt(steps, '2026-04-01')).toBe(120); // applies from its own period on
    expect(targetAt(steps, '2026-06-01')).toBe(120);
    expect(targetAt(steps, new Date(Date.UTC(2026, 6, 1)))).toBe(150);
    expect(targetAt(steps, '2030-01-01')).toBe(150);
  });

  it('before the first step, the earliest target applies', () => {
    expect(targetAt(steps, '2025-06-01')).toBe(100);
  });

  it('is null without any target, and the later entry wins for two steps from the same period', () => {
    expect(targetAt([], '2026-01-01')).toBeNull();
    const tie = [
      { fromPeriod: '2026-01-01', target: 1 },
      { fromPeriod: '2026-01-01', target: 2 },
    ];
    expect(targetAt(tie, '2026-02-01')).toBe(2);
  });
});
