import { describe, expect, it } from 'vitest';
import { scoreMeasure, type MeasureInput, type ScoringContext } from '@/lib/scoring';

// Calendar code belongs to lib/periods.ts; a month step is enough to drive the pure module here.
const prevMonth = (p: string) => {
  const [y, m] = p.split('-').map(Number);
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 10);
};
const ctx: ScoringContext = { currentPeriod: '2026-03-01', previousPeriod: prevMonth };
const m = (period: string, value: number) => ({ period, value });
const higher = (measurements: MeasureInput['measurements'], extra: Partial<MeasureInput> = {}) =>
  ({ direction: 'higher', baseline: 0, targets: [{ fromPeriod: '2026-01-01', target: 100 }], measurements, ...extra }) as MeasureInput;
const band = (lo: number, hi: number) => ({ lo, hi });

describe('scoreMeasure: grey', () => {
  it('is grey with nothing to show when there are no measurements', () => {
    expect(scoreMeasure(higher([]), ctx)).toEqual({ progress: null, status: 'grey', weight: 1, latest: null, target: null, trend: null });
  });

  it('is grey when neither the current nor the previous period has a value, still showing the stale latest value', () => {
    const s = scoreMeasure(higher([m('2026-01-01', 80)]), ctx);
    expect(s).toMatchObject({ progress: null, status: 'grey', latest: { period: '2026-01-01', value: 80 }, target: 100 });
  });

  it('is scored from a value in the previous period alone', () => {
    expect(scoreMeasure(higher([m('2026-02-01', 80)]), ctx)).toMatchObject({ progress: 0.8, status: 'amber' });
  });

  it('is grey when no target is set, even with fresh values', () => {
    const s = scoreMeasure(higher([m('2026-03-01', 5)], { targets: [] }), ctx);
    expect(s).toMatchObject({ progress: null, status: 'grey', target: null, latest: { value: 5 } });
  });
});

describe('scoreMeasure: latest value and targets', () => {
  it('takes the latest value by period, not by entry order', () => {
    const s = scoreMeasure(higher([m('2026-03-01', 65), m('2026-01-01', 99)]), ctx);
    expect(s).toMatchObject({ progress: 0.65, status: 'red', latest: { period: '2026-03-01', value: 65 } });
  });

  it('ignores values for periods after the current one', () => {
    expect(scoreMeasure(higher([m('2026-02-01', 75), m('2026-04-01', 100)]), ctx)).toMatchObject({
      progress: 0.75,
      status: 'amber',
      latest: { period: '2026-02-01' },
    });
    expect(scoreMeasure(higher([m('2026-04-01', 100)]), ctx)).toMatchObject({ status: 'grey', latest: null });
  });

  it('keeps the later of two entries for one period', () => {
    expect(scoreMeasure(higher([m('2026-03-01', 10), m('2026-03-01', 90)]), ctx).progress).toBe(0.9);
  });

  const phased = { targets: [{ fromPeriod: '2026-01-01', target: 100 }, { fromPeriod: '2026-03-01', target: 200 }] };
  it('scores the latest value against the target in force in its period', () => {
    expect(scoreMeasure(higher([m('2026-03-01', 100)], phased), ctx)).toMatchObject({ progress: 0.5, status: 'red', target: 200 });
    expect(scoreMeasure(higher([m('2026-02-01', 100)], phased), ctx)).toMatchObject({ progress: 1, status: 'green', target: 100 });
  });

  it('scores a past period against its own target when the clock is set back', () => {
    const series = [m('2026-01-01', 60), m('2026-02-01', 100), m('2026-03-01', 150)];
    const feb = { currentPeriod: '2026-02-01', previousPeriod: prevMonth };
    expect(scoreMeasure(higher(series, phased), feb)).toMatchObject({ progress: 1, target: 100 });
    expect(scoreMeasure(higher(series, phased), ctx)).toMatchObject({ progress: 0.75, target: 200 });
  });

  it('applies the earliest target to periods before it', () => {
    const late = { targets: [{ fromPeriod: '2026-06-01', target: 100 }] };
    expect(scoreMeasure(higher([m('2026-03-01', 50)], late), ctx)).toMatchObject({ progress: 0.5, target: 100 });
  });

  it('accepts Dates for periods', () => {
    const d = (mo: number) => new Date(Date.UTC(2026, mo - 1, 1));
    const s = scoreMeasure(higher([{ period: d(3), value: 40 }]), { currentPeriod: d(3), previousPeriod: prevMonth });
    expect(s).toMatchObject({ progress: 0.4, latest: { period: '2026-03-01' } });
  });
});

describe('scoreMeasure: directions, thresholds and weights', () => {
  it('scores lower-is-better measures', () => {
    const s = scoreMeasure(
      { direction: 'lower', baseline: 10, targets: [{ fromPeriod: '2026-01-01', target: 4 }], measurements: [m('2026-02-01', 7), m('2026-03-01', 5.8)] },
      ctx,
    );
    expect(s).toMatchObject({ progress: 0.7000000000000001, status: 'amber', trend: { move: 'down', verdict: 'good' } });
  });

  const ranged = (measurements: MeasureInput['measurements'], extra: object = {}): MeasureInput => ({
    direction: 'range',
    tolerance: 5,
    targets: [{ fromPeriod: '2026-01-01', target: band(10, 20) }],
    measurements,
    ...extra,
  });
  it('scores range measures against the band in force, with the range trend', () => {
    const s = scoreMeasure(ranged([m('2026-02-01', 25), m('2026-03-01', 22)]), ctx);
    expect(s).toMatchObject({ progress: 0.6, status: 'red', target: band(10, 20), trend: { move: 'down', verdict: 'good' } });
    expect(scoreMeasure(ranged([m('2026-03-01', 15)]), ctx)).toMatchObject({ progress: 1, status: 'green' });
    const moved = { targets: [{ fromPeriod: '2026-01-01', target: band(10, 20) }, { fromPeriod: '2026-03-01', target: band(30, 40) }] };
    expect(scoreMeasure(ranged([m('2026-03-01', 28)], moved), ctx).progress).toBe(0.6);
    expect(scoreMeasure(ranged([m('2026-03-01', 15)], { targets: [] }), ctx)).toMatchObject({ status: 'grey', trend: null });
  });

  it('uses the measure’s amber threshold (default 0.7) and weight (default 1)', () => {
    expect(scoreMeasure(higher([m('2026-03-01', 60)]), ctx)).toMatchObject({ status: 'red', weight: 1 });
    expect(scoreMeasure(higher([m('2026-03-01', 60)], { amberThreshold: 0.5, weight: 3 }), ctx)).toMatchObject({ status: 'amber', weight: 3 });
    expect(scoreMeasure(higher([m('2026-03-01', 100)], { weight: 0 }), ctx)).toMatchObject({ status: 'green', weight: 0 });
  });

  it('refuses invalid measures and a previousPeriod that does not go back', () => {
    const bad: Partial<MeasureInput>[] = [{ weight: -1 }, { weight: Number.NaN }, { amberThreshold: 1.5 }, { decimals: 2.5 }];
    for (const extra of bad) expect(() => scoreMeasure(higher([m('2026-03-01', 1)], extra), ctx)).toThrow(RangeError);
    expect(() => scoreMeasure(ranged([], { tolerance: 0 }), ctx)).toThrow(RangeError);
    expect(() => scoreMeasure(ranged([], { targets: [{ fromPeriod: '2026-01-01', target: band(20, 10) }] }), ctx)).toThrow(RangeError);
    expect(() => scoreMeasure(higher([m('2026-03-01', Number.NaN)]), ctx)).toThrow(RangeError);
    expect(() => scoreMeasure(higher([m('2026-3-1', 1)]), ctx)).toThrow(RangeError);
    expect(() => scoreMeasure(higher([]), { currentPeriod: '2026-03-01', previousPeriod: (p) => p })).toThrow(RangeError);
  });
});

describe('scoreMeasure: trend', () => {
  it('compares the latest value with the period before it', () => {
    expect(scoreMeasure(higher([m('2026-02-01', 50), m('2026-03-01', 100)]), ctx).trend).toEqual({ move: 'up', verdict: 'good' });
    // the latest value is February's: compared with January's, not with the empty current period
    const s = scoreMeasure(higher([m('2026-01-01', 60), m('2026-02-01', 50)]), ctx);
    expect(s).toMatchObject({ progress: 0.5, latest: { period: '2026-02-01' }, trend: { move: 'down', verdict: 'bad' } });
  });

  it('has none when the period before the latest has no value', () => {
    expect(scoreMeasure(higher([m('2026-01-01', 40), m('2026-03-01', 50)]), ctx).trend).toBeNull();
  });

  it('is flat when equal at the measure’s display decimals (default 2)', () => {
    const series = [m('2026-02-01', 10.2), m('2026-03-01', 10.4)];
    expect(scoreMeasure(higher(series), ctx).trend).toEqual({ move: 'up', verdict: 'good' });
    expect(scoreMeasure(higher(series, { decimals: 0 }), ctx).trend).toEqual({ move: 'flat', verdict: 'neutral' });
  });
});
