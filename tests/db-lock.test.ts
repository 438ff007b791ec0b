import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '@/db/client';
import { DatabaseLockedError, acquireLock } from '@/db/lock';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-lock-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('embedded database lock', () => {
  it('refuses a second process while the first holds the database', async () => {
    const dir = path.join(tmp(), 'pglite');
    const db = await openDatabase({ dataDir: dir });
    try {
      // A real second process tries to open the same data directory.
      const script = `
        import('${path.resolve('db/lock.ts').replace(/\\/g, '/')}').then(({ acquireLock }) => {
          try { acquireLock(${JSON.stringify(dir + '.lock')}); console.log('OPENED'); }
          catch (e) { console.log('REFUSED:' + e.message); }
        });`;
      const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
      expect(r.stdout).toContain('REFUSED:');
      expect(r.stdout).toMatch(/in use by another process \(pid \d+/);
    } finally {
      await closeDatabase(db);
    }
    expect(fs.existsSync(dir + '.lock')).toBe(false);
  });

  it('takes over a lock left by a dead process', () => {
    const lock = path.join(tmp(), 'x.lock');
    fs.writeFileSync(lock, '999999'); // no such pid
    const release = acquireLock(lock);
    expect(fs.readFileSync(lock, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('throws a clear error in-process too', () => {
    const lock = path.join(tmp(), 'y.lock');
    fs.writeFileSync(lock, String(process.ppid));
    expect(() => acquireLock(lock)).toThrow(DatabaseLockedError);
  });
});
