import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { canvasNoteLinks, canvasNotes, users } from '@/db/schema';
import { seedDemoJourney } from '@/db/seed-demo-journey';
import { seedDemoCanvas } from '@/db/seed-demo-canvas';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';

const t = useTestDatabase();

describe('demo canvas seed', () => {
  it('fills all nine blocks and links to the demo journey’s touchpoints, pain points and persona', async () => {
    const world = await seedWorld(t.db);
    const [u] = await t.db.select().from(users).where(eq(users.id, world.byRole.owner.id));
    const canvas = await t.db.transaction(async (tx) => {
      await seedDemoJourney(tx, world.a.id, u.id);
      return seedDemoCanvas(tx, world.a.id, u);
    });
    const notes = await t.db.select().from(canvasNotes).where(eq(canvasNotes.canvasId, canvas.id));
    expect(new Set(notes.map((n) => n.block)).size).toBe(9);
    const links = await t.db.select().from(canvasNoteLinks).where(eq(canvasNoteLinks.workspaceId, world.a.id));
    expect(links.filter((l) => l.touchpointId).length).toBe(4);
    expect(links.filter((l) => l.touchpointItemId).length).toBe(2);
    expect(links.filter((l) => l.personaId).length).toBe(1);
  });
});
