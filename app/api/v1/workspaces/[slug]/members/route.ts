import { apiHandler } from '@/lib/api/handler';
import { listMembersRoute } from '@/lib/api/specs/members';
import { listMembersPage } from '@/db/queries/members';

export const GET = apiHandler(listMembersRoute, async ({ ctx, query }) => listMembersPage(ctx.workspace.id, query));
