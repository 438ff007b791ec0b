import fs from 'node:fs';

/** Fails at once, saying how to install it, when the system Chromium is missing. */
export function requireChromium() {
  const p = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(p)) {
    console.error(
      `Chromium not found at ${p}. The e2e tests use the system browser:\n` +
        `  sudo apt-get install -y chromium        (Debian/Ubuntu)\n` +
        `or set CHROMIUM_PATH to a Chromium/Chrome binary. ('npx playwright install' is not needed.)`,
    );
    process.exit(1);
  }
}
