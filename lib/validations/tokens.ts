import { z } from 'zod';
import { roleSchema } from './workspace';

export const tokenNameSchema = z.string().trim().min(1, 'Enter a name.').max(80, 'Use at most 80 characters.');

export const createTokenSchema = z.object({ name: tokenNameSchema, role: roleSchema });
export type CreateTokenInput = z.infer<typeof createTokenSchema>;

export const revokeTokenSchema = z.object({ id: z.uuid('Not a token of this workspace.') });
