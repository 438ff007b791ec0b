// `npm start`: builds when the build is missing or stale, then serves the app with `next start`
// on the embedded database (./.data) or on DATABASE_URL.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildIfStale, root } from './build.mjs';

process.chdir(root);

// Fail before building when another server holds the embedded database.
if (!process.env.DATABASE_URL) {
  const lock = path.resolve(process.env.WAYFINDER_DATA_DIR || '.data', 'pglite.lock');
  if (fs.existsSync(lock)) {
    const pid = Number(fs.readFileSync(lock, 'utf8').trim());
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      /* stale lock: the server takes it over */
    }
    if (alive) {
      console.error(`The embedded database (${path.dirname(lock)}) is in use by another process (pid ${pid}). Stop it first, or set DATABASE_URL.`);
      process.exit(1);
    }
  }
}

buildIfStale();
const child = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', process.env.PORT || '3000', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, AUTH_TRUST_HOST: 'true', NEXT_TELEMETRY_DISABLED: '1' },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
