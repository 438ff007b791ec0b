// `npm run test:e2e`: Playwright in the system Chromium against the production build.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildIfStale, root } from './build.mjs';
import { requireChromium } from './chromium.mjs';

process.chdir(root);
requireChromium();
buildIfStale();
const r = spawnSync(path.join('node_modules', '.bin', 'playwright'), ['test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
