import { downloadHeaders, gateDownload } from '@/lib/download';
import { getJourneyMap } from '@/db/queries/journey-map';
import { exportFileName, journeyToJson } from '@/lib/journeys/export';

/** Members (content.read): the whole journey (persona, stages, touchpoints with items) as JSON. */
export async function GET(req: Request, { params }: { params: Promise<{ workspace: string; id: string }> }) {
  const map = await gateDownload(req, params, (ws, id) => getJourneyMap(ws, id));
  if (map instanceof Response) return map;
  return new Response(JSON.stringify(journeyToJson(map), null, 2), { headers: downloadHeaders('application/json; charset=utf-8', exportFileName(map.journey.name, 'json')) });
}
