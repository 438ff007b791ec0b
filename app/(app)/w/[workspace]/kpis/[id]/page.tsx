import { notFound } from 'next/navigation';
import { can } from '@/lib/authz';
import { requireWorkspace } from '@/lib/workspace';
import { getMeasure } from '@/db/queries/measures';
import { getScorecardMeasureKeys, listMeasurementHistory, listMeasurements } from '@/db/queries/measurement-reads';
import { currentPeriod, formatPeriod } from '@/lib/periods';
import { toHistoryViews, toMeasurementViews } from '@/lib/measurements/view';
import { MeasurementsPanel } from './_components/measurements-panel';
import { MeasurementHistory } from './_components/history';
import { SurveyUploadButton } from './_components/survey-upload-button';
import { ImportMeasurementsDialog } from './_components/import-measurements-dialog';
import { getScorecardOptions } from '@/db/queries/scorecard-options';
import { EditMeasureButton, NewMeasureButton } from '../_components/measure-dialog';
import { DeleteMeasureButton } from '../_components/delete-measure-button';
import { MeasureHeader } from './_components/measure-header';
import { MeasureDetails } from './_components/measure-details';
import { MeasureChartCard } from '@/components/measures/measure-chart-card';
import { chartRows, scoreOf } from '@/lib/measurements/series';
import { BenchmarksCard } from './_components/benchmarks-card';
import { listBenchmarksOf } from '@/db/queries/benchmarks';
import { benchmarkName, gapText } from '@/lib/benchmarks/format';
import { ReferenceGap } from '@/components/benchmarks/reference-gap';
import { formatMeasureValue } from '@/lib/scorecards/format';

export const metadata = { title: 'Measure' };

const PERIOD_HINT = { weekly: '2026-W07', monthly: '2026-02', quarterly: '2026-Q1' } as const;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function MeasurePage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  const ws = await requireWorkspace(slug, 'content.read');
  if (!UUID_RE.test(id)) notFound();
  const canEdit = can(ws.role, 'content.write');
  const [measure, series, history, options, benchmarks] = await Promise.all([
    getMeasure(ws.workspace.id, id),
    listMeasurements(ws.workspace.id, id),
    listMeasurementHistory(ws.workspace.id, id, { limit: 50 }),
    canEdit ? getScorecardOptions(ws.workspace.id) : Promise.resolve(null),
    listBenchmarksOf(ws.workspace.id, id),
  ]);
  if (!measure) notFound();
  const { locale, timeZone } = ws.workspace;
  const now = formatPeriod(currentPeriod(measure.frequency, new Date(), timeZone), measure.frequency);
  // The CSV template offers one row per measure of the scorecard, for its current period.
  const keys = canEdit ? await getScorecardMeasureKeys(ws.workspace.id, measure.scorecardId) : null;
  const templateRows = (keys?.measures ?? []).map((m) => ({ name: m.name, period: formatPeriod(currentPeriod(m.frequency, new Date(), timeZone), m.frequency) }));
  const style = { locale: ws.workspace.locale, currency: ws.workspace.currency };
  const { score, current, targetNow } = scoreOf(measure, series, ws.workspace.timeZone);
  const rows = chartRows(measure, series, current);
  const band = score.target !== null && typeof score.target === 'object' ? score.target : null;
  const benchmarkRows = benchmarks.map((b) => ({ benchmark: b, value: formatMeasureValue(b.value, measure, style), gap: gapText(score.latest?.value ?? null, b.value, measure, band, style) }));
  const lines = benchmarks.map((b) => ({ label: benchmarkName(b), value: b.value, reference: b.id === measure.referenceBenchmarkId }));
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
      <ReferenceGap
        measure={{ ...measure, score, reference: benchmarks.find((b) => b.id === measure.referenceBenchmarkId) ?? null }}
        style={style}
        className="block text-sm text-muted"
      />
      <div className="grid min-w-0 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <MeasureChartCard measure={measure} rows={rows} style={style} benchmarks={lines} />
        <MeasureDetails slug={s} measure={measure} style={style} />
      </div>
      <BenchmarksCard workspace={s} measure={measure} rows={benchmarkRows} canEdit={canEdit} locale={locale} />
      <MeasurementsPanel
        workspace={s}
        measure={measure}
        measurements={toMeasurementViews(series, measure.frequency)}
        currentPeriod={now}
        canEdit={canEdit}
        locale={locale}
        currency={ws.workspace.currency}
        actions={
          canEdit ? (
            <>
              <SurveyUploadButton workspace={s} measureId={measure.id} surveyKind={measure.surveyKind} defaultPeriod={now} periodHint={PERIOD_HINT[measure.frequency]} />
              <ImportMeasurementsDialog workspace={s} scorecardId={measure.scorecardId} templateRows={templateRows} />
            </>
          ) : undefined
        }
      />
      <MeasurementHistory items={toHistoryViews(history.data, measure.frequency)} decimals={measure.decimals} locale={locale} timeZone={timeZone} more={history.nextCursor !== null} />
    </div>
  );
}
