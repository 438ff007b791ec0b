import { z } from 'zod';

const id = (what: string) => z.uuid(`Not a valid ${what} id.`);
const version = z.coerce.number({ error: 'Missing version.' }).int().min(1);
export const stageName = z.string().trim().min(1, 'Give the stage a name.').max(80, 'Keep the name under 80 characters.');
export const stageDescription = z.string().trim().max(2000, 'Keep the description under 2,000 characters.');
const position = z.coerce.number().int().min(0, 'Positions start at 0.');

// Server actions: every one names the journey so the row is checked against it.
export const createStageSchema = z.object({ journeyId: id('journey'), name: stageName, description: stageDescription.default(''), position: position.optional() });
export type CreateStageInput = z.infer<typeof createStageSchema>;

export const updateStageSchema = z.object({ journeyId: id('journey'), stageId: id('stage'), name: stageName, description: stageDescription.default(''), version });
export const deleteStageSchema = z.object({ journeyId: id('journey'), stageId: id('stage') });
export const reorderStagesSchema = z.object({
  journeyId: id('journey'),
  version,
  stageIds: z.array(id('stage')).max(200, 'Too many stages.'),
});
export type ReorderStagesInput = z.infer<typeof reorderStagesSchema>;

// JSON API bodies (strict: a misspelt field is an error).
export const stagePostBody = z
  .object({ journeyId: id('journey'), name: stageName, description: stageDescription.optional(), position: z.number().int().min(0).optional() })
  .strict();
export const stagePatchBody = z
  .object({
    name: stageName.optional(),
    description: stageDescription.optional(),
    version: z.number().int().min(1).describe('The version you read; a stale one answers 409.'),
  })
  .strict();
