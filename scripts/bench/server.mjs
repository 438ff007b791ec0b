// The bench's server: a fresh database (PGlite in a temporary directory, or a throwaway PostgreSQL database),
// seeded by scripts/bench-seed.ts before `next start` opens it, with every rate limit raised by configuration.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Rate limits high enough that no bench request is refused: the bench measures the app, not the limiter
// (the limiter's own database write per API request is still made, as in production).
export const RAISED_LIMITS = {
  SIGNIN_LIMIT_PER_IP: '1000000',
  SIGNIN_LIMIT_PER_ACCOUNT: '1000000',
  SIGNUP_LIMIT_PER_IP: '1000000',
  SHARE_PASSWORD_LIMIT_PER_IP: '1000000',
  API_RATE_LIMIT_PER_MINUTE: '10000000',
};

export async function startServer(label, port, databaseUrl) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-bench-'));
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    AUTH_TRUST_HOST: 'true',
    AUTH_SECRET: 'bench-secret-' + process.pid,
    WAYFINDER_DATA_DIR: dir,
    WAYFINDER_SEED_DEMO: '0',
    WAYFINDER_BENCH: '1',
    ...RAISED_LIMITS,
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
  if (seed.status !== 0) {
    await drop();
    throw new Error(`seed failed for ${label}: ${seed.stderr}`);
  }
  const login = JSON.parse(seed.stdout.trim().split('\n').pop());
  const child = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', String(port)], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://localhost:${port}`;
  let up = false;
  for (let i = 0; i < 240 && !up; i++) {
    try {
      up = (await fetch(`${base}/api/health`)).ok;
    } catch {
      /* not up yet */
    }
    if (!up) await sleep(250);
  }
  // Once only: an interrupted run and its unwinding both call it.
  let stopping;
  const stop = () =>
    (stopping ??= (async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      await drop();
      fs.rmSync(dir, { recursive: true, force: true });
    })());
  if (!up) {
    await stop();
    throw new Error(`${label}: the server did not answer /api/health on port ${port} within 60 s`);
  }
  return { base, login, stop };
}

function cookiesOf(res) {
  return res.headers.getSetCookie().map((c) => c.split(';')[0]);
}

/** Signs in over HTTP like a browser (CSRF cookie, credentials callback); returns the session cookie and the time taken. */
export async function signIn(base, email, password) {
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
