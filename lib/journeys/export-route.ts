import 'server-only';
import { NextResponse } from 'next/server';
import { resolveWorkspace } from '@/lib/workspace';
import { AppError } from '@/lib/errors';
import { getJourneyMap } from '@/db/queries/journey-map';
import type { JourneyMap } from './types';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Params = Promise<{ workspace: string; id: string }>;

/**
 * The gate for export downloads (content.read): signed out → redirect to sign-in; not a member, or a
 * journey not in this workspace → 404. Answers the map, or the Response to send instead.
 */
export async function loadExport(req: Request, params: Params): Promise<JourneyMap | Response> {
  const { workspace: slug, id } = await params;
  try {
    const ctx = await resolveWorkspace(slug, 'content.read');
    const map = UUID_RE.test(id) ? await getJourneyMap(ctx.workspace.id, id) : null;
    if (!map) throw new AppError('not_found', 'Journey not found.');
    return map;
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
