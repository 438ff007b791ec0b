import 'server-only';
import { and, asc, desc, eq, gt, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db';
import { activities } from '@/db/schema';

export type Actor = { userId: string | null; tokenId: string | null; name: string };

export type ActivityInput = {
  action: string;
  targetType: string;
  targetId?: string | null;
  targetLabel?: string | null;
  data?: Record<string, unknown>;
};

/** Writes one activity row; call it inside the transaction of the change it records. */
export async function logActivity(tx: Tx | Db, workspaceId: string, actor: Actor, input: ActivityInput) {
  await tx.insert(activities).values({
    workspaceId,
    actorUserId: actor.userId,
    actorTokenId: actor.tokenId,
    actorName: actor.name,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId ?? null,
    targetLabel: input.targetLabel ?? null,
    data: input.data ?? null,
  });
}

/**
 * A position in the log: the row's created_at as PostgreSQL text (microsecond precision, which a JS
 * Date would truncate to milliseconds and so skip rows) and its id as the tie-breaker.
 */
export type ActivityKey = { createdAt: string | Date; id: string };

export type ActivityFilter = {
  /** A user's id, or 'tokens' for everything API tokens did. */
  actor?: string;
  /** @deprecated use `actor`; kept for existing callers. */
  actorUserId?: string;
  /** The target type, e.g. 'workspace', 'member', 'api_token'. */
  kind?: string;
};

const keyOf = (k: ActivityKey) => (k.createdAt instanceof Date ? k.createdAt.toISOString() : k.createdAt);

function filterConds(workspaceId: string, f: ActivityFilter): SQL[] {
  const conds: SQL[] = [eq(activities.workspaceId, workspaceId)];
  const actor = f.actor ?? f.actorUserId;
  if (actor === 'tokens') conds.push(isNotNull(activities.actorTokenId));
  else if (actor) conds.push(eq(activities.actorUserId, actor));
  if (f.kind) conds.push(eq(activities.targetType, f.kind));
  return conds;
}

const olderThan = (k: ActivityKey) =>
  or(
    lt(activities.createdAt, sql`${keyOf(k)}::timestamptz`),
    and(eq(activities.createdAt, sql`${keyOf(k)}::timestamptz`), lt(activities.id, k.id)),
  )!;
const newerThan = (k: ActivityKey) =>
  or(
    gt(activities.createdAt, sql`${keyOf(k)}::timestamptz`),
    and(eq(activities.createdAt, sql`${keyOf(k)}::timestamptz`), gt(activities.id, k.id)),
  )!;

const columns = { row: activities, createdAtKey: sql<string>`${activities.createdAt}::text` };

/** Admins read the log: newest first, filtered by person and kind; `before`/`after` page by key. */
export async function listActivities(workspaceId: string, opts: ActivityFilter & { limit?: number; before?: ActivityKey; after?: ActivityKey } = {}) {
  const db = await getDb();
  const conds = filterConds(workspaceId, opts);
  if (opts.before) conds.push(olderThan(opts.before));
  if (opts.after) conds.push(newerThan(opts.after));
  return db
    .select()
    .from(activities)
    .where(and(...conds))
    .orderBy(desc(activities.createdAt), desc(activities.id))
    .limit(opts.limit ?? 200);
}

export type ActivityPage = {
  rows: (typeof activities.$inferSelect)[];
  /** Key of the last row when older rows exist. */
  older: ActivityKey | null;
  /** Key of the first row when newer rows exist. */
  newer: ActivityKey | null;
};

/**
 * Admins: one page of the log, newest first, with keys for the pages on either side. `before` gives
 * the page just older than a key, `after` the page just newer; neither gives the newest page.
 */
export async function listActivityPage(
  workspaceId: string,
  opts: ActivityFilter & { limit?: number; before?: ActivityKey; after?: ActivityKey } = {},
): Promise<ActivityPage> {
  const db = await getDb();
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200);
  const conds = filterConds(workspaceId, opts);
  const forward = !!opts.after && !opts.before;
  if (opts.before) conds.push(olderThan(opts.before));
  else if (opts.after) conds.push(newerThan(opts.after));
  const fetched = await db
    .select(columns)
    .from(activities)
    .where(and(...conds))
    .orderBy(...(forward ? [asc(activities.createdAt), asc(activities.id)] : [desc(activities.createdAt), desc(activities.id)]))
    .limit(limit + 1);
  const more = fetched.length > limit;
  const slice = fetched.slice(0, limit);
  if (forward) slice.reverse();
  const key = (r: (typeof slice)[number]): ActivityKey => ({ createdAt: r.createdAtKey, id: r.row.id });
  const first = slice[0];
  const last = slice[slice.length - 1];
  // Going back (before) there are newer rows by construction; going forward (after), older ones.
  const hasOlder = forward ? true : more;
  const hasNewer = forward ? more : !!opts.before;
  return {
    rows: slice.map((r) => r.row),
    older: last && hasOlder ? key(last) : null,
    newer: first && hasNewer ? key(first) : null,
  };
}

/** The kinds (target types) this workspace's log holds, for the filter. */
export async function listActivityKinds(workspaceId: string) {
  const db = await getDb();
  const rows = await db
    .selectDistinct({ kind: activities.targetType })
    .from(activities)
    .where(eq(activities.workspaceId, workspaceId))
    .orderBy(asc(activities.targetType));
  return rows.map((r) => r.kind);
}
