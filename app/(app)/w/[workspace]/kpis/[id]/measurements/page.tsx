import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireWorkspace } from '@/lib/workspace';
import { can } from '@/lib/authz';
import { getMeasureBasics, getScorecardMeasureKeys, listMeasurementHistory, listMeasurements } from '@/db/queries/measurement-reads';
import { currentPeriod, formatPeriod } from '@/lib/periods';
import { toHistoryViews, toMeasurementViews } from '@/lib/measurements/view';
import { MeasurementsPanel } from '../_components/measurements-panel';
import { MeasurementHistory } from '../_components/history';
import { SurveyUploadButton } from '../_components/survey-upload-button';
import { ImportMeasurementsDialog } from '../_components/import-measurements-dialog';

export const metadata = { title: 'Measurements' };

const HINT = { weekly: '2026-W07', monthly: '2026-02', quarterly: '2026-Q1' } as const;

/** A measure's values and their history, with entry, CSV import and survey upload for editors. */
export default async function MeasurementsPage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  const ctx = await requireWorkspace(slug);
  if (!z.uuid().safeParse(id).success) notFound();
  const measure = await getMeasureBasics(ctx.workspace.id, id);
  if (!measure) notFound();
  const [rows, history, scorecard] = await Promise.all([
    listMeasurements(ctx.workspace.id, id),
    listMeasurementHistory(ctx.workspace.id, id, { limit: 50 }),
    getScorecardMeasureKeys(ctx.workspace.id, measure.scorecardId),
  ]);
  const { locale, timeZone, currency } = ctx.workspace;
  const now = formatPeriod(currentPeriod(measure.frequency, new Date(), timeZone), measure.frequency);
  const canEdit = can(ctx.role, 'content.write');
  const base = `/w/${ctx.workspace.slug}`;
  const templateRows = (scorecard?.measures ?? []).map((m) => ({ name: m.name, period: formatPeriod(currentPeriod(m.frequency, new Date(), timeZone), m.frequency) }));
  return (
    <div className="max-w-5xl space-y-6">
      <Link href={`${base}/kpis/${measure.id}`} className="text-sm text-brand-700 hover:underline">
        ← {measure.name}
      </Link>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="break-words text-2xl font-semibold tracking-tight">{measure.name}: values</h1>
        {canEdit && <ImportMeasurementsDialog workspace={ctx.workspace.slug} scorecardId={measure.scorecardId} templateRows={templateRows} />}
      </div>
      <MeasurementsPanel
        workspace={ctx.workspace.slug}
        measure={measure}
        measurements={toMeasurementViews(rows, measure.frequency)}
        currentPeriod={now}
        canEdit={canEdit}
        locale={locale}
        currency={currency}
        actions={<SurveyUploadButton workspace={ctx.workspace.slug} measureId={measure.id} surveyKind={measure.surveyKind} defaultPeriod={now} periodHint={HINT[measure.frequency]} />}
      />
      <MeasurementHistory items={toHistoryViews(history.data, measure.frequency)} decimals={measure.decimals} locale={locale} timeZone={timeZone} more={history.nextCursor !== null} />
    </div>
  );
}
