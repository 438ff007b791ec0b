import { describe, expect, expectTypeOf, it } from 'vitest';
import type { MeasureView } from '@/lib/scorecards/view-types';
import type { MeasureDetail } from '@/db/queries/measure-views';
import type { EditableMeasure } from '@/app/(app)/w/[workspace]/kpis/_components/measure-types';
import { chartRows, scoreOf } from '@/lib/measurements/series';

const base = { amberThreshold: 0.7, weight: 1, decimals: 1, frequency: 'monthly' as const, tolerance: null };
const higher = { ...base, direction: 'higher' as const, baseline: 1, targets: [{ fromPeriod: '2026-01-01', target: 3, lo: null, hi: null }, { fromPeriod: '2026-04-01', target: 4, lo: null, hi: null }] };
const series = [
  { period: '2026-02-01', value: 2 },
  { period: '2026-05-01', value: 3.4 },
];

describe('measure page numbers', () => {
  it('scores the latest value against the target in force in its period, in the workspace time zone', () => {
    // 2026-05-31 23:30 UTC is already June in Berlin: May is then the previous period, still scored.
    const at = new Date('2026-05-31T23:30:00Z');
    const utc = scoreOf(higher, series, 'UTC', at);
    expect(utc).toMatchObject({ current: '2026-05-01', targetNow: 4, score: { status: 'amber', latest: { period: '2026-05-01', value: 3.4 }, target: 4 } });
    expect(utc.score.progress).toBeCloseTo(0.8, 12);
    const berlin = scoreOf(higher, series, 'Europe/Berlin', at);
    expect(berlin).toMatchObject({ current: '2026-06-01', targetNow: 4, score: { status: 'amber' } });
  });

  it('charts every period with the step target in force, up to the current period or a later target', () => {
    const rows = chartRows({ ...higher, targets: [...higher.targets, { fromPeriod: '2026-08-01', target: 5, lo: null, hi: null }] }, series, '2026-06-01');
    expect(rows.map((r) => [r.label, r.value, r.target])).toEqual([
      ['2026-01', null, 3],
      ['2026-02', 2, 3],
      ['2026-03', null, 3],
      ['2026-04', null, 4],
      ['2026-05', 3.4, 4],
      ['2026-06', null, 4],
      ['2026-07', null, 4],
      ['2026-08', null, 5],
    ]);
  });

  it('charts ranges as their bands; nothing without data or targets', () => {
    const range = { ...base, frequency: 'quarterly' as const, direction: 'range' as const, tolerance: 2, baseline: null, targets: [{ fromPeriod: '2026-01-01', target: null, lo: 1, hi: 2 }] };
    expect(chartRows(range, [{ period: '2026-04-01', value: 3 }], '2026-04-01')).toEqual([
      { label: '2026-Q1', value: null, target: null, lo: 1, hi: 2 },
      { label: '2026-Q2', value: 3, target: null, lo: 1, hi: 2 },
    ]);
    expect(scoreOf(range, [{ period: '2026-04-01', value: 3 }], 'UTC', new Date('2026-05-01T00:00:00Z')).score).toMatchObject({ progress: 0.5, status: 'red' });
    expect(chartRows({ ...range, targets: [] }, [], '2026-04-01')).toEqual([]);
  });
});

// The scorecard page's MeasureView opens the same edit dialog as the measure page's MeasureDetail.
it('the edit dialog takes both read models', () => {
  expectTypeOf<MeasureView>().toExtend<EditableMeasure>();
  expectTypeOf<MeasureDetail>().toExtend<EditableMeasure>();
});

it('changing the frequency in the form rewrites target periods to the new kind', async () => {
  const { retargetRows } = await import('@/app/(app)/w/[workspace]/kpis/_components/measure-types');
  const rows = [
    { key: 'a', from: '2026-05', target: '1', lo: '', hi: '' },
    { key: 'b', from: 'nonsense', target: '2', lo: '', hi: '' },
  ];
  expect(retargetRows(rows, 'monthly', 'quarterly').map((r) => r.from)).toEqual(['2026-Q2', 'nonsense']);
  expect(retargetRows(rows, 'monthly', 'weekly')[0].from).toBe('2026-W18');
});
