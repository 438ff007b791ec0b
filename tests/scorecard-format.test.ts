import { describe, expect, it } from 'vitest';
import { formatMeasureValue, formatScore, formatTarget, trendLabel } from '@/lib/scorecards/format';

const us = { locale: 'en-US', currency: 'USD' };
const de = { locale: 'de-DE', currency: 'EUR' };

describe('scorecard formatting', () => {
  it('formats values by unit, rounding half away from zero at the measure precision', () => {
    expect(formatMeasureValue(12.25, { unit: '%', unitLabel: '', decimals: 1 }, us)).toBe('12.3 %');
    expect(formatMeasureValue(-12.25, { unit: '%', unitLabel: '', decimals: 1 }, us)).toBe('-12.3 %');
    expect(formatMeasureValue(1200, { unit: 'currency', unitLabel: '', decimals: 2 }, us)).toBe('$1,200.00');
    expect(formatMeasureValue(1200, { unit: 'currency', unitLabel: '', decimals: 0 }, de).replace(/\s/g, ' ')).toBe('1.200 €');
    expect(formatMeasureValue(3.5, { unit: 'duration', unitLabel: 'hours', decimals: 1 }, us)).toBe('3.5 hours');
    expect(formatMeasureValue(42, { unit: 'count', unitLabel: '', decimals: 0 }, us)).toBe('42');
    expect(formatMeasureValue(-0.04, { unit: 'score', unitLabel: '', decimals: 1 }, us)).toBe('0.0');
    expect(formatMeasureValue(null, { unit: 'count', unitLabel: '', decimals: 0 }, us)).toBe('—');
  });

  it('formats targets, bands and scores', () => {
    expect(formatTarget(95, { unit: '%', unitLabel: '', decimals: 0 }, us)).toBe('95 %');
    expect(formatTarget({ lo: 2, hi: 4 }, { unit: 'duration', unitLabel: 'hours', decimals: 1 }, us)).toBe('2.0–4.0 hours');
    expect(formatTarget(null, { unit: '%', unitLabel: '', decimals: 0 }, us)).toBe('—');
    expect(formatScore(0.745, us)).toBe('75 %');
    expect(formatScore(0.7449, us)).toBe('74 %');
    expect(formatScore(null, us)).toBe('—');
  });

  it('says the trend in words', () => {
    expect(trendLabel(null)).toBe('No trend');
    expect(trendLabel({ move: 'flat', verdict: 'neutral' })).toBe('Flat');
    expect(trendLabel({ move: 'down', verdict: 'good' })).toBe('Down, good');
    expect(trendLabel({ move: 'up', verdict: 'neutral' })).toBe('Up');
  });
});
