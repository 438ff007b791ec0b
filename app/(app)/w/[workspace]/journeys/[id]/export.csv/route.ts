import { csvDownload, gateDownload } from '@/lib/download';
import { getJourneyMap } from '@/db/queries/journey-map';
import { exportFileName, journeyToCsv } from '@/lib/journeys/export';

/** Members (content.read): the journey's touchpoints as RFC 4180 CSV with a UTF-8 BOM for spreadsheets. */
export async function GET(req: Request, { params }: { params: Promise<{ workspace: string; id: string }> }) {
  const map = await gateDownload(req, params, (ws, id) => getJourneyMap(ws, id));
  if (map instanceof Response) return map;
  return csvDownload(journeyToCsv(map), exportFileName(map.journey.name, 'csv'));
}
