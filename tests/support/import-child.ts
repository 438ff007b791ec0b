// The process that tests/import-kill.test.ts kills in the middle of a large measurement import. It opens the
// database named by IMPORT_DATABASE_URL (PostgreSQL) or IMPORT_PGLITE_DIR (a PGlite data directory), runs the
// CSV import for IMPORT_SCORECARD_ID as IMPORT_USER_ID, and when the first chunk is written — inside the
// import's transaction — prints `MID <rows written>` and blocks its own event loop, so the transaction can
// neither commit nor roll back before the parent's SIGKILL. Run with
// `node --conditions=react-server --import tsx tests/support/import-child.ts` (the condition makes
// 'server-only' importable outside Next).
import fs from 'node:fs';
import { openDatabase, type Db } from '@/db/client';
import { importMeasurementsCsv } from '@/lib/measurements/service';

const env = (k: string) => process.env[k] ?? '';
const say = (line: string) => fs.writeSync(1, line + '\n');

async function main() {
  const url = env('IMPORT_DATABASE_URL');
  const g = globalThis as unknown as { __wayfinderDb?: Promise<Db> };
  g.__wayfinderDb = openDatabase(url ? { url, migrate: false } : { dataDir: env('IMPORT_PGLITE_DIR'), migrate: false });
  await g.__wayfinderDb;
  const text = fs.readFileSync(env('IMPORT_CSV'), 'utf8');
  const actor = { userId: env('IMPORT_USER_ID'), tokenId: null, name: 'Importer' };
  say('READY');
  const r = await importMeasurementsCsv(env('IMPORT_WORKSPACE_ID'), actor, env('IMPORT_SCORECARD_ID'), text, (p) => {
    if (p.phase !== 'writing' || p.written === 0 || p.written === p.rows) return;
    say(`MID ${p.written}`);
    // Sleep synchronously: nothing more of the transaction runs until the kill.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  });
  // Only reached when the import never reported mid-way (a file of one chunk): the parent fails on it.
  say(`DONE ${JSON.stringify(r).slice(0, 300)}`);
  process.exit(0);
}

main().catch((e) => {
  say(`ERROR ${(e as Error).stack}`);
  process.exit(1);
});
