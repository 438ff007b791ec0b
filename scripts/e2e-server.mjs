// Starts the built app for the e2e suite: on a fresh embedded database in the run folder, or, with
// DATABASE_URL, on a fresh PostgreSQL database created for this run (and dropped on exit).
// Fixtures that the UI cannot make (an expired invitation) are seeded before the server starts.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';

const runDir = process.env.E2E_RUN_DIR;
const port = process.env.E2E_PORT || '3100';
if (!runDir) throw new Error('E2E_RUN_DIR is not set (run through playwright).');
fs.mkdirSync(runDir, { recursive: true });

const env = {
  ...process.env,
  NODE_ENV: 'production',
  AUTH_TRUST_HOST: 'true',
  AUTH_SECRET: process.env.AUTH_SECRET || 'e2e-secret-' + process.pid,
  AUTH_URL: `http://localhost:${port}`,
  WAYFINDER_DATA_DIR: path.join(runDir, 'data'),
  OUTBOX_DIR: path.join(runDir, 'outbox'),
  WAYFINDER_SEED_DEMO: '0',
  // Every test signs in (and up) from 127.0.0.1: the per-IP limits would be shared by the whole suite.
  SIGNIN_LIMIT_PER_IP: '100000',
  SIGNUP_LIMIT_PER_IP: '100000',
  RESET_LIMIT_PER_IP: '100000',
  INVITE_ACCEPT_LIMIT_PER_IP: '100000',
  API_RATE_LIMIT_PER_MINUTE: '100000',
  NEXT_TELEMETRY_DISABLED: '1',
};

let dropDb;
if (process.env.DATABASE_URL) {
  const name = `wf_e2e_${Date.now().toString(36)}_${process.pid}`;
  const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const u = new URL(process.env.DATABASE_URL);
  u.pathname = `/${name}`;
  env.DATABASE_URL = u.toString();
  dropDb = async () => {
    const a = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
    await a.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await a.end();
  };
}

const seed = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/e2e-seed.ts'], { stdio: 'inherit', env });
if (seed.status !== 0) process.exit(seed.status ?? 1);

const child = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', port], { stdio: 'inherit', env });
const stop = (sig) => child.kill(sig);
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
child.on('exit', async (code) => {
  await dropDb?.();
  process.exit(code ?? 0);
});
