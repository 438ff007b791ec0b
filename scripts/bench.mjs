// `npm run bench` (not part of `npm test`): starts the production build on the embedded database
// and, when DATABASE_URL is set, on PostgreSQL, and reports for each: sign-in latency, a workspace
// page's latency, req/s and SQL statements per request, next to a trivial dynamic page (/status)
// of the same server; the large scorecard page and KPI table (200 measures × 104 weeks); and the CSV
// import of 20,000 measurements through the import route, timed end to end (then again: no change). Medians and p95 of sequential requests; req/s from autocannon (10
// connections, loopback). Results: printed, and written to bench-results/latest.json.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { buildIfStale, root } from './build.mjs';

process.chdir(root);
const SEQ = Number(process.env.BENCH_REQUESTS || 40);
const DURATION = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const median = (xs) => pct(xs, 50);
const fmt = (n, d = 1) => (n === undefined ? '–' : n.toFixed(d));

async function startServer(label, port, databaseUrl) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-bench-'));
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    AUTH_TRUST_HOST: 'true',
    AUTH_SECRET: 'bench-secret-' + process.pid,
    WAYFINDER_DATA_DIR: dir,
    WAYFINDER_SEED_DEMO: '0',
    WAYFINDER_BENCH: '1',
    SIGNIN_LIMIT_PER_IP: '1000000',
    SIGNUP_LIMIT_PER_IP: '1000000',
    SHARE_PASSWORD_LIMIT_PER_IP: '1000000',
    API_RATE_LIMIT_PER_MINUTE: '10000000',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.DATABASE_URL;
  let drop = async () => {};
  if (databaseUrl) {
    const name = `wf_bench_${Date.now().toString(36)}`;
    const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    const u = new URL(databaseUrl);
    u.pathname = `/${name}`;
    env.DATABASE_URL = u.toString();
    drop = async () => {
      const a = postgres(databaseUrl, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
      await a.end();
    };
  }
  const seed = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-seed.ts'], { env, encoding: 'utf8' });
  if (seed.status !== 0) throw new Error(`seed failed for ${label}: ${seed.stderr}`);
  const login = JSON.parse(seed.stdout.trim().split('\n').pop());
  const child = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', String(port)], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    await sleep(250);
  }
  return {
    base,
    login,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function cookiesOf(res) {
  return res.headers.getSetCookie().map((c) => c.split(';')[0]);
}

async function signIn(base, email, password) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrfRes.json();
  const jar = cookiesOf(csrfRes);
  const t = performance.now();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: '/w' }),
  });
  const ms = performance.now() - t;
  const session = cookiesOf(res).find((c) => c.startsWith('authjs.session-token='));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return { cookie: session, ms };
}

async function sequential(url, headers, n = SEQ) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(url, { headers, redirect: 'manual' });
    times.bytes = (await res.arrayBuffer()).byteLength;
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    times.push(performance.now() - t);
  }
  return times;
}

async function statements(base) {
  return (await (await fetch(`${base}/api/bench`)).json()).statements;
}

async function perRequestStatements(base, url, headers, n = 10) {
  const before = await statements(base);
  await sequential(url, headers, n);
  return ((await statements(base)) - before) / n;
}

// First-load JavaScript: every script the page's HTML loads in a modern browser, gzipped at level 9 (kB).
async function firstLoadJsKb(base, url, headers) {
  const html = await (await fetch(url, { headers })).text();
  // Modern browsers skip the legacy polyfills (<script nomodule>).
  const tags = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]).filter((a) => !/nomodule/i.test(a));
  const srcs = [...new Set(tags.flatMap((a) => /src="([^"]+)"/.exec(a)?.[1].replace(/&amp;/g, '&') ?? []))];
  let bytes = 0;
  for (const src of srcs) bytes += zlib.gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()), { level: 9 }).byteLength;
  return bytes / 1024;
}

function load(url, headers) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers }, (err, r) => (err ? reject(err) : resolve(r)));
  });
}

// The CSV import through the route handler, end to end (upload, validation, write, answer); the second run
// of the same file must change nothing.
async function importTwice(base, cookie, login) {
  const url = `${base}/api/v1/workspaces/${login.slug}/scorecards/${login.scorecard}/measurement-imports`;
  const body = fs.readFileSync(login.importCsv);
  const runs = [];
  for (const name of ['first', 'again']) {
    const t = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { cookie, 'content-type': 'text/csv' }, body });
    const text = await res.text();
    const ms = performance.now() - t;
    if (res.status === 404 || res.status === 405) {
      console.log(`  (${url} answers ${res.status} in this build: import skipped)`);
      return null;
    }
    let answer;
    try {
      answer = JSON.parse(text);
    } catch {
      answer = { error: text.slice(0, 200) };
    }
    if (!res.ok) throw new Error(`import answered ${res.status}: ${text.slice(0, 300)}`);
    const a = answer.data ?? answer;
    runs.push({ name, ms, rows: login.importRows, bytes: body.length, created: a.created, updated: a.updated, unchanged: a.unchanged });
  }
  return runs;
}

async function benchOne(label, port, databaseUrl) {
  console.log(`\n■ ${label}: starting server…`);
  const srv = await startServer(label, port, databaseUrl);
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
    const headers = { cookie };
    const pages = {
      trivial: `${base}/status`,
      workspace: `${base}/w/${login.slug}`,
      journeySmall: `${base}/w/${login.slug}/journeys/${login.smallJourney}`,
      journeyLarge: `${base}/w/${login.slug}/journeys/${login.largeJourney}`,
      scorecard: `${base}/w/${login.slug}/scorecards/${login.scorecard}`,
      kpis: `${base}/w/${login.slug}/kpis`,
      share: `${base}/share/${login.shareToken}`,
    };
    // BENCH_PAGES=trivial,share measures only those pages (and skips the import).
    const only = process.env.BENCH_PAGES ? new Set(process.env.BENCH_PAGES.split(',')) : null;
    if (only) for (const k of Object.keys(pages)) if (!only.has(k)) delete pages[k];
    const out = { label, signIn: { median: median(signIns), p95: pct(signIns, 95) } };
    for (const [name, url] of Object.entries(pages)) {
      if ((await fetch(url, { headers, redirect: 'manual' })).status !== 200) {
        console.log(`  (${url} does not answer 200 in this build: skipped)`);
        continue;
      }
      await sequential(url, headers, 5); // warm-up
      const times = await sequential(url, headers);
      const sql = await perRequestStatements(base, url, headers);
      const r = await load(url, headers);
      const jsKb = await firstLoadJsKb(base, url, headers);
      out[name] = {
        jsKb,
        median: median(times),
        p95: pct(times, 95),
        sqlPerRequest: sql,
        kB: times.bytes / 1024,
        reqPerSec: r.requests.average,
        loadP50: r.latency.p50,
        loadP99: r.latency.p99,
        non2xx: r.non2xx,
        errors: r.errors,
      };
    }
    out.scorecardSeed = login.scorecardSeed;
    out.imports = only ? undefined : await importTwice(base, cookie, login);
    return out;
  } finally {
    await srv.stop();
  }
}

buildIfStale();
// BENCH_PORT: the embedded run's port (PostgreSQL's is the next one), to stay clear of other local servers.
const PORT = Number(process.env.BENCH_PORT || 3200);
const results = [await benchOne('PGlite (embedded)', PORT, undefined)];
if (process.env.DATABASE_URL) results.push(await benchOne('PostgreSQL', PORT + 1, process.env.DATABASE_URL));
else console.log('\n(PostgreSQL skipped: set DATABASE_URL to a server where this role may create databases.)');

console.log(`\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${new Date().toISOString()}`);
console.log(`Sequential: ${SEQ} requests each (median / p95 ms). Load: autocannon ${CONNECTIONS} connections × ${DURATION} s.\n`);
console.log('| database | sign-in median / p95 ms | page | median / p95 ms | SQL / request | req/s | load p50 / p99 ms | non-2xx + errors | req/s vs /status | HTML kB | first-load JS kB gz |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const labels = {
    trivial: '/status (trivial dynamic)',
    workspace: '/w/[workspace] (overview)',
    journeySmall: 'journey map, 1 touchpoint',
    journeyLarge: 'journey map, 12 stages × 300 touchpoints',
    scorecard: 'scorecard page, 200 measures × 104 weeks',
    kpis: 'KPI table, 200 measures',
    share: 'share page, 200 measures × 104 weeks + strategy map',
  };
  for (const name of Object.keys(labels)) {
    const p = r[name];
    if (!p) continue;
    console.log(
      `| ${r.label} | ${fmt(r.signIn.median)} / ${fmt(r.signIn.p95)} | ${labels[name]} | ${fmt(p.median)} / ${fmt(p.p95)} | ${fmt(p.sqlPerRequest, 1)} | ${fmt(p.reqPerSec, 0)} | ${p.loadP50} / ${p.loadP99} | ${p.non2xx + p.errors} | ${fmt(p.reqPerSec / r.trivial.reqPerSec, 2)} | ${fmt(p.kB, 0)} | ${fmt(p.jsKb, 0)} |`,
    );
  }
}
console.log('\n| database | scorecard seed (200 measures, 20,800 measurements) ms | CSV import | rows | ms end to end | created / updated / unchanged |');
console.log('|---|---|---|---|---|---|');
for (const r of results) {
  for (const run of r.imports ?? [{ name: 'skipped (no import route in this build)' }]) {
    console.log(`| ${r.label} | ${r.scorecardSeed?.ms ?? '–'} | ${run.name} | ${run.rows ?? '–'} | ${fmt(run.ms, 0)} | ${run.created ?? '–'} / ${run.updated ?? '–'} / ${run.unchanged ?? '–'} |`);
  }
}
fs.mkdirSync('bench-results', { recursive: true });
fs.writeFileSync('bench-results/latest.json', JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
