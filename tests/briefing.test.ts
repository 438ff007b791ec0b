import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { labelIndexes, linear, niceTicks } from '@/lib/charts/scale';
import { recentChartRows } from '@/lib/scorecards/recent-rows';
import { SeriesChartSvg } from '@/components/charts/series-chart-svg';
import { MiniChartSvg } from '@/components/charts/mini-chart-svg';

describe('chart scale', () => {
  it('nice ticks cover every value with a 1-2-2.5-5 step', () => {
    expect(niceTicks([3, 97])).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks([-12.5, 4])).toEqual([-15, -10, -5, 0, 5]);
    expect(niceTicks([0.31, 0.38])).toEqual([0.3, 0.32, 0.34, 0.36, 0.38]);
    expect(niceTicks([42, 42])).toEqual([37.5, 40, 42.5, 45, 47.5]);
    expect(niceTicks([])).toEqual([0, 0.25, 0.5, 0.75, 1]);
    for (const vs of [[1, 2, 3], [-1000, 5], [1e-3, 2e-3], [7]]) {
      const t = niceTicks(vs);
      expect(t[0]).toBeLessThanOrEqual(Math.min(...vs));
      expect(t[t.length - 1]).toBeGreaterThanOrEqual(Math.max(...vs));
    }
  });

  it('linear maps the domain onto the range, also inverted', () => {
    const y = linear(0, 100, 200, 0);
    expect([y(0), y(50), y(100)]).toEqual([200, 100, 0]);
    expect(linear(5, 5, 0, 10)(5)).toBe(5);
  });

  it('label indexes: first and last always, at most six, no crowding at the end', () => {
    expect(labelIndexes(4)).toEqual([0, 1, 2, 3]);
    expect(labelIndexes(12)).toEqual([0, 3, 6, 9, 11]);
    expect(labelIndexes(104)).toEqual([0, 21, 42, 63, 84, 103]);
    expect(labelIndexes(0)).toEqual([]);
  });
});

describe('recent chart rows', () => {
  const m = {
    frequency: 'monthly' as const,
    currentPeriod: '2026-11-01',
    direction: 'higher' as const,
    recent: [{ period: '2026-01-01', value: 1 }, { period: '2026-09-01', value: 9 }, { period: '2026-11-01', value: 11 }],
    targets: [{ fromPeriod: '2025-01-01', target: 5, lo: null, hi: null }, { fromPeriod: '2026-06-01', target: 10, lo: null, hi: null }],
  };
  it('twelve periods up to the current one, with gaps and the target in force in each', () => {
    const rows = recentChartRows(m);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({ label: '2025-12', value: null, target: 5, lo: null, hi: null });
    expect(rows[1]).toEqual({ label: '2026-01', value: 1, target: 5, lo: null, hi: null });
    expect(rows.map((r) => r.target)).toEqual([5, 5, 5, 5, 5, 5, 10, 10, 10, 10, 10, 10]);
    expect(rows[11]).toMatchObject({ label: '2026-11', value: 11 });
  });
  it('a range measure gets its band, no single target', () => {
    const rows = recentChartRows({ ...m, direction: 'range', targets: [{ fromPeriod: '2020-01-01', target: null, lo: 2, hi: 4 }] });
    expect(rows[5]).toMatchObject({ target: null, lo: 2, hi: 4 });
  });
});

describe('the SVG chart', () => {
  it('draws the series with a gap, the step target, the baseline and the reference, with a summary in words', () => {
    const rows = [
      { label: 'A', value: 1, target: 5, lo: null, hi: null },
      { label: 'B', value: null, target: 5, lo: null, hi: null },
      { label: 'C', value: 3, target: 10, lo: null, hi: null },
      { label: 'D', value: 4, target: 10, lo: null, hi: null },
    ];
    const html = renderToStaticMarkup(createElement(SeriesChartSvg, { rows, baseline: 0, benchmarks: [{ label: 'Industry average', value: 7, reference: true }], summary: 'NPS: On track' }));
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="NPS: On track"');
    expect(html).toContain('<title>NPS: On track</title>');
    expect(html).toContain('Industry average (reference)');
    expect(html).toContain('Baseline');
    expect(html.match(/<circle/g)).toHaveLength(3);
    const measured = [...html.matchAll(/<path d="([^"]+)"/g)].map((x) => x[1]).pop()!;
    expect(measured.match(/M/g)).toHaveLength(2); // the missing B breaks the line
    expect(html).toMatch(/<path d="M[^"]* H[^"]* V[^"]*"/); // the target as a step line
  });
  it('an empty series still renders an axis without NaN', () => {
    const html = renderToStaticMarkup(createElement(SeriesChartSvg, { rows: [], summary: 'No data' }));
    expect(html).not.toContain('NaN');
  });
});

describe('the mini chart', () => {
  const rows = [
    { label: 'A', value: 1, target: 5, lo: null, hi: null },
    { label: 'B', value: null, target: 5, lo: null, hi: null },
    { label: 'C', value: 3, target: 10, lo: null, hi: null },
    { label: 'D', value: 4, target: 10, lo: null, hi: null },
  ];
  it('draws the series (broken at a gap), the step target and the reference in a handful of elements', () => {
    const html = renderToStaticMarkup(createElement(MiniChartSvg, { rows, reference: 7, summary: 'NPS: At risk' }));
    expect(html).toContain('aria-label="NPS: At risk"');
    expect(html.match(/<(path|circle|line|text|g)\b/g)).toHaveLength(4); // reference, target, series, last point
    const [, target, series] = [...html.matchAll(/<path d="([^"]+)"/g)].map((x) => x[1]);
    expect(target).toMatch(/^M[\d.]+ [\d.]+H[\d.]+V[\d.]+/);
    expect(series.match(/M/g)).toHaveLength(2);
    expect(html).not.toContain('NaN');
  });
  it('a range draws both edges; no data draws no point', () => {
    const band = rows.map((r) => ({ ...r, value: null, target: null, lo: 2, hi: 4 }));
    const html = renderToStaticMarkup(createElement(MiniChartSvg, { rows: band, summary: 'Range' }));
    expect(html).not.toContain('<circle');
    expect([...html.matchAll(/<path d="([^"]*)"/g)][0][1].match(/M/g)).toHaveLength(2);
    expect(html).not.toContain('NaN');
  });
});
