import { z } from 'zod';
import { defineRoute, slugParam } from '../spec';
import { roleSchema } from '@/lib/validations/workspace';

export const workspaceOut = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  timeZone: z.string(),
  fiscalYearStart: z.number().int().min(1).max(12),
  currency: z.string(),
  locale: z.string(),
  version: z.number().int(),
  role: roleSchema.describe('The caller’s role in this workspace (the token’s role for API tokens).'),
});

export const getWorkspace = defineRoute({
  id: 'getWorkspace',
  method: 'GET',
  path: '/workspaces/{slug}',
  tag: 'Workspaces',
  summary: 'Get the workspace and the caller’s role in it',
  permission: 'content.read',
  params: z.object({ slug: slugParam }),
  response: workspaceOut,
});

export const workspaceSpecs = [getWorkspace];
