// `npm test`: the whole suite — typecheck, lint, unit and integration tests, e2e — stopping at the
// first failure. With DATABASE_URL set, integration and e2e tests run on that PostgreSQL.
import { spawnSync } from 'node:child_process';
import { root } from './build.mjs';
import { requireChromium } from './chromium.mjs';

process.chdir(root);
requireChromium();
const db = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const steps = [
  ['typecheck', ['npm', ['run', '-s', 'typecheck']]],
  ['lint', ['npm', ['run', '-s', 'lint']]],
  [`unit + integration (${db})`, ['npx', ['vitest', 'run']]],
  [`e2e (${db})`, ['node', ['scripts/e2e.mjs']]],
];
for (const [name, [cmd, args]] of steps) {
  const t = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
