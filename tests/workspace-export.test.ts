import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import * as schema from '@/db/schema';
import { activities, measurementHistory, memberships, workspaces } from '@/db/schema';
import { exportWorkspace } from '@/db/queries/workspace-export';
import { importWorkspace } from '@/db/queries/workspace-import';
import { parseWorkspaceFile } from '@/lib/workspace-export/parse';
import type { WorkspaceDocument } from '@/lib/workspace-export/schema';
import { AppError } from '@/lib/errors';
import { useTestDatabase } from './support/db';
import { makeUser } from './support/gate';
import { normalise, seedExportFixture } from './support/workspace-export';

const t = useTestDatabase();

const CONTENT = [
  'personas', 'journeys', 'stages', 'touchpoints', 'touchpointItems', 'canvases', 'canvasNotes', 'canvasNoteLinks', 'scorecards',
  'perspectives', 'objectives', 'objectiveLinks', 'initiatives', 'measures', 'measureTargets', 'measurements', 'benchmarks',
] as const;

async function counts(workspaceId?: string) {
  const out: Record<string, number> = {};
  for (const name of CONTENT) {
    const table = schema[name] as PgTable & { workspaceId: typeof schema.personas.workspaceId };
    const q = t.db.select({ n: sql<number>`count(*)::int` }).from(table);
    out[name] = Number((await (workspaceId ? q.where(eq(table.workspaceId, workspaceId)) : q))[0].n);
  }
  return out;
}

async function refusal(fn: () => unknown): Promise<AppError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const clone = (doc: WorkspaceDocument) => JSON.parse(JSON.stringify(doc)) as WorkspaceDocument;

describe('workspace export → import → export', () => {
  it('gives the same document apart from ids and exportedAt, in a new workspace owned by the importer', async () => {
    const owner = await makeUser('Owner');
    const source = await seedExportFixture(owner);
    const before = await counts(source.id);
    for (const name of CONTENT) expect(before[name], name).toBeGreaterThan(0);

    const first = await exportWorkspace(source.id);
    expect(first.format).toBe('wayfinder-workspace');
    expect(first.schemaVersion).toBe(1);
    const text = JSON.stringify(first);
    expect(text).not.toContain(owner.id);
    expect(text).not.toContain(owner.email);
    expect(text).not.toContain(source.id);
    expect(first.scorecards[0].perspectives.flatMap((p) => p.objectives).some((o) => o.stageId)).toBe(true);
    expect(first.canvases[0].notes.some((n) => n.originId)).toBe(true);

    const importer = await makeUser('Importer');
    const doc = parseWorkspaceFile(JSON.stringify(first, null, 2));
    const copy = await importWorkspace(importer, doc, { fileName: 'fixture.json' });
    expect(copy.id).not.toBe(source.id);
    expect(copy.name).toBe('Export Fixture');
    expect(copy.slug).not.toBe(source.slug);
    expect(await counts(copy.id)).toEqual(before);

    const second = await exportWorkspace(copy.id);
    expect(normalise(second)).toEqual(normalise(first));
    // Every id is new: no row of the copy shares an id with the source.
    const ids = (d: unknown) => new Set(JSON.stringify(d).match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g));
    const firstIds = ids(first);
    expect([...ids(second)].filter((id) => firstIds.has(id))).toEqual([]);

    const members = await t.db.select().from(memberships).where(eq(memberships.workspaceId, copy.id));
    expect(members.map((m) => [m.userId, m.role])).toEqual([[importer.id, 'owner']]);
    const log = await t.db.select().from(activities).where(eq(activities.workspaceId, copy.id));
    expect(log.map((a) => a.action)).toEqual(['workspace.imported']);
    expect(await t.db.select().from(measurementHistory).where(eq(measurementHistory.workspaceId, copy.id))).toEqual([]);
    const [m] = await t.db.select().from(schema.measures).where(eq(schema.measures.workspaceId, copy.id)).limit(1);
    expect(m.version).toBe(1);
    expect(m.ownerId).toBeNull();
  });

  it('takes a new name and keeps the settings', async () => {
    const owner = await makeUser('Owner');
    const source = await seedExportFixture(owner);
    const doc = await exportWorkspace(source.id);
    doc.workspace = { ...doc.workspace, timeZone: 'Europe/Paris', currency: 'EUR', locale: 'fr-FR', fiscalYearStart: 4 };
    const copy = await importWorkspace(owner, parseWorkspaceFile(JSON.stringify(doc)), { name: '  Copy of it ' });
    expect(copy).toMatchObject({ name: 'Copy of it', slug: 'copy-of-it', timeZone: 'Europe/Paris', currency: 'EUR', locale: 'fr-FR', fiscalYearStart: 4 });
  });

  it('writes nothing when an insert late in the transaction fails', async () => {
    const owner = await makeUser('Owner');
    const source = await seedExportFixture(owner);
    const doc = clone(await exportWorkspace(source.id));
    const beforeWorkspaces = await t.db.select().from(workspaces);
    const before = await counts();
    // Benchmarks are inserted last: a trigger makes the first of them fail.
    await t.db.execute(sql.raw(`create function fail_import() returns trigger language plpgsql as $$ begin raise exception 'boom'; end $$`));
    await t.db.execute(sql.raw(`create trigger fail_import before insert on benchmarks for each row execute function fail_import()`));
    try {
      await expect(importWorkspace(owner, parseWorkspaceFile(JSON.stringify(doc)))).rejects.toThrow(/Failed query: insert into "benchmarks"/);
    } finally {
      await t.db.execute(sql.raw('drop trigger fail_import on benchmarks'));
      await t.db.execute(sql.raw('drop function fail_import()'));
    }
    expect(await t.db.select().from(workspaces)).toEqual(beforeWorkspaces);
    expect(await counts()).toEqual(before);
  });
});

describe('parseWorkspaceFile refuses bad files with the path and the reason', () => {
  async function exported() {
    const owner = await makeUser('Owner');
    return clone(await exportWorkspace((await seedExportFixture(owner)).id));
  }

  it('another schema version', async () => {
    const doc = { ...(await exported()), schemaVersion: 99 };
    const e = await refusal(() => parseWorkspaceFile(JSON.stringify(doc)));
    expect(e.message).toBe('This file is schema version 99; this Wayfinder reads version 1.');
  });

  it('malformed JSON and files that are not workspace exports', async () => {
    expect((await refusal(() => parseWorkspaceFile('{"format": "wayfinder-workspace",'))).message).toMatch(/not valid JSON/);
    expect((await refusal(() => parseWorkspaceFile('[1, 2]'))).message).toMatch(/not a Wayfinder workspace file/);
    expect((await refusal(() => parseWorkspaceFile('{"format":"wayfinder-workspace"}'))).message).toMatch(/schema version missing/);
  });

  it('unknown keys, wrong enums and oversized text, each named by its path', async () => {
    const doc = (await exported()) as unknown as Record<string, unknown> & WorkspaceDocument;
    const journey = doc.journeys.findIndex((j) => j.stages.length > 0);
    (doc.journeys[journey].stages[0] as Record<string, unknown>).colour = 'red';
    (doc.scorecards[0].perspectives[0].objectives[0].measures[0] as Record<string, unknown>).unit = 'furlongs';
    doc.personas[0].name = 'x'.repeat(201);
    delete (doc.canvases[0] as Partial<WorkspaceDocument['canvases'][number]>).description;
    const e = await refusal(() => parseWorkspaceFile(JSON.stringify(doc)));
    expect(e.message).toMatch(/^This file cannot be imported: /);
    expect(e.fieldErrors?.[`journeys.${journey}.stages.0.colour`]).toEqual(['Unknown field.']);
    expect(e.fieldErrors?.['scorecards.0.perspectives.0.objectives.0.measures.0.unit']?.[0]).toMatch(/One of: %, count/);
    expect(e.fieldErrors?.['personas.0.name']).toEqual(['At most 200 characters.']);
    expect(e.fieldErrors?.['canvases.0.description']).toEqual(['Missing.']);
  });

  it('dangling and duplicate references', async () => {
    const doc = await exported();
    doc.journeys[0].personaId = '00000000-0000-4000-8000-000000000000'; // either journey: both may name a persona
    const measure = doc.scorecards[0].perspectives[0].objectives[0].measures[0];
    measure.referenceBenchmarkId = doc.scorecards[0].perspectives[1].objectives[0].id;
    doc.canvases[0].notes[1].id = doc.canvases[0].notes[0].id;
    const e = await refusal(() => parseWorkspaceFile(JSON.stringify(doc)));
    expect(e.message).toBe('This file cannot be imported: journeys.0.personaId: No persona with this id in the file. (and 2 more problems)');
    expect(e.fieldErrors?.['scorecards.0.perspectives.0.objectives.0.measures.0.referenceBenchmarkId']).toEqual(['No benchmark of this measure with this id in the file.']);
    expect(e.fieldErrors?.['canvases.0.notes.1.id']).toEqual(['This id appears twice in the file.']);
  });
});
