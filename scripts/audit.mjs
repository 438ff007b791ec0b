// `npm run audit`: what `npm audit --omit=dev` finds in the production dependencies, as a readable summary.
// Exit 0: nothing high or critical; 1: a high or critical advisory; 2: no answer (registry unreachable, bad
// output). Deliberately not part of `npm test`: the registry's answer changes from day to day.
// `node scripts/audit.mjs --from report.json` summarises a saved `npm audit --json` report instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const SEVERITIES = ['critical', 'high', 'moderate', 'low', 'info'];
const FAILING = new Set(['critical', 'high']);

function unreachable(why) {
  console.error(`npm audit could not get an answer from the registry: ${why}`);
  console.error('Nothing was checked. Retry when the registry is reachable (or set the npm registry/proxy settings).');
  process.exit(2);
}

function readReport() {
  const from = process.argv.indexOf('--from');
  if (from > 0) return fs.readFileSync(process.argv[from + 1], 'utf8');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['audit', '--omit=dev', '--json', '--fetch-timeout=30000', '--fetch-retries=1'], {
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) unreachable(r.error.code === 'ETIMEDOUT' ? 'no answer within 3 minutes' : r.error.message);
  return r.stdout;
}

let report;
try {
  report = JSON.parse(readReport());
} catch {
  unreachable('npm audit did not print a JSON report');
}
// Offline or refused: npm prints `{ error: { code, summary } }` (or a bare message) instead of a report.
if (report.error || !report.vulnerabilities) {
  unreachable([report.error?.code, report.error?.summary || report.message].filter(Boolean).join(': ') || 'unexpected answer');
}

/** One line per vulnerable package: its advisories' titles, or the packages it is vulnerable through. */
function rowsOf(vulns) {
  return Object.values(vulns).map((v) => {
    const titles = v.via.filter((x) => typeof x === 'object').map((x) => `${x.title}${x.url ? ` (${x.url})` : ''}`);
    const through = v.via.filter((x) => typeof x === 'string');
    const advisory = [...new Set(titles)].join('; ') || `through ${through.join(', ')}`;
    const fix = v.fixAvailable === true ? 'yes (npm audit fix)' : v.fixAvailable ? `yes: ${v.fixAvailable.name}@${v.fixAvailable.version}${v.fixAvailable.isSemVerMajor ? ' (major upgrade)' : ''}` : 'no';
    return { name: v.name, severity: v.severity, range: v.range, advisory, fix };
  });
}

const rows = rowsOf(report.vulnerabilities).sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.name.localeCompare(b.name));
const counts = report.metadata?.vulnerabilities ?? {};
const deps = report.metadata?.dependencies?.prod ?? report.metadata?.dependencies?.total;
console.log(`npm audit --omit=dev: ${rows.length} vulnerable package${rows.length === 1 ? '' : 's'}${deps ? ` among ${deps} production dependencies` : ''}`);
if (rows.length) {
  console.log(SEVERITIES.filter((s) => counts[s]).map((s) => `${counts[s]} ${s}`).join(', '));
  for (const r of rows) {
    console.log(`\n${r.severity.toUpperCase().padEnd(8)} ${r.name} ${r.range ?? ''}`);
    console.log(`  advisory: ${r.advisory}`);
    console.log(`  fix available: ${r.fix}`);
  }
}
const failing = rows.filter((r) => FAILING.has(r.severity));
console.log(failing.length ? `\nFAIL: ${failing.length} high or critical (${failing.map((r) => r.name).join(', ')}).` : '\nOK: nothing high or critical.');
process.exitCode = failing.length ? 1 : 0;
