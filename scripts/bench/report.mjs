// Pure parts of `npm run bench`: percentiles, the issue's targets checked against the figures, and the report
// (markdown tables for stdout and docs/benchmarks.md). Tested in tests/bench-report.test.ts.

/** The p-th percentile (nearest rank) of the numbers; undefined for none. */
export function pct(xs, p) {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const fmt = (n, d = 1) => (n === undefined || n === null || Number.isNaN(n) ? '–' : n.toFixed(d));

export const P95_LIMIT_MS = 300;
export const P95_AT = 20;
export const MIN_RATIO = 0.5;
const HALF_OF_TRIVIAL = ['share', 'scorecard'];

// "(429 × 3, 500 × 1)": the non-2xx answers by status.
function statusList(statuses = {}) {
  const bad = Object.entries(statuses).filter(([code]) => !code.startsWith('2'));
  return bad.length ? ` (${bad.map(([code, n]) => `${code} × ${n}`).join(', ')})` : '';
}

/** req/s of a scenario over /status's at the same level; undefined without both. */
export function ratioOf(level, name) {
  const t = level.trivial?.reqPerSec;
  const s = level[name]?.reqPerSec;
  return t && s !== undefined ? s / t : undefined;
}

/**
 * Every target of issue 7 for every database and level measured: zero errors (non-2xx, connection errors and
 * timeouts) for each scenario; share and scorecard pages at ≥ half of /status's req/s; p95 < 300 ms at 20 clients.
 */
export function checkTargets(results, labels) {
  const checks = [];
  for (const r of results) {
    for (const [connections, level] of Object.entries(r.load ?? {})) {
      const c = Number(connections);
      for (const [name, s] of Object.entries(level)) {
        const where = { database: r.label, connections: c, scenario: labels[name] ?? name };
        const failed = s.non2xx + s.errors;
        checks.push({ ...where, target: 'zero errors', met: failed === 0, figure: failed === 0 ? '0' : `${s.non2xx} non-2xx${statusList(s.statuses)}, ${s.errors} errors (${s.timeouts} timeouts) of ${s.requests + s.errors}` });
        if (HALF_OF_TRIVIAL.includes(name)) {
          const ratio = ratioOf(level, name);
          checks.push({ ...where, target: `req/s ≥ ${MIN_RATIO} × /status`, met: ratio !== undefined && ratio >= MIN_RATIO, figure: `${fmt(s.reqPerSec)} req/s = ${fmt(ratio, 2)} × /status (${fmt(level.trivial?.reqPerSec)})` });
        }
        if (c === P95_AT) checks.push({ ...where, target: `p95 < ${P95_LIMIT_MS} ms`, met: s.p95 !== undefined && s.p95 < P95_LIMIT_MS, figure: s.p95 === undefined ? 'no answer finished within the run' : `p95 ${fmt(s.p95, 0)} ms` });
      }
    }
  }
  return checks;
}

/** The load table of one database: a row per level and scenario. */
export function loadTable(r, labels) {
  const lines = [
    '| clients | scenario | answered | req/s | vs /status | p50 ms | p95 ms | p99 ms | non-2xx | errors (timeouts) | unanswered at the end | p95 < 300 ms |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const [connections, level] of Object.entries(r.load ?? {})) {
    for (const [name, s] of Object.entries(level)) {
      const ratio = name === 'trivial' ? '1.00' : fmt(ratioOf(level, name), 2);
      const p95ok = Number(connections) === P95_AT ? (s.p95 !== undefined && s.p95 < P95_LIMIT_MS ? 'met' : '**missed**') : 'n/a';
      lines.push(
        `| ${connections} | ${labels[name] ?? name} | ${s.requests} | ${fmt(s.reqPerSec)} | ${ratio} | ${fmt(s.p50, 0)} | ${fmt(s.p95, 0)} | ${fmt(s.p99, 0)} | ${s.non2xx} | ${s.errors} (${s.timeouts}) | ${s.unanswered ?? '–'} | ${p95ok} |`,
      );
    }
  }
  return lines;
}

/** The sequential profile of one database's pages. */
export function profileTable(r, labels) {
  const lines = ['| page | median / p95 ms | SQL / request | HTML kB | first-load JS kB gz |', '|---|---:|---:|---:|---:|'];
  for (const [name, p] of Object.entries(r.pages ?? {})) {
    lines.push(`| ${labels[name] ?? name} | ${fmt(p.median)} / ${fmt(p.p95)} | ${fmt(p.sqlPerRequest)} | ${fmt(p.kB, 0)} | ${fmt(p.jsKb, 0)} |`);
  }
  return lines;
}

export function checksTable(checks) {
  const lines = ['| database | clients | scenario | target | figure | result |', '|---|---:|---|---|---|---|'];
  for (const c of checks) lines.push(`| ${c.database} | ${c.connections} | ${c.scenario} | ${c.target} | ${c.figure} | ${c.met ? 'met' : '**missed**'} |`);
  return lines;
}

const NOTES_START = '<!-- explanations: start (kept by npm run bench) -->';
const NOTES_END = '<!-- explanations: end -->';

/** The hand-written explanations of a previous report, which a new run keeps. */
export function keptNotes(previous) {
  const a = previous?.indexOf(NOTES_START) ?? -1;
  const b = previous?.indexOf(NOTES_END) ?? -1;
  return a >= 0 && b > a ? previous.slice(a + NOTES_START.length, b).trim() : '';
}

/** docs/benchmarks.md: the run's machine and settings, the targets, the tables, every miss, and the kept notes. */
export function renderMarkdown({ meta, results, checks, loadLabels, pageLabels, notes }) {
  const misses = checks.filter((c) => !c.met);
  const out = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.mjs), which overwrites this file; only the Explanations section at the',
    'end is kept from one run to the next. Load: autocannon on loopback against `next start` on the same machine,',
    'every rate limit raised by configuration. Targets (issue 7): zero errors; share and scorecard pages at least',
    `half of /status's req/s; p95 under ${P95_LIMIT_MS} ms at ${P95_AT} clients.`,
    '',
    '## Run',
    '',
    `- Date: ${meta.date}`,
    `- Commit: ${meta.commit}`,
    `- Machine: ${meta.cpus} × ${meta.cpuModel}, ${meta.ramGiB} GiB RAM, ${meta.os}`,
    `- Node: ${meta.node}`,
    ...meta.databases.map((d) => `- ${d.label}: ${d.version}`),
    `- Load average (1, 5, 15 min) when the run began: ${meta.loadavg.map((n) => fmt(n, 2)).join(', ')}; other work on the machine slows every figure`,
    `- Load: ${meta.seconds} s per scenario and level, ${meta.levels.join(' and ')} concurrent clients, request timeout ${meta.timeout} s (requests still unanswered when the time is up are shown apart, not in the latencies); before each scenario the bench waits until /status answers as fast as on an idle server again; profile: ${meta.sequential} sequential requests per page`,
    ...(meta.partial.length ? ['', `**Partial run** (not issue 7's full run): ${meta.partial.join('; ')}.`] : []),
    '',
    `## Targets: ${checks.length - misses.length} met, ${misses.length} missed`,
    '',
    ...checksTable(checks),
  ];
  for (const r of results) {
    out.push('', `## Load: ${r.label}`, '', ...loadTable(r, loadLabels));
    if (r.pages && Object.keys(r.pages).length) {
      out.push('', `### Pages one request at a time: ${r.label}`, '', `Sign-in: ${fmt(r.signIn?.median)} ms median, ${fmt(r.signIn?.p95)} ms p95.`, '', ...profileTable(r, pageLabels));
    }
    if (r.imports?.length) {
      out.push('', `### CSV import (20,000 rows through the upload route): ${r.label}`, '', '| run | rows | ms end to end | created / updated / unchanged |', '|---|---:|---:|---|');
      for (const run of r.imports) out.push(`| ${run.name} | ${run.rows} | ${fmt(run.ms, 0)} | ${run.created} / ${run.updated} / ${run.unchanged} |`);
    }
  }
  out.push('', '## Misses', '');
  if (misses.length === 0) out.push('None: every target was met.');
  for (const m of misses) out.push(`- ${m.database}, ${m.connections} clients, ${m.scenario}: ${m.target} missed (${m.figure}).`);
  out.push('', '## Explanations', '', NOTES_START, notes || '_Why each miss happens: to be written by whoever ran the bench._', NOTES_END, '');
  return out.join('\n');
}
