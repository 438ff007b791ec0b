import { SeriesChartLegend } from '@/components/charts/series-chart-svg';
import { StatusBadge } from '@/components/scorecard/status-badge';
import { formatPeriod } from '@/lib/periods';
import { formatScore, type NumberStyle } from '@/lib/scorecards/format';
import type { MeasureView, ScorecardView } from '@/lib/scorecards/view-types';
import type { LinkedJourney } from '@/db/queries/share-journeys';
import { ExecutiveStrategyMap } from './executive-strategy-map';
import { LinkedJourneys } from './linked-journeys';
import { MeasureLine } from './measure-line';

type Props = {
  scorecard: ScorecardView;
  workspaceName: string;
  style: NumberStyle;
  /** Show the strategy map section. */
  strategyMap: boolean;
  /** The linked journeys to show, or null to leave the section out. */
  journeys: LinkedJourney[] | null;
};

const initiativeLabels = { planned: 'Planned', on_track: 'On track', at_risk: 'At risk', done: 'Done' } as const;

/** The latest measured period over all measures, in words ("March 2026"), or null when nothing is measured yet. */
function latestPeriod(measures: MeasureView[]) {
  let best: MeasureView | null = null;
  for (const m of measures) if (m.score.latest && (!best || m.score.latest.period > best.score.latest!.period)) best = m;
  return best ? formatPeriod(best.score.latest!.period, best.frequency) : null;
}

/**
 * The read-only executive view of one scorecard, shared by /share/[token] and the in-app executive page: score and
 * status in words, each perspective and objective, every measure with its chart and benchmark gap, optionally the
 * strategy map and the linked journeys. Server-rendered; no links, no controls, no ids (element ids are indexes).
 */
export function ExecutiveScorecard({ scorecard: s, workspaceName, style, strategyMap, journeys }: Props) {
  const measures = s.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.measures));
  const asOf = latestPeriod(measures);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-muted">{workspaceName} · Balanced Scorecard</p>
        <h1 className="break-words text-2xl font-semibold tracking-tight sm:text-3xl">{s.name}</h1>
        {s.description && <p className="max-w-prose text-muted">{s.description}</p>}
        <p className="flex flex-wrap items-center gap-2 text-lg">
          Score <strong className="tabular-nums">{formatScore(s.score, style)}</strong> <StatusBadge status={s.status} />
        </p>
        <p className="text-sm text-muted">{asOf ? `Live data as of ${asOf}, the latest measured period.` : 'No measurements yet.'}</p>
        <SeriesChartLegend benchmark />
      </header>

      <section aria-labelledby="ex-overview" className="space-y-2">
        <h2 id="ex-overview" className="text-xl font-semibold">
          Perspectives
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {s.perspectives.map((p, i) => (
            <li key={i} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-line px-3 py-2">
              <span className="font-medium">{p.label}</span>
              <span className="flex items-center gap-2">
                <span className="tabular-nums">{formatScore(p.score, style)}</span> <StatusBadge status={p.status} />
              </span>
            </li>
          ))}
        </ul>
      </section>

      {s.perspectives.map((p, i) => (
        <section key={i} aria-labelledby={`ex-p${i}`} className="space-y-4">
          <h2 id={`ex-p${i}`} className="flex flex-wrap items-center gap-2 text-xl font-semibold">
            {p.label} <span className="text-base font-normal tabular-nums">{formatScore(p.score, style)}</span> <StatusBadge status={p.status} />
          </h2>
          {p.objectives.length === 0 && <p className="text-sm text-muted">No objectives in this perspective.</p>}
          {p.objectives.map((o, j) => (
            <div key={j} className="space-y-3 rounded-lg border border-line bg-surface p-3 sm:p-4">
              <h3 className="flex flex-wrap items-center gap-2 font-semibold">
                <span className="break-words">{o.name}</span> <span className="text-sm font-normal tabular-nums">{formatScore(o.score, style)}</span>{' '}
                <StatusBadge status={o.status} />
              </h3>
              {o.owner && <p className="text-sm text-muted">Owner: {o.owner.name}</p>}
              {o.measures.length === 0 ? (
                <p className="text-sm text-muted">No measures for this objective.</p>
              ) : (
                <ul aria-label={`Measures of ${o.name}`}>
                  {o.measures.map((m, k) => (
                    <MeasureLine key={k} m={m} style={style} />
                  ))}
                </ul>
              )}
              {o.initiatives.length > 0 && (
                <div>
                  <h4 className="text-sm font-semibold">Initiatives</h4>
                  <ul className="list-disc pl-5 text-sm">
                    {o.initiatives.map((n, k) => (
                      <li key={k}>
                        {n.name} — {initiativeLabels[n.status]}, {n.progress} % done{n.overdue ? `, overdue since ${n.dueDate}` : ''}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          ))}
        </section>
      ))}

      {strategyMap && <ExecutiveStrategyMap scorecard={s} locale={style.locale} />}
      {journeys && <LinkedJourneys journeys={journeys} />}
    </div>
  );
}
