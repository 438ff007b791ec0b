import { downloadHeaders, gateDownload } from '@/lib/download';
import { getCanvasWithNotes } from '@/db/queries/canvases';
import { listCanvasLinks } from '@/db/queries/canvas-links';
import { canvasToJson } from '@/lib/canvases/export';
import { exportFileName } from '@/lib/journeys/export';

/** Members (content.read): the canvas with its notes and links as JSON; signed out → sign-in, outsiders → 404. */
export async function GET(req: Request, { params }: { params: Promise<{ workspace: string; id: string }> }) {
  const found = await gateDownload(req, params, async (ws, id) => {
    const [canvas, links] = await Promise.all([getCanvasWithNotes(ws, id), listCanvasLinks(ws, id)]);
    return canvas && { canvas, links };
  });
  if (found instanceof Response) return found;
  const { canvas, links } = found;
  return new Response(JSON.stringify(canvasToJson(canvas, canvas.notes, links), null, 2), {
    headers: downloadHeaders('application/json; charset=utf-8', exportFileName(canvas.name, 'json')),
  });
}
