// Per-page profile, one request at a time: latency (median / p95), SQL statements per request, HTML size and
// first-load JavaScript; and the 20,000-row CSV import through its route, twice (the second changes nothing).
import fs from 'node:fs';
import zlib from 'node:zlib';
import { pct } from './report.mjs';

export const SEQ = Number(process.env.BENCH_REQUESTS || 40);

export const PAGE_LABELS = {
  trivial: '/status (trivial dynamic)',
  workspace: '/w/[workspace] (overview)',
  journeySmall: 'journey map, 1 touchpoint',
  journeyLarge: 'journey map, 12 stages × 300 touchpoints',
  scorecard: 'scorecard page, 200 measures × 104 weeks',
  kpis: 'KPI table, 200 measures',
  share: 'share page, 200 measures × 104 weeks + strategy map',
};

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

/** Profiles the pages named in PAGE_LABELS (BENCH_PAGES=a,b limits them); a page not answering 200 is skipped. */
export async function profilePages(base, login, cookie, only) {
  const headers = { cookie };
  const urls = {
    trivial: `${base}/status`,
    workspace: `${base}/w/${login.slug}`,
    journeySmall: `${base}/w/${login.slug}/journeys/${login.smallJourney}`,
    journeyLarge: `${base}/w/${login.slug}/journeys/${login.largeJourney}`,
    scorecard: `${base}/w/${login.slug}/scorecards/${login.scorecard}`,
    kpis: `${base}/w/${login.slug}/kpis`,
    share: `${base}/share/${login.shareToken}`,
  };
  const out = {};
  for (const [name, url] of Object.entries(urls)) {
    if (only && !only.has(name)) continue;
    if ((await fetch(url, { headers, redirect: 'manual' })).status !== 200) {
      console.log(`  (${url} does not answer 200 in this build: skipped)`);
      continue;
    }
    await sequential(url, headers, 5); // warm-up
    const times = await sequential(url, headers);
    out[name] = {
      median: pct(times, 50),
      p95: pct(times, 95),
      sqlPerRequest: await perRequestStatements(base, url, headers),
      kB: times.bytes / 1024,
      jsKb: await firstLoadJsKb(base, url, headers),
    };
  }
  return out;
}

/** The CSV import through the route handler, end to end (upload, validation, write, answer), twice. */
export async function importTwice(base, cookie, login) {
  const url = `${base}/api/v1/workspaces/${login.slug}/scorecards/${login.scorecard}/measurement-imports`;
  const body = fs.readFileSync(login.importCsv);
  const runs = [];
  for (const name of ['first', 'again']) {
    const t = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { cookie, origin: base, 'content-type': 'text/csv' }, body });
    const text = await res.text();
    const ms = performance.now() - t;
    if (res.status === 404 || res.status === 405) {
      console.log(`  (${url} answers ${res.status} in this build: import skipped)`);
      return null;
    }
    if (!res.ok) throw new Error(`import answered ${res.status}: ${text.slice(0, 300)}`);
    const answer = JSON.parse(text);
    const a = answer.data ?? answer;
    runs.push({ name, ms, rows: login.importRows, bytes: body.length, created: a.created, updated: a.updated, unchanged: a.unchanged });
  }
  return runs;
}
