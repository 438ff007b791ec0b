import { and, eq } from 'drizzle-orm';
import type { Tx } from './client';
import { activities, canvases, canvasNoteLinks, canvasNotes, personas, touchpointItems, touchpoints } from './schema';
import type { CanvasBlock } from './schema/canvases';

type DemoNote = { text: string; color?: string; touchpoint?: string; persona?: string; pain?: string };

// The demo product: a household budgeting app with bank sync (see seed-demo-journey.ts).
const DEMO: Record<CanvasBlock, DemoNote[]> = {
  key_partners: [{ text: 'Open-banking aggregators' }, { text: 'Parenting bloggers', color: 'pink' }],
  key_activities: [{ text: 'Keep bank connections working' }, { text: 'Monthly savings insights' }],
  key_resources: [{ text: 'Categorisation model', color: 'violet' }, { text: 'Support team' }],
  value_propositions: [
    { text: 'Every account in one place', color: 'green', pain: 'Her bank is not listed' },
    { text: 'Plans explained side by side', color: 'green', pain: 'Plan differences are unclear' },
  ],
  customer_relationships: [{ text: 'Friendly in-app support chat', touchpoint: 'Support chat' }, { text: 'Monthly summary that celebrates savings', touchpoint: 'Monthly summary email' }],
  channels: [{ text: 'Social video ads', color: 'blue', touchpoint: 'Instagram ad' }, { text: 'Web pricing page', color: 'blue', touchpoint: 'Pricing page' }, { text: 'App stores', color: 'blue' }],
  customer_segments: [{ text: 'Busy young families', color: 'pink', persona: 'Maya, the busy parent' }, { text: 'Students sharing a flat', color: 'pink' }],
  cost_structure: [{ text: 'Bank data fees per connection', color: 'grey' }, { text: 'Support staff', color: 'grey' }],
  revenue_streams: [{ text: 'Monthly subscription', color: 'green' }, { text: 'Yearly plan at a discount', color: 'green' }],
};

/** A filled, linked canvas for the demo workspace (links only where the demo journey has the target). */
export async function seedDemoCanvas(tx: Tx, workspaceId: string, user: { id: string; name: string }) {
  const [canvas] = await tx
    .insert(canvases)
    .values({ workspaceId, name: 'Today', description: 'How the budgeting app makes money now.' })
    .returning();
  const [tps, pains, people] = await Promise.all([
    tx.select({ id: touchpoints.id, name: touchpoints.name }).from(touchpoints).where(eq(touchpoints.workspaceId, workspaceId)),
    tx
      .select({ id: touchpointItems.id, text: touchpointItems.text })
      .from(touchpointItems)
      .where(and(eq(touchpointItems.workspaceId, workspaceId), eq(touchpointItems.kind, 'pain_point'))),
    tx.select({ id: personas.id, name: personas.name }).from(personas).where(eq(personas.workspaceId, workspaceId)),
  ]);
  for (const [block, notes] of Object.entries(DEMO) as [CanvasBlock, DemoNote[]][]) {
    const rows = await tx
      .insert(canvasNotes)
      .values(notes.map((n, position) => ({ workspaceId, canvasId: canvas.id, block, text: n.text, color: n.color ?? 'yellow', position })))
      .returning({ id: canvasNotes.id });
    const links = notes.flatMap((n, i): (typeof canvasNoteLinks.$inferInsert)[] => {
      const noteId = rows[i].id;
      const tp = n.touchpoint && tps.find((t) => t.name === n.touchpoint);
      const pain = n.pain && pains.find((p) => p.text === n.pain);
      const persona = n.persona && people.find((p) => p.name === n.persona);
      if (tp) return [{ workspaceId, noteId, touchpointId: tp.id }];
      if (pain) return [{ workspaceId, noteId, touchpointItemId: pain.id }];
      if (persona) return [{ workspaceId, noteId, personaId: persona.id }];
      return [];
    });
    if (links.length) await tx.insert(canvasNoteLinks).values(links);
  }
  await tx.insert(activities).values({
    workspaceId,
    actorUserId: user.id,
    actorName: user.name,
    action: 'canvas.created',
    targetType: 'canvas',
    targetId: canvas.id,
    targetLabel: canvas.name,
  });
  return canvas;
}
