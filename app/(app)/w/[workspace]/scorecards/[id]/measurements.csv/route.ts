import { csvDownload, gateDownload } from '@/lib/download';
import { listScorecardMeasurements } from '@/db/queries/measurement-reads';
import { measurementsToCsv } from '@/lib/scorecards/export-csv';
import { exportFileName } from '@/lib/journeys/export';

/** Members (content.read): every measurement of the scorecard as RFC 4180 CSV, in the measurement import's columns. */
export async function GET(req: Request, { params }: { params: Promise<{ workspace: string; id: string }> }) {
  const found = await gateDownload(req, params, (ws, id) => listScorecardMeasurements(ws, id));
  if (found instanceof Response) return found;
  return csvDownload(measurementsToCsv(found.rows), exportFileName(`${found.scorecard.name} measurements`, 'csv'));
}
