import { z } from 'zod';
import { defineRoute, slugParam } from '../spec';
import { workspaceDocumentSchema } from '@/lib/workspace-export/schema';

export const exportWorkspaceSpec = defineRoute({
  id: 'exportWorkspace',
  method: 'GET',
  path: '/workspaces/{slug}/export',
  tag: 'Workspaces',
  summary: 'Export the workspace’s content as one document (admins and owners); import it on /w or POST /api/workspace-imports',
  permission: 'workspace.export',
  params: z.object({ slug: slugParam }),
  response: workspaceDocumentSchema,
});

export const workspaceExportSpecs = [exportWorkspaceSpec];
