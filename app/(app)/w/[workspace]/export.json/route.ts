import { NextResponse, type NextRequest } from 'next/server';
import { resolveWorkspace } from '@/lib/workspace';
import { AppError } from '@/lib/errors';
import { exportWorkspace } from '@/db/queries/workspace-export';

export const dynamic = 'force-dynamic';

const text = (body: string, status: number) => new NextResponse(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * Admins and owners: the whole workspace's content as `<slug>-workspace.json` (an attachment, never cached).
 * Signed out → sign-in; not a member → 404; a lower role → 403.
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  try {
    const ctx = await resolveWorkspace(slug, 'workspace.export');
    const doc = await exportWorkspace(ctx.workspace.id);
    return new NextResponse(JSON.stringify(doc, null, 2) + '\n', {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="${ctx.workspace.slug}-workspace.json"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === 'unauthorized') {
      return NextResponse.redirect(new URL(`/sign-in?next=${encodeURIComponent(req.nextUrl.pathname)}`, req.url), 303);
    }
    if (e instanceof AppError && e.code === 'not_found') return text('Not found', 404);
    if (e instanceof AppError && e.code === 'forbidden') return text('Only admins and owners can download the whole workspace.', 403);
    throw e;
  }
}
