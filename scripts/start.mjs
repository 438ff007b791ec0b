// `npm start`: builds when the build is missing or stale (hash of sources and lockfile), then
// serves the app with `next start` on the embedded database (or DATABASE_URL).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);

const INPUTS = ['app', 'components', 'db', 'lib', 'public', 'instrumentation.ts', 'instrumentation-node.ts', 'proxy.ts', 'next.config.mjs', 'postcss.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

function walk(p, out) {
  if (!fs.existsSync(p)) return;
  const st = fs.statSync(p);
  if (st.isDirectory()) for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e), out);
  else out.push(p);
}

export function sourceHash() {
  const files = [];
  for (const i of INPUTS) walk(i, files);
  const h = createHash('sha256');
  for (const f of files) h.update(f).update('\0').update(fs.readFileSync(f)).update('\0');
  return h.digest('hex');
}

function checkLock() {
  if (process.env.DATABASE_URL) return;
  const dataDir = path.resolve(process.env.WAYFINDER_DATA_DIR || '.data');
  const lock = path.join(dataDir, 'pglite.lock');
  if (!fs.existsSync(lock)) return;
  const pid = Number(fs.readFileSync(lock, 'utf8').trim());
  try {
    process.kill(pid, 0);
    console.error(`The embedded database (${dataDir}) is in use by another process (pid ${pid}). Stop it first, or set DATABASE_URL.`);
    process.exit(1);
  } catch {
    /* stale lock: the server takes it over */
  }
}

const hashFile = path.join('.next', 'wayfinder-build-hash');
const next = path.join('node_modules', '.bin', 'next');

if (import.meta.url === `file://${process.argv[1]}`) {
  checkLock();
  const hash = sourceHash();
  const built = fs.existsSync(path.join('.next', 'BUILD_ID')) && fs.existsSync(hashFile) && fs.readFileSync(hashFile, 'utf8') === hash;
  if (!built) {
    console.log('[wayfinder] building (sources changed or no build yet)…');
    const r = spawnSync(next, ['build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (r.status !== 0) process.exit(r.status ?? 1);
    fs.writeFileSync(hashFile, hash);
  }
  const port = process.env.PORT || '3000';
  const child = spawn(next, ['start', '-p', port, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, AUTH_TRUST_HOST: 'true', NEXT_TELEMETRY_DISABLED: '1' },
  });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}
