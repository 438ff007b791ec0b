import Link from 'next/link';
import { ChevronRight } from 'lucide-react';
import { ProgressBar } from '@/components/scorecard/progress-bar';
import { StatusBadge } from '@/components/scorecard/status-badge';
import { TrendIndicator } from '@/components/scorecard/trend-indicator';
import { formatMeasureValue, formatScore, formatTarget, type NumberStyle } from '@/lib/scorecards/format';
import { formatPeriod } from '@/lib/periods';
import type { Band, ScoredMeasure } from '@/lib/scoring';
import type { MeasureDetail } from '@/db/queries/measures';

type Props = {
  slug: string;
  measure: MeasureDetail;
  score: ScoredMeasure;
  targetNow: number | Band | null;
  style: NumberStyle;
  actions?: React.ReactNode;
};

/** Breadcrumbs, name, and the scored state in words: status, latest value, target in force, progress and trend. */
export function MeasureHeader({ slug, measure: m, score, targetNow, style, actions }: Props) {
  const sc = `/w/${slug}/scorecards/${m.scorecard.id}`;
  const stat = (label: string, value: React.ReactNode) => (
    <div className="min-w-0">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="mt-0.5 text-sm font-medium">{value}</dd>
    </div>
  );
  return (
    <header className="space-y-4">
      <nav aria-label="Breadcrumb" className="flex flex-wrap items-center gap-1 text-sm text-muted">
        <Link href={`/w/${slug}/scorecards`} className="hover:underline">
          Scorecards
        </Link>
        <ChevronRight aria-hidden className="h-4 w-4" />
        <Link href={sc} className="hover:underline">
          {m.scorecard.name}
        </Link>
        <ChevronRight aria-hidden className="h-4 w-4" />
        <span>{m.objective.name}</span>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="break-words text-2xl font-semibold tracking-tight">{m.name}</h1>
          {m.description && <p className="mt-1 text-sm text-muted">{m.description}</p>}
        </div>
        {actions && <div className="flex min-w-0 flex-wrap gap-2">{actions}</div>}
      </div>
      <dl className="grid grid-cols-2 gap-4 rounded-lg border border-line bg-surface p-4 sm:grid-cols-5">
        {stat('Status', <StatusBadge status={score.status} />)}
        {stat('Latest value', score.latest ? `${formatMeasureValue(score.latest.value, m, style)} (${formatPeriod(score.latest.period, m.frequency)})` : 'No measurements yet')}
        {stat('Target now', formatTarget(targetNow, m, style))}
        {stat(
          'Progress',
          <span className="flex items-center gap-2">
            <ProgressBar value={score.progress} status={score.status} locale={style.locale} className="w-20" />
            <span>{formatScore(score.progress, style)}</span>
          </span>,
        )}
        {stat('Trend', <TrendIndicator trend={score.trend} />)}
      </dl>
    </header>
  );
}
