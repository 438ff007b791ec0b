import { notFound } from 'next/navigation';
import { can } from '@/lib/authz';
import { requireWorkspace } from '@/lib/workspace';
import { getMeasure, listMeasureSeries } from '@/db/queries/measures';
import { getScorecardOptions } from '@/db/queries/scorecard-options';
import { EditMeasureButton, NewMeasureButton } from '../_components/measure-dialog';
import { DeleteMeasureButton } from '../_components/delete-measure-button';
import { MeasureHeader } from './_components/measure-header';
import { MeasureDetails } from './_components/measure-details';
import { MeasureChartCard } from './_components/measure-chart-card';
import { chartRows, scoreOf } from './_components/measure-series';

export const metadata = { title: 'Measure' };

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function MeasurePage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  const ws = await requireWorkspace(slug, 'content.read');
  if (!UUID_RE.test(id)) notFound();
  const canEdit = can(ws.role, 'content.write');
  const [measure, series, options] = await Promise.all([
    getMeasure(ws.workspace.id, id),
    listMeasureSeries(ws.workspace.id, id),
    canEdit ? getScorecardOptions(ws.workspace.id) : Promise.resolve(null),
  ]);
  if (!measure) notFound();
  const style = { locale: ws.workspace.locale, currency: ws.workspace.currency };
  const { score, current, targetNow } = scoreOf(measure, series, ws.workspace.timeZone);
  const rows = chartRows(measure, series, current);
  const s = ws.workspace.slug;
  return (
    <div className="min-w-0 space-y-6">
      <MeasureHeader
        slug={s}
        measure={measure}
        score={score}
        targetNow={targetNow}
        style={style}
        actions={
          options ? (
            <>
              <EditMeasureButton workspace={s} measure={measure} members={options.members} stages={options.stages} />
              <NewMeasureButton
                workspace={s}
                scorecardId={measure.scorecard.id}
                objectiveId={measure.objective.id}
                objectiveName={measure.objective.name}
                members={options.members}
                stages={options.stages}
                openAfterCreate
              />
              <DeleteMeasureButton workspace={s} measureId={measure.id} name={measure.name} afterPath={`/w/${s}/scorecards/${measure.scorecard.id}`} />
            </>
          ) : undefined
        }
      />
      <div className="grid min-w-0 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <MeasureChartCard measure={measure} rows={rows} style={style} />
        <MeasureDetails slug={s} measure={measure} style={style} />
      </div>
      {/* MERGE POINT (lead): the import helper's measurements table (entry, edit, delete, CSV/survey import) and
          its history go here, from ./_components/measurements-*.tsx and ./_components/history.tsx. */}
    </div>
  );
}
