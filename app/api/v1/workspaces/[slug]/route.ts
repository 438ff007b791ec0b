import { apiHandler } from '@/lib/api/handler';
import { getWorkspace } from '@/lib/api/specs/workspaces';

export const GET = apiHandler(getWorkspace, async ({ ctx }) => {
  const w = ctx.workspace;
  return { id: w.id, name: w.name, slug: w.slug, timeZone: w.timeZone, fiscalYearStart: w.fiscalYearStart, currency: w.currency, locale: w.locale, version: w.version, role: ctx.role };
});
