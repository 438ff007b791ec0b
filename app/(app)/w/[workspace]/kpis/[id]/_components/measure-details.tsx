import Link from 'next/link';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { directionLabels, formatMeasureValue, formatTarget, frequencyLabels, unitLabels, type NumberStyle } from '@/lib/scorecards/format';
import type { MeasureDetail } from '@/db/queries/measures';

const SURVEY = { nps: 'NPS from 0–10 answers', csat: 'CSAT from 1–5 answers', ces: 'CES from 1–7 answers' } as const;

/** Every field of the measure, in words, with its targets over time. */
export function MeasureDetails({ slug, measure: m, style }: { slug: string; measure: MeasureDetail; style: NumberStyle }) {
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr]">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="min-w-0 break-words text-sm">{value || <span className="text-muted">—</span>}</dd>
    </div>
  );
  const range = m.direction === 'range';
  return (
    <Card>
      <CardHeader title="Details" />
      <CardBody>
        <dl className="divide-y divide-line">
          {row('Unit', `${unitLabels[m.unit]}${m.unitLabel ? ` (${m.unitLabel})` : ''}`)}
          {row('Direction', directionLabels[m.direction])}
          {row('Frequency', frequencyLabels[m.frequency])}
          {range ? row('Tolerance', m.tolerance !== null ? formatMeasureValue(m.tolerance, m, style) : '') : row('Baseline', m.baseline !== null ? formatMeasureValue(m.baseline, m, style) : '')}
          {row(
            'Targets over time',
            <ul className="space-y-0.5">
              {m.targets.map((t) => (
                <li key={t.fromPeriod}>
                  From {t.from}: {formatTarget(range ? (t.lo !== null && t.hi !== null ? { lo: t.lo, hi: t.hi } : null) : t.target, m, style)}
                </li>
              ))}
            </ul>,
          )}
          {row('Amber from', `${Math.round(m.amberThreshold * 100)} % progress`)}
          {row('Weight in objective', String(m.weight))}
          {row('Owner', m.owner?.name ?? 'No owner')}
          {row('Data source', m.dataSource)}
          {row('Leading or lagging', m.indicator === 'leading' ? 'Leading' : 'Lagging')}
          {row(
            'Journey stage',
            m.stage ? (
              <Link className="text-brand-700 hover:underline" href={`/w/${slug}/journeys/${m.stage.journeyId}`}>
                {m.stage.journeyName} › {m.stage.name}
              </Link>
            ) : (
              'Not aligned'
            ),
          )}
          {row('Formula', m.formula)}
          {m.surveyKind && row('Survey', SURVEY[m.surveyKind])}
        </dl>
      </CardBody>
    </Card>
  );
}
