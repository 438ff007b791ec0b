import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { actionMatrix, MATRIX_FILES } from './support/action-matrix';
import { loadActions } from './support/action-files';

vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

// The meta-test of the access matrix: a server action added without a matrix row (or a row left behind by a
// removed action) fails here, naming it. The rows themselves run in tests/action-matrix-*.test.ts.
const found = await loadActions();

describe('the action matrix', () => {
  it('lists every server action found on disk, and nothing else', () => {
    const onDisk = found.map((a) => a.name).sort();
    expect(onDisk.length).toBeGreaterThan(50);
    const listed = Object.keys(actionMatrix).sort();
    const missing = onDisk.filter((n) => !listed.includes(n));
    const stale = listed.filter((n) => !onDisk.includes(n));
    expect(missing, `server actions without a row in tests/support/action-matrix.ts: ${missing.join(', ')}`).toEqual([]);
    expect(stale, `matrix rows of actions that no longer exist: ${stale.join(', ')}`).toEqual([]);
  });

  it('names, for each action, the kind and the permission its wrapper registered', () => {
    for (const a of found) {
      const row = actionMatrix[a.name];
      if (!row) continue;
      expect(a.meta.kind, a.name).toBe(row.kind);
      if (row.kind === 'workspace') expect((a.meta as { permission: string }).permission, `${a.name} permission`).toBe(row.permission);
    }
  });

  it('runs every workspace row in one of the matrix test files', () => {
    for (const file of Object.keys(MATRIX_FILES)) expect(fs.existsSync(`tests/${file}`), file).toBe(true);
    const prefixes = Object.values(MATRIX_FILES).flat();
    const orphans = Object.entries(actionMatrix)
      .filter(([name, row]) => row.kind === 'workspace' && !prefixes.some((p) => name.startsWith(p)))
      .map(([name]) => name);
    expect(orphans, `workspace rows no matrix file runs (add their folder to MATRIX_FILES): ${orphans.join(', ')}`).toEqual([]);
  });
});
