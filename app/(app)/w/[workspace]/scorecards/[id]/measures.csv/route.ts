import { csvDownload, gateDownload } from '@/lib/download';
import { getScorecardView } from '@/db/queries/scorecard-view';
import { measuresToCsv } from '@/lib/scorecards/export-csv';
import { exportFileName } from '@/lib/journeys/export';

/** Members (content.read): the scorecard's measures with their latest values, statuses and gaps as RFC 4180 CSV. */
export async function GET(req: Request, { params }: { params: Promise<{ workspace: string; id: string }> }) {
  const view = await gateDownload(req, params, (ws, id, ctx) => getScorecardView(ws, id, { timeZone: ctx.workspace.timeZone }));
  if (view instanceof Response) return view;
  return csvDownload(measuresToCsv(view), exportFileName(`${view.name} measures`, 'csv'));
}
