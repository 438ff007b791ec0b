import { downloadHeaders, loadExport } from '@/lib/journeys/export-route';
import { exportFileName, journeyToJson } from '@/lib/journeys/export';

/** Members (content.read): the whole journey (persona, stages, touchpoints with items) as JSON. */
export async function GET(req: Request, { params }: { params: Promise<{ workspace: string; id: string }> }) {
  const map = await loadExport(req, params);
  if (map instanceof Response) return map;
  return new Response(JSON.stringify(journeyToJson(map), null, 2), { headers: downloadHeaders('application/json; charset=utf-8', exportFileName(map.journey.name, 'json')) });
}
