import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// One server for the whole run, on a fresh embedded database (or a fresh PostgreSQL database when
// DATABASE_URL is set): see scripts/e2e-server.mjs. Tests create their own data with random emails.
const port = Number(process.env.E2E_PORT || 3100);
const runDir = process.env.E2E_RUN_DIR || path.resolve('.data-e2e', `run-${process.pid}`);
process.env.E2E_RUN_DIR = runDir;
fs.mkdirSync(runDir, { recursive: true });

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    command: `node scripts/e2e-server.mjs`,
    url: `http://localhost:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: { E2E_RUN_DIR: runDir, E2E_PORT: String(port) },
  },
});
