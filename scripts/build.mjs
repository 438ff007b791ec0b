// Shared by start, test:e2e and bench: builds only when the build is missing or stale, judged by a
// hash of the sources and the lockfile stored next to the build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

const INPUTS = [
  'app', 'components', 'db', 'lib', 'public', 'instrumentation.ts', 'instrumentation-node.ts', 'instrumentation-client.ts', 'proxy.ts',
  'next.config.mjs', 'postcss.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json',
];

function walk(p, out) {
  if (!fs.existsSync(p)) return;
  if (fs.statSync(p).isDirectory()) for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e), out);
  else out.push(p);
}

export function sourceHash() {
  const files = [];
  for (const i of INPUTS) walk(path.join(root, i), files);
  const h = createHash('sha256');
  for (const f of files) h.update(path.relative(root, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  return h.digest('hex');
}

export function buildIfStale() {
  const hashFile = path.join(root, '.next', 'wayfinder-build-hash');
  const hash = sourceHash();
  const fresh = fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(hashFile) && fs.readFileSync(hashFile, 'utf8') === hash;
  if (fresh) return false;
  console.log('[wayfinder] building (sources changed or no build yet)…');
  const r = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  fs.writeFileSync(hashFile, hash);
  return true;
}
