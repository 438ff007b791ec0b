// `npm run bench` (not part of `npm test`): builds if stale, then on the embedded database and, when DATABASE_URL
// is set, on PostgreSQL: seeds the large workspace (scripts/bench-seed.ts), starts `next start` on loopback with
// rate limits raised, profiles the pages one request at a time (latency, SQL statements, HTML and JS size), drives
// issue 7's load scenarios with autocannon at each concurrency level (BENCH_CONCURRENCY, default 20,100; /status,
// share page, scorecard page signed in, KPI API GET, measurement POST), and imports a 20,000-row CSV twice.
// Prints the tables and writes them with the machine, date, commit, database versions and every missed target to
// docs/benchmarks.md (BENCH_MARKDOWN moves it) and bench-results/latest.json.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfStale, root } from './build.mjs';
import { startServer, signIn } from './bench/server.mjs';
import { PAGE_LABELS, SEQ, importTwice, profilePages } from './bench/profile.mjs';
import { DURATION, probe, quietStatusMs, runLoad, scenarios, settle } from './bench/load.mjs';
import { checkTargets, checksTable, fmt, keptNotes, loadTable, pct, profileTable, renderMarkdown } from './bench/report.mjs';

process.chdir(root);
const list = (v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : null);
const LEVELS = (list(process.env.BENCH_CONCURRENCY) ?? ['20', '100']).map(Number).filter((n) => Number.isInteger(n) && n > 0);
// BENCH_SCENARIOS=trivial,share runs only those load scenarios; BENCH_PAGES=trivial,share profiles only those
// pages and skips the import (BENCH_PAGES=none skips the profile too).
const ONLY_SCENARIOS = list(process.env.BENCH_SCENARIOS);
const ONLY_PAGES = list(process.env.BENCH_PAGES);
const MARKDOWN = path.resolve(root, process.env.BENCH_MARKDOWN || 'docs/benchmarks.md');
const LOAD_LABELS = Object.fromEntries(Object.entries(scenarios({ slug: '', measureIds: [], periods: [] }, '')).map(([k, s]) => [k, s.label]));

// Interrupted (Ctrl-C, a timeout): stop the running server and drop its database before leaving.
let running = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    console.log(`\n${signal}: stopping the bench server…`);
    await running?.stop().catch(() => {});
    process.exit(130);
  });
}

async function benchOne(label, port, databaseUrl) {
  console.log(`\n■ ${label}: seeding and starting the server on port ${port}…`);
  const srv = await startServer(label, port, databaseUrl);
  running = srv;
  try {
    const { base, login } = srv;
    const signIns = [];
    let cookie;
    await signIn(base, login.email, login.password); // warm-up
    for (let i = 0; i < 15; i++) {
      const r = await signIn(base, login.email, login.password);
      signIns.push(r.ms);
      cookie = r.cookie;
    }
    const out = { label, dbVersion: login.dbVersion, signIn: { median: pct(signIns, 50), p95: pct(signIns, 95) }, scorecardSeed: login.scorecardSeed };
    if (!ONLY_PAGES?.includes('none')) {
      console.log(`  profile: pages one request at a time…`);
      out.pages = await profilePages(base, login, cookie, ONLY_PAGES ? new Set(ONLY_PAGES) : null);
    }
    const all = scenarios(login, cookie);
    const quietMs = await quietStatusMs(base);
    out.load = {};
    for (const c of LEVELS) {
      out.load[c] = {};
      for (const [name, s] of Object.entries(all)) {
        if (ONLY_SCENARIOS && name !== 'trivial' && !ONLY_SCENARIOS.includes(name)) continue;
        // Settle, then probe (and warm up): a scenario that does not answer 2xx stops the bench with the answer.
        const waited = await settle(base, quietMs);
        if (waited > 2) console.log(`  (waited ${fmt(waited)} s for the server to finish the previous load)`);
        for (let i = 0; i < 4; i++) await probe(base, s);
        process.stdout.write(`  load: ${c} clients × ${DURATION} s, ${s.label}… `);
        out.load[c][name] = await runLoad(base, s, c);
        const r = out.load[c][name];
        console.log(`${fmt(r.reqPerSec)} req/s, p95 ${fmt(r.p95, 0)} ms, ${r.non2xx} non-2xx, ${r.errors} errors`);
      }
    }
    if (!ONLY_PAGES) await settle(base, quietMs);
    out.imports = ONLY_PAGES ? undefined : await importTwice(base, cookie, login);
    return out;
  } finally {
    running = null;
    await srv.stop();
  }
}

function git(cmd) {
  try {
    return execSync(`git ${cmd}`, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

buildIfStale();
// BENCH_PORT: the embedded run's port (PostgreSQL's is the next one), to stay clear of other local servers.
const PORT = Number(process.env.BENCH_PORT || 3200);
const started = new Date();
const loadavg = os.loadavg();
// BENCH_DATABASES=postgres (or pglite) runs only that one.
const DATABASES = list(process.env.BENCH_DATABASES) ?? ['pglite', 'postgres'];
const results = [];
if (DATABASES.includes('pglite')) results.push(await benchOne('PGlite (embedded)', PORT, undefined));
if (!DATABASES.includes('postgres')) console.log('\n(PostgreSQL skipped: BENCH_DATABASES leaves it out.)');
else if (process.env.DATABASE_URL) results.push(await benchOne('PostgreSQL', PORT + 1, process.env.DATABASE_URL));
else console.log('\n(PostgreSQL skipped: set DATABASE_URL to a server where this role may create databases.)');

const cpus = os.cpus();
const meta = {
  date: started.toISOString(),
  commit: `${git('rev-parse --short HEAD') || 'unknown'}${git('status --porcelain -- . :!docs/benchmarks.md') ? ' (with uncommitted changes)' : ''}`,
  cpus: cpus.length,
  cpuModel: cpus[0]?.model?.trim() ?? 'cpu',
  ramGiB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  databases: results.map((r) => ({ label: r.label, version: r.dbVersion ?? 'unknown' })),
  seconds: DURATION,
  levels: LEVELS,
  timeout: Number(process.env.BENCH_TIMEOUT_SECONDS || 30),
  sequential: SEQ,
  loadavg,
  // What makes this run less than issue 7's full one, said at the top of the report.
  partial: [
    DURATION < 20 && `${DURATION} s per scenario (full run: 20)`,
    !(LEVELS.includes(20) && LEVELS.includes(100)) && `concurrency ${LEVELS.join(', ')} (full run: 20 and 100)`,
    !results.some((r) => r.label === 'PostgreSQL') && 'PostgreSQL not measured',
    !results.some((r) => r.label.startsWith('PGlite')) && 'PGlite not measured',
    ONLY_SCENARIOS && `load scenarios limited to ${['trivial', ...ONLY_SCENARIOS].join(', ')}`,
    ONLY_PAGES && `page profile limited to ${ONLY_PAGES.join(', ')}, no CSV import`,
  ].filter(Boolean),
};
const checks = checkTargets(results, LOAD_LABELS);

console.log(`\nMachine: ${meta.cpus} × ${meta.cpuModel}, ${meta.ramGiB} GiB, Node ${meta.node}; ${meta.date}; commit ${meta.commit}`);
for (const r of results) {
  console.log(`\n${r.label} (${r.dbVersion}): sign-in ${fmt(r.signIn.median)} ms median / ${fmt(r.signIn.p95)} ms p95`);
  if (r.pages) console.log(['', ...profileTable(r, PAGE_LABELS)].join('\n'));
  console.log(['', ...loadTable(r, LOAD_LABELS)].join('\n'));
  for (const run of r.imports ?? []) console.log(`CSV import ${run.name}: ${run.rows} rows in ${fmt(run.ms, 0)} ms (${run.created} / ${run.updated} / ${run.unchanged} created / updated / unchanged)`);
}
console.log(['', ...checksTable(checks)].join('\n'));
const misses = checks.filter((c) => !c.met).length;
console.log(`\nTargets: ${checks.length - misses} met, ${misses} missed.`);

const previous = fs.existsSync(MARKDOWN) ? fs.readFileSync(MARKDOWN, 'utf8') : '';
fs.mkdirSync(path.dirname(MARKDOWN), { recursive: true });
fs.writeFileSync(MARKDOWN, renderMarkdown({ meta, results, checks, loadLabels: LOAD_LABELS, pageLabels: PAGE_LABELS, notes: keptNotes(previous) }));
fs.mkdirSync('bench-results', { recursive: true });
fs.writeFileSync('bench-results/latest.json', JSON.stringify({ meta, results, checks }, null, 2));
console.log(`Written: ${path.relative(root, MARKDOWN)} and bench-results/latest.json`);
