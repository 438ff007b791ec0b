import { NextResponse } from 'next/server';
import { resolveWorkspace } from '@/lib/workspace';
import { AppError } from '@/lib/errors';
import { getCanvasWithNotes } from '@/db/queries/canvases';
import { listCanvasLinks } from '@/db/queries/canvas-links';
import { canvasToJson } from '@/lib/canvases/export';
import { downloadHeaders } from '@/lib/journeys/export-route';
import { exportFileName } from '@/lib/journeys/export';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Members (content.read): the canvas with its notes and links as JSON; signed out → sign-in, outsiders → 404. */
export async function GET(req: Request, { params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  try {
    const ctx = await resolveWorkspace(slug, 'content.read');
    const [canvas, links] = UUID_RE.test(id) ? await Promise.all([getCanvasWithNotes(ctx.workspace.id, id), listCanvasLinks(ctx.workspace.id, id)]) : [null, []];
    if (!canvas) throw new AppError('not_found', 'Canvas not found.');
    return new Response(JSON.stringify(canvasToJson(canvas, canvas.notes, links), null, 2), {
      headers: downloadHeaders('application/json; charset=utf-8', exportFileName(canvas.name, 'json')),
    });
  } catch (e) {
    if (e instanceof AppError && e.code === 'unauthorized') {
      const url = new URL(req.url);
      return NextResponse.redirect(new URL(`/sign-in?next=${encodeURIComponent(url.pathname)}`, url), 303);
    }
    if (e instanceof AppError && (e.code === 'not_found' || e.code === 'forbidden')) return new NextResponse('Not found', { status: 404 });
    throw e;
  }
}
