import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { verify } from '@node-rs/argon2';
import { journeys, personas, stages, touchpoints, touchpointItems, users } from '@/db/schema';
import { seedDemoIfEmpty } from '@/db/seed-demo';
import { useTestDatabase } from './support/db';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';

const count = async (db: Db, table: PgTable) =>
  Number((await db.select({ n: sql<number>`count(*)::int` }).from(table))[0].n);

describe('demo seed', () => {
  const state = useTestDatabase();

  it('seeds an empty database once, with a working random password and a complete journey', async () => {
    process.env.WAYFINDER_SEED_DEMO = '1';
    const seeded = await seedDemoIfEmpty(state.db);
    expect(seeded?.password).toMatch(/^[\w-]{16}$/);
    const [u] = await state.db.select().from(users);
    expect(await verify(u.passwordHash, seeded!.password)).toBe(true);
    expect(await count(state.db, personas)).toBe(1);
    expect(await count(state.db, journeys)).toBe(1);
    expect(await count(state.db, stages)).toBe(4);
    expect(await count(state.db, touchpoints)).toBe(7);
    expect(await count(state.db, touchpointItems)).toBeGreaterThan(0);
    expect(await seedDemoIfEmpty(state.db)).toBeNull();
    expect(await count(state.db, users)).toBe(1);
    process.env.WAYFINDER_SEED_DEMO = '0';
  });
});
