import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { journeys, personas, stages } from '@/db/schema';
import { journeyTemplates, type JourneyTemplateId } from '@/lib/journeys/templates';
import { AppError } from '@/lib/errors';
import { logActivity, type Actor } from './activity';

export type CreateJourneyInput = { name: string; description?: string; personaId?: string | null; template: JourneyTemplateId };

/** Editors: creates a journey, with the template's stages, in one transaction with its activity row. */
export async function createJourney(workspaceId: string, actor: Actor, input: CreateJourneyInput) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (input.personaId) {
      const [p] = await tx
        .select({ id: personas.id })
        .from(personas)
        .where(and(eq(personas.workspaceId, workspaceId), eq(personas.id, input.personaId)))
        .limit(1);
      if (!p) throw new AppError('invalid', 'Choose a persona of this workspace.', { personaId: ['Choose a persona of this workspace.'] });
    }
    const [j] = await tx
      .insert(journeys)
      .values({ workspaceId, name: input.name.trim(), description: input.description?.trim() ?? '', personaId: input.personaId ?? null })
      .returning();
    const template = journeyTemplates.find((t) => t.id === input.template) ?? journeyTemplates[0];
    if (template.stages.length) {
      await tx.insert(stages).values(template.stages.map((name, position) => ({ workspaceId, journeyId: j.id, name, position })));
    }
    await logActivity(tx, workspaceId, actor, {
      action: 'journey.created',
      targetType: 'journey',
      targetId: j.id,
      targetLabel: j.name,
      data: { template: template.id },
    });
    return j;
  });
}
