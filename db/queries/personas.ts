import 'server-only';
import { and, asc, count, eq, getTableColumns, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db';
import { journeys, personas } from '@/db/schema';
import { conflict, notFound } from '@/lib/errors';
import { paginate } from '@/lib/api/cursor';
import type { PersonaInput } from '@/lib/validations/personas';
import { logActivity, type Actor } from './activity';
import { decodeKeysetCursor } from './members';

const EDITABLE = ['name', 'segment', 'description', 'demographics', 'goals', 'needs', 'frustrations', 'color'] as const;

const missing = () => notFound('This persona is not in the workspace (any more).');

// Everything but workspace_id: what pages, the API and conflict answers show.
const { workspaceId: _ws, ...personaColumns } = getTableColumns(personas);

const journeyCount = count(journeys.id).mapWith(Number);
const onOwnJourneys = and(eq(journeys.workspaceId, personas.workspaceId), eq(journeys.personaId, personas.id));

/** Readers: every persona of the workspace with how many journeys it has, by name. */
export async function listPersonas(workspaceId: string) {
  const db = await getDb();
  return db
    .select({ ...personaColumns, journeyCount })
    .from(personas)
    .leftJoin(journeys, onOwnJourneys)
    .where(eq(personas.workspaceId, workspaceId))
    .groupBy(personas.id)
    .orderBy(asc(sql`lower(${personas.name})`), asc(personas.id));
}

// Full-precision timestamp text for keyset cursors (a JS Date drops the microseconds).
const createdKey = sql<string>`to_char(${personas.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Readers (and API tokens): one page of personas with journey counts, oldest first, keyset-paged by (created, id). */
export async function listPersonasPage(workspaceId: string, opts: { limit: number; cursor?: string }) {
  const db = await getDb();
  const after = decodeKeysetCursor(opts.cursor);
  const rows = await db
    .select({ ...personaColumns, journeyCount, key: createdKey })
    .from(personas)
    .leftJoin(journeys, onOwnJourneys)
    .where(
      and(
        eq(personas.workspaceId, workspaceId),
        after ? sql`(${personas.createdAt}, ${personas.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
      ),
    )
    .groupBy(personas.id)
    .orderBy(asc(personas.createdAt), asc(personas.id))
    .limit(opts.limit + 1);
  const page = paginate(rows, opts.limit, (r) => [r.key, r.id]);
  return { data: page.data.map(({ key: _key, ...p }) => p), nextCursor: page.nextCursor };
}

/** Readers: one persona of this workspace with its journeys (id, name, status), or null. */
export async function getPersona(workspaceId: string, personaId: string) {
  const db = await getDb();
  const [p] = await db
    .select(personaColumns)
    .from(personas)
    .where(and(eq(personas.workspaceId, workspaceId), eq(personas.id, personaId)))
    .limit(1);
  if (!p) return null;
  const own = await db
    .select({ id: journeys.id, name: journeys.name, status: journeys.status })
    .from(journeys)
    .where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.personaId, personaId)))
    .orderBy(asc(sql`lower(${journeys.name})`), asc(journeys.id));
  return { ...p, journeys: own };
}
export type PersonaDetail = NonNullable<Awaited<ReturnType<typeof getPersona>>>;

/** Editors: creates a persona, with its activity row, in one transaction. */
export async function createPersona(workspaceId: string, actor: Actor, input: Partial<PersonaInput> & { name: string }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [p] = await tx
      .insert(personas)
      .values({ ...pick(input), workspaceId, name: input.name })
      .returning(personaColumns);
    await logActivity(tx, workspaceId, actor, { action: 'persona.created', targetType: 'persona', targetId: p.id, targetLabel: p.name });
    return p;
  });
}

function pick(input: Partial<PersonaInput>) {
  const out: Partial<PersonaInput> = {};
  for (const k of EDITABLE) if (input[k] !== undefined) (out as Record<string, unknown>)[k] = input[k];
  return out;
}

async function lockPersona(tx: Tx, workspaceId: string, personaId: string) {
  const [p] = await tx
    .select(personaColumns)
    .from(personas)
    .where(and(eq(personas.workspaceId, workspaceId), eq(personas.id, personaId)))
    .for('update');
  if (!p) throw missing();
  return p;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Editors: saves the given fields from the version they read. Stale version → conflict carrying the
 * current persona; an unchanged save writes nothing; the activity row names the changed fields.
 */
export async function updatePersona(workspaceId: string, actor: Actor, personaId: string, input: Partial<PersonaInput> & { version: number }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await lockPersona(tx, workspaceId, personaId);
    if (before.version !== input.version) throw conflict(before);
    const values = pick(input);
    const changed = EDITABLE.filter((k) => k in values && !same(before[k], values[k]));
    if (changed.length === 0) return before;
    const [p] = await tx
      .update(personas)
      .set({ ...values, version: sql`${personas.version} + 1`, updatedAt: new Date() })
      .where(and(eq(personas.workspaceId, workspaceId), eq(personas.id, personaId), eq(personas.version, input.version)))
      .returning(personaColumns);
    if (!p) throw conflict(await lockPersona(tx, workspaceId, personaId));
    await logActivity(tx, workspaceId, actor, {
      action: 'persona.updated',
      targetType: 'persona',
      targetId: p.id,
      targetLabel: p.name,
      data: { fields: changed },
    });
    return p;
  });
}

/** Editors: deletes a persona; its journeys stay, without a persona (cleared first: the FK does not cascade). */
export async function deletePersona(workspaceId: string, actor: Actor, personaId: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const p = await lockPersona(tx, workspaceId, personaId);
    const kept = await tx
      .update(journeys)
      .set({ personaId: null, updatedAt: new Date() })
      .where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.personaId, personaId)))
      .returning({ id: journeys.id });
    await tx.delete(personas).where(and(eq(personas.workspaceId, workspaceId), eq(personas.id, personaId)));
    await logActivity(tx, workspaceId, actor, {
      action: 'persona.deleted',
      targetType: 'persona',
      targetId: p.id,
      targetLabel: p.name,
      data: { journeysKept: kept.length },
    });
    return { name: p.name, journeysKept: kept.length };
  });
}
