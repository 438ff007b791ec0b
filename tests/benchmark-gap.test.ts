import { describe, expect, it } from 'vitest';
import { gapOf, positionOf } from '@/lib/benchmarks/gap';
import { gapText } from '@/lib/benchmarks/format';

const higher = { direction: 'higher' as const, decimals: 1, unit: 'count' };
const lower = { direction: 'lower' as const, decimals: 1, unit: 'duration' };
const band = { lo: 2, hi: 4 };
const range = { direction: { kind: 'range' as const, band }, decimals: 1, unit: 'duration' };

describe('gapOf', () => {
  it('gap is latest − benchmark and relative gap is gap / |benchmark| × 100', () => {
    expect(gapOf(120, 100, higher)).toEqual({ gap: 20, relative: 20, position: 'ahead', percentagePoints: false });
    expect(gapOf(80, 100, higher)).toEqual({ gap: -20, relative: -20, position: 'behind', percentagePoints: false });
  });

  it('lower is better: a value above the benchmark is behind, with a positive gap', () => {
    expect(gapOf(5, 4, lower)).toEqual({ gap: 1, relative: 25, position: 'behind', percentagePoints: false });
    expect(gapOf(3, 4, lower)).toMatchObject({ gap: -1, relative: -25, position: 'ahead' });
  });

  it('has no relative gap when the benchmark is 0 (but still a gap and a position)', () => {
    expect(gapOf(5, 0, higher)).toEqual({ gap: 5, relative: null, position: 'ahead', percentagePoints: false });
    expect(gapOf(0, 0, higher)).toEqual({ gap: 0, relative: null, position: 'on_par', percentagePoints: false });
  });

  it('divides by |benchmark| for negative benchmarks, so the sign of the relative gap is the sign of the gap', () => {
    // NPS −20 benchmark, ours −10: 10 points better, +50 %.
    expect(gapOf(-10, -20, higher)).toEqual({ gap: 10, relative: 50, position: 'ahead', percentagePoints: false });
    expect(gapOf(-30, -20, higher)).toEqual({ gap: -10, relative: -50, position: 'behind', percentagePoints: false });
    expect(gapOf(10, -20, lower)).toMatchObject({ gap: 30, relative: 150, position: 'behind' });
  });

  it('says percentage points for % measures', () => {
    expect(gapOf(42, 40, { ...higher, unit: '%' })).toEqual({ gap: 2, relative: 5, position: 'ahead', percentagePoints: true });
  });

  it('is null without a latest value', () => {
    expect(gapOf(null, 10, higher)).toBeNull();
  });

  it('refuses non-finite numbers', () => {
    expect(() => gapOf(1, Number.NaN, higher)).toThrow(RangeError);
    expect(() => gapOf(Number.POSITIVE_INFINITY, 1, higher)).toThrow(RangeError);
  });
});

describe('positionOf', () => {
  it('is on par when equal at display precision, whatever the direction', () => {
    expect(positionOf(4.04, 4.0, 'higher', 1)).toBe('on_par');
    expect(positionOf(4.04, 4.0, 'lower', 1)).toBe('on_par');
    expect(positionOf(4.05, 4.0, 'higher', 1)).toBe('ahead');
    expect(positionOf(4.05, 4.0, 'lower', 1)).toBe('behind');
    expect(positionOf(4.05, 4.0, 'higher', 0)).toBe('on_par');
    expect(gapOf(4.04, 4, higher)).toMatchObject({ position: 'on_par' });
  });

  it('for a range: inside the band is ahead', () => {
    expect(positionOf(3, 1, range.direction, 1)).toBe('ahead');
    expect(positionOf(3, 2.5, range.direction, 1)).toBe('ahead');
    expect(positionOf(3, 3, range.direction, 1)).toBe('on_par');
  });

  it('for a range: outside, nearer to the band is ahead, as near is on par', () => {
    expect(positionOf(5, 6, range.direction, 1)).toBe('ahead');
    expect(positionOf(6, 5, range.direction, 1)).toBe('behind');
    expect(positionOf(6, 3, range.direction, 1)).toBe('behind');
    expect(positionOf(1, 5, range.direction, 1)).toBe('on_par');
  });

  it('has no position for a range measure without a band', () => {
    expect(positionOf(3, 1, { kind: 'range', band: null }, 1)).toBeNull();
    expect(gapOf(3, 1, { ...range, direction: { kind: 'range', band: null } })).toEqual({ gap: 2, relative: 200, position: null, percentagePoints: false });
  });
});

describe('gapText', () => {
  const style = { locale: 'en-US', currency: 'USD' };
  it('writes percentage points for % measures and a signed relative gap', () => {
    expect(gapText(42, 40, { unit: '%', unitLabel: '', decimals: 1, direction: 'higher' }, null, style)).toMatchObject({ gap: '+2.0 pp', relative: '+5.0 %', positionLabel: 'Ahead' });
  });
  it('writes the unit and "—" for a benchmark of 0', () => {
    expect(gapText(3.5, 0, { unit: 'duration', unitLabel: 'hours', decimals: 1, direction: 'lower' }, null, style)).toMatchObject({ gap: '+3.5 hours', relative: '—', positionLabel: 'Behind' });
    expect(gapText(-10, -20, { unit: 'score', unitLabel: '', decimals: 0, direction: 'higher' }, null, style)).toMatchObject({ gap: '+10', relative: '+50.0 %', positionLabel: 'Ahead' });
    expect(gapText(null, 1, { unit: 'score', unitLabel: '', decimals: 0, direction: 'higher' }, null, style)).toBeNull();
  });
});
