import { describe, expect, it } from 'vitest';
import { checkTargets, keptNotes, loadTable, pct, renderMarkdown, type DatabaseResult, type LoadRun } from '../scripts/bench/report.mjs';

// The bench's verdicts (met / missed) are what the lead reports on issue 7: each rule is pinned here.
const run = (over: Partial<LoadRun>): LoadRun => ({
  connections: 20,
  seconds: 20,
  requests: 1000,
  reqPerSec: 100,
  p50: 50,
  p95: 120,
  p99: 200,
  non2xx: 0,
  errors: 0,
  timeouts: 0,
  statuses: { '200': 1000 },
  ...over,
});
const labels = { trivial: '/status', share: 'share page', scorecard: 'scorecard page', kpiApi: 'KPI API GET' };
const meta = {
  date: '2026-11-26T05:00:00.000Z',
  commit: 'abc1234',
  cpus: 2,
  cpuModel: 'Test CPU',
  ramGiB: 24,
  os: 'Linux',
  node: 'v20.20.0',
  databases: [{ label: 'PGlite', version: 'PostgreSQL 18.0' }],
  seconds: 20,
  levels: [20, 100],
  timeout: 30,
  sequential: 40,
  loadavg: [1.5, 1, 0.5],
  partial: [] as string[],
};

function result(level20: Record<string, LoadRun>, level100: Record<string, LoadRun> = {}): DatabaseResult {
  return { label: 'PGlite', load: { '20': level20, '100': level100 } };
}
const verdicts = (r: DatabaseResult) => checkTargets([r], labels).map((c) => `${c.connections} ${c.scenario} ${c.target}: ${c.met ? 'met' : 'missed'}`);

describe('bench percentiles', () => {
  it('takes the nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i); // 1..100, unsorted
    expect([pct(xs, 50), pct(xs, 95), pct(xs, 99), pct(xs, 100)]).toEqual([50, 95, 99, 100]);
    expect(pct([7], 95)).toBe(7);
    expect(pct([], 50)).toBeUndefined();
  });
});

describe('bench targets', () => {
  it('meets every target when pages keep half of /status, nothing fails and p95 is under 300 ms at 20 clients', () => {
    const r = result(
      { trivial: run({ reqPerSec: 200 }), share: run({ reqPerSec: 100 }), scorecard: run({ reqPerSec: 150 }), kpiApi: run({ reqPerSec: 10 }) },
      { trivial: run({ connections: 100, reqPerSec: 200, p95: 900 }) },
    );
    expect(verdicts(r)).toEqual([
      '20 /status zero errors: met',
      '20 /status p95 < 300 ms: met',
      '20 share page zero errors: met',
      '20 share page req/s ≥ 0.5 × /status: met',
      '20 share page p95 < 300 ms: met',
      '20 scorecard page zero errors: met',
      '20 scorecard page req/s ≥ 0.5 × /status: met',
      '20 scorecard page p95 < 300 ms: met',
      '20 KPI API GET zero errors: met',
      '20 KPI API GET p95 < 300 ms: met',
      // No p95 target at 100 clients; the API has no ratio target.
      '100 /status zero errors: met',
    ]);
  });

  it('misses on a non-2xx answer, a connection error or a timeout', () => {
    for (const bad of [{ non2xx: 1 }, { errors: 1, timeouts: 1 }, { errors: 2 }]) {
      const [check] = checkTargets([result({ kpiApi: run(bad) })], labels).filter((c) => c.target === 'zero errors');
      expect(check.met).toBe(false);
    }
    const [refused] = checkTargets([result({ kpiApi: run({ non2xx: 3, statuses: { '200': 997, '429': 3 } }) })], labels);
    expect(refused.figure).toBe('3 non-2xx (429 × 3), 0 errors (0 timeouts) of 1000');
  });

  it('misses a page under half of /status, at any level, and p95 at 300 ms or more at 20 clients', () => {
    const r = result(
      { trivial: run({ reqPerSec: 200 }), share: run({ reqPerSec: 99.9 }), scorecard: run({ reqPerSec: 100, p95: 300 }) },
      { trivial: run({ reqPerSec: 300 }), scorecard: run({ reqPerSec: 140, p95: 5000 }) },
    );
    const missed = checkTargets([r], labels).filter((c) => !c.met);
    expect(missed.map((c) => `${c.connections} ${c.scenario} ${c.target}`)).toEqual([
      '20 share page req/s ≥ 0.5 × /status',
      '20 scorecard page p95 < 300 ms',
      '100 scorecard page req/s ≥ 0.5 × /status',
    ]);
    expect(missed[0].figure).toContain('0.50 × /status');
  });

  it('misses the ratio when /status was not measured in that run', () => {
    const [ratio] = checkTargets([result({ share: run({}) })], labels).filter((c) => c.target.startsWith('req/s'));
    expect(ratio.met).toBe(false);
  });
});

describe('bench report', () => {
  const r = result({ trivial: run({ reqPerSec: 200 }), share: run({ reqPerSec: 20, p95: 450, non2xx: 3 }) });
  const checks = checkTargets([r], labels);

  it('shows the ratio to /status and the p95 verdict in the load table', () => {
    const row = loadTable(r, labels).find((l) => l.includes('share page'))!;
    expect(row).toContain('| 1000 | 20.0 | 0.10 |');
    expect(row).toContain('**missed**');
  });

  it('lists the machine, the database versions and every miss, and keeps the explanations of the previous file', () => {
    const first = renderMarkdown({ meta, results: [r], checks, loadLabels: labels, pageLabels: {}, notes: '' });
    expect(first).toContain('2 × Test CPU, 24 GiB RAM');
    expect(first).toContain('PGlite: PostgreSQL 18.0');
    expect(first).toContain('abc1234');
    const misses = first.slice(first.indexOf('## Misses'), first.indexOf('## Explanations'));
    expect(misses.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(3);
    expect(misses).toContain('zero errors missed (3 non-2xx');
    const edited = first.replace('_Why each miss happens: to be written by whoever ran the bench._', 'The share page renders 863 kB.');
    expect(keptNotes(edited)).toBe('The share page renders 863 kB.');
    const next = renderMarkdown({ meta, results: [r], checks, loadLabels: labels, pageLabels: {}, notes: keptNotes(edited) });
    expect(next).toContain('The share page renders 863 kB.');
    expect(keptNotes('no markers here')).toBe('');
    expect(first).not.toContain('Partial run');
    expect(renderMarkdown({ meta: { ...meta, partial: ['3 s per scenario'] }, results: [r], checks, loadLabels: labels, pageLabels: {}, notes: '' })).toContain(
      "**Partial run** (not issue 7's full run): 3 s per scenario.",
    );
  });

  it('says so when nothing was missed', () => {
    const good = result({ trivial: run({}) });
    expect(renderMarkdown({ meta, results: [good], checks: checkTargets([good], labels), loadLabels: labels, pageLabels: {}, notes: '' })).toContain('None: every target was met.');
  });
});
