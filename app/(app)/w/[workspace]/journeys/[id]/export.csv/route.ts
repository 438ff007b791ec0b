import { downloadHeaders, loadExport } from '@/lib/journeys/export-route';
import { exportFileName, journeyToCsv } from '@/lib/journeys/export';

/** Members (content.read): the journey's touchpoints as RFC 4180 CSV with a UTF-8 BOM for spreadsheets. */
export async function GET(req: Request, { params }: { params: Promise<{ workspace: string; id: string }> }) {
  const map = await loadExport(req, params);
  if (map instanceof Response) return map;
  return new Response('\uFEFF' + journeyToCsv(map), { headers: downloadHeaders('text/csv; charset=utf-8; header=present', exportFileName(map.journey.name, 'csv')) });
}
