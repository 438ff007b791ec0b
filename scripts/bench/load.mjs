// The load scenarios of issue 7, each driven by autocannon on loopback at a given number of concurrent clients
// (connections). Every response's time is kept, so p50 / p95 / p99 are exact (autocannon's own summary has no
// p95 and leaves non-2xx answers out of its latencies).
import autocannon from 'autocannon';
import { pct } from './report.mjs';

export const DURATION = Number(process.env.BENCH_SECONDS || 20);
// A request still unanswered after this long counts as an error (autocannon's default is 10 s).
const TIMEOUT = Number(process.env.BENCH_TIMEOUT_SECONDS || 30);

/** The scenarios, by name, in the order they run (trivial first: the others are compared with it). */
export function scenarios(login, cookie) {
  const api = `/api/v1/workspaces/${login.slug}`;
  const bearer = { authorization: `Bearer ${login.apiToken}` };
  let n = 0;
  return {
    trivial: { label: '/status (trivial dynamic page)', path: '/status' },
    // The floor of every signed-in page (session cookie decrypted, session version and memberships read, the app
    // layout): what the scorecard page is fairly compared with.
    signedIn: { label: '/w (lightest signed-in page: the workspace list)', path: '/w', headers: { cookie } },
    share: { label: 'share page (signed out, 200 measures + strategy map)', path: `/share/${login.shareToken}` },
    scorecard: { label: 'scorecard page (signed in, 200 measures × 104 weeks)', path: `/w/${login.slug}/scorecards/${login.scorecard}`, headers: { cookie } },
    kpiApi: { label: 'KPI API GET (Bearer; a scorecard’s measures, 50 a page)', path: `${api}/scorecards/${login.scorecard}/measures`, headers: bearer },
    // A real write each time: measure and week change from one request to the next (the same pair comes back
    // only after 200 × 104 requests) and the value is new (3 decimals; the seed writes 1), so every request
    // replaces a value, keeps the old one in history and logs the activity.
    measurementPost: {
      label: 'measurement POST (Bearer; a different measure, week and value each time)',
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      next() {
        const i = n++;
        const measure = login.measureIds[i % login.measureIds.length];
        const period = login.periods[Math.floor(i / login.measureIds.length) % login.periods.length];
        const value = Number((20 + (i % 6000) / 100 + 0.005).toFixed(3));
        return { path: `${api}/measures/${measure}/measurements`, body: JSON.stringify({ period, value }) };
      },
      // The probe must have changed a row, or the scenario would time a no-op.
      check(text) {
        const a = JSON.parse(text);
        return a.created + a.updated === 1 ? null : `expected one value created or updated, got ${text}`;
      },
    },
  };
}

/** One request of the scenario outside the load; throws unless it answers 2xx (and passes the scenario's check). */
export async function probe(base, s) {
  const extra = s.next ? s.next() : { path: s.path };
  const res = await fetch(base + extra.path, { method: s.method ?? 'GET', headers: s.headers, body: extra.body, redirect: 'manual' });
  const text = await res.text();
  const wrong = res.status < 200 || res.status > 299 ? `answered ${res.status}` : s.check?.(text);
  if (wrong) throw new Error(`${s.label} ${wrong} before the load: ${text.slice(0, 300)}`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function statusMs(base) {
  const t = performance.now();
  await (await fetch(`${base}/status`)).arrayBuffer();
  return performance.now() - t;
}

/** /status's median time one request at a time on an idle server: what `settle` waits to see again. */
export async function quietStatusMs(base) {
  const times = [];
  for (let i = 0; i < 15; i++) times.push(await statusMs(base));
  return pct(times.slice(5), 50);
}

/**
 * Waits (at most `maxSeconds`) until three /status requests in a row answer about as fast as on an idle server:
 * when the load tool stops, the server still works through the requests it had accepted (up to 100 renders of a
 * large page), and the next scenario must not pay for them.
 */
export async function settle(base, quietMs, maxSeconds = 60) {
  const start = Date.now();
  for (let calm = 0; calm < 3 && Date.now() < start + maxSeconds * 1000; ) {
    calm = (await statusMs(base)) <= Math.max(3 * quietMs, 50) ? calm + 1 : 0;
    if (calm < 3) await sleep(200);
  }
  return (Date.now() - start) / 1000;
}

/** Drives one scenario with `connections` clients for DURATION seconds; returns req/s, latencies and failures. */
export function runLoad(base, s, connections, seconds = DURATION) {
  const times = [];
  const request = { method: s.method ?? 'GET', path: s.path ?? '/', headers: s.headers };
  if (s.next) request.setupRequest = (req) => ({ ...req, ...s.next() });
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: base, connections, duration: seconds, timeout: TIMEOUT, requests: [request] },
      (err, r) => {
        if (err) return reject(err);
        const byStatus = Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([code, v]) => [code, v.count]));
        resolve({
          connections,
          seconds,
          requests: times.length,
          reqPerSec: times.length / r.duration,
          p50: pct(times, 50),
          p95: pct(times, 95),
          p99: pct(times, 99),
          non2xx: r.non2xx,
          errors: r.errors,
          timeouts: r.timeouts,
          // Sent but neither answered nor failed when the time was up (at most one per client): not counted above.
          unanswered: Math.max(0, (r.requests.sent ?? 0) - times.length - r.errors),
          statuses: byStatus,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
}
