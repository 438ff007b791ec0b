import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { getDb, type Tx } from '@/db';
import {
  benchmarks,
  canvases,
  canvasNoteLinks,
  canvasNotes,
  initiatives,
  journeys,
  measurements,
  measures,
  measureTargets,
  objectiveLinks,
  objectives,
  personas,
  perspectives,
  scorecards,
  stages,
  touchpointItems,
  touchpoints,
  type Workspace,
} from '@/db/schema';
import { AppError } from '@/lib/errors';
import { importRows, type ImportRows } from '@/lib/workspace-export/rows';
import type { WorkspaceDocument } from '@/lib/workspace-export/schema';
import { logActivity } from './activity';
import { insertWorkspace } from './workspaces';

// PostgreSQL binds at most 65,535 parameters per statement; the widest table here has ~25 columns.
const CHUNK = 1000;

async function insertAll(tx: Tx, table: PgTable, rows: Record<string, unknown>[]) {
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(table).values(rows.slice(i, i + CHUNK) as never);
}

/** Tables in foreign-key order (the measures' reference benchmarks are set after the benchmarks exist). */
const ORDER: [keyof Omit<ImportRows, 'references'>, PgTable][] = [
  ['personas', personas],
  ['journeys', journeys],
  ['stages', stages],
  ['touchpoints', touchpoints],
  ['items', touchpointItems],
  ['canvases', canvases],
  ['notes', canvasNotes],
  ['noteLinks', canvasNoteLinks],
  ['scorecards', scorecards],
  ['perspectives', perspectives],
  ['objectives', objectives],
  ['objectiveLinks', objectiveLinks],
  ['initiatives', initiatives],
  ['measures', measures],
  ['targets', measureTargets],
  ['measurements', measurements],
  ['benchmarks', benchmarks],
];

function constraintOf(e: unknown): string | null {
  const err = e as { code?: string; constraint?: string; constraint_name?: string; cause?: unknown } | null;
  if (!err) return null;
  if (typeof err.code === 'string' && /^23/.test(err.code)) return err.constraint ?? err.constraint_name ?? 'a database rule';
  return err.cause !== undefined ? constraintOf(err.cause) : null;
}

export type ImportOptions = { name?: string; fileName?: string; now?: Date };

/**
 * Any signed-in user: creates a NEW workspace from a checked document (lib/workspace-export/parse.ts), owned by
 * them, every row re-keyed, all in one transaction with one activity row; a failure anywhere leaves nothing.
 * A row the database still refuses answers AppError('invalid') naming the rule.
 */
export async function importWorkspace(user: { id: string; name: string }, doc: WorkspaceDocument, opts: ImportOptions = {}): Promise<Workspace> {
  const db = await getDb();
  const name = opts.name?.trim() || doc.workspace.name;
  const { name: _ignored, ...settings } = doc.workspace;
  try {
    return await db.transaction(async (tx) => {
      const w = await insertWorkspace(tx, user, { name, settings });
      const rows = importRows(doc, w.id, opts.now ?? new Date());
      for (const [key, table] of ORDER) await insertAll(tx, table, rows[key] as Record<string, unknown>[]);
      for (const r of rows.references) {
        await tx
          .update(measures)
          .set({ referenceBenchmarkId: r.benchmarkId })
          .where(and(eq(measures.workspaceId, w.id), eq(measures.id, r.measureId)));
      }
      const counts = Object.fromEntries(ORDER.map(([key]) => [key, rows[key].length]));
      await logActivity(tx, w.id, { userId: user.id, tokenId: null, name: user.name }, {
        action: 'workspace.imported',
        targetType: 'workspace',
        targetId: w.id,
        targetLabel: w.name,
        data: { fileName: opts.fileName ?? null, exportedAt: doc.exportedAt, from: doc.workspace.name, counts },
      });
      return w;
    });
  } catch (e) {
    const rule = constraintOf(e);
    if (rule) throw new AppError('invalid', `This file cannot be imported: a row breaks the rule “${rule}”. Nothing was imported.`, { file: [`Breaks ${rule}.`] });
    throw e;
  }
}
