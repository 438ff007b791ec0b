import { apiHandler } from '@/lib/api/handler';
import { exportWorkspaceSpec } from '@/lib/api/specs/workspace-export';
import { exportWorkspace } from '@/db/queries/workspace-export';

export const GET = apiHandler(exportWorkspaceSpec, async ({ ctx }) => exportWorkspace(ctx.workspace.id));
