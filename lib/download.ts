import 'server-only';
import { NextResponse } from 'next/server';
import { resolveWorkspace, type WorkspaceContext } from '@/lib/workspace';
import { AppError } from '@/lib/errors';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Params = Promise<{ workspace: string; id: string }>;

/**
 * The gate for downloads under /w/[workspace]/…/[id]/ (content.read): signed out → redirect to sign-in; not a
 * member, a malformed id or one not in this workspace → 404. `load` runs only for a member and a well-formed id,
 * with the workspace id first; answers what it loaded, or the Response to send instead.
 */
export async function gateDownload<T>(
  req: Request,
  params: Params,
  load: (workspaceId: string, id: string, ctx: WorkspaceContext) => Promise<T | null>,
): Promise<T | Response> {
  const { workspace: slug, id } = await params;
  try {
    const ctx = await resolveWorkspace(slug, 'content.read');
    const found = UUID_RE.test(id) ? await load(ctx.workspace.id, id, ctx) : null;
    if (found === null) throw new AppError('not_found', 'Not found.');
    return found;
  } catch (e) {
    if (e instanceof AppError && e.code === 'unauthorized') {
      const url = new URL(req.url);
      return NextResponse.redirect(new URL(`/sign-in?next=${encodeURIComponent(url.pathname)}`, url), 303);
    }
    if (e instanceof AppError && (e.code === 'not_found' || e.code === 'forbidden')) {
      return new NextResponse('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
    throw e;
  }
}

/** Headers for a download that must not be cached by shared caches. */
export function downloadHeaders(type: string, fileName: string) {
  return { 'content-type': type, 'content-disposition': `attachment; filename="${fileName}"`, 'cache-control': 'private, no-store' };
}

/** A CSV download with a UTF-8 BOM, so spreadsheets read the text as UTF-8. */
export function csvDownload(csv: string, fileName: string) {
  return new Response('\uFEFF' + csv, { headers: downloadHeaders('text/csv; charset=utf-8; header=present', fileName) });
}
