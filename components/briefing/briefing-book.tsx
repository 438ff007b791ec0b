import { StatusBadge } from '@/components/scorecard/status-badge';
import { formatScore, statusLabels, type NumberStyle } from '@/lib/scorecards/format';
import type { ScorecardView } from '@/lib/scorecards/view-types';
import type { Status } from '@/lib/scoring';
import { MeasureBrief } from './measure-brief';

type Props = { scorecard: ScorecardView; workspaceName: string; style: NumberStyle; asOf: string };

const STATUSES: Status[] = ['green', 'amber', 'red', 'grey'];

/**
 * The briefing book of a scorecard, made to print: a cover, an overview (perspectives and the count of measures
 * by status), then one section per perspective (each on a new page) with its objectives and every measure with
 * its chart. Server-rendered, no controls.
 */
export function BriefingBook({ scorecard: s, workspaceName, style, asOf }: Props) {
  const measures = s.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.measures));
  const initiatives = s.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.initiatives));
  const attention = initiatives.filter((i) => i.overdue || i.status === 'at_risk');
  return (
    <div className="space-y-8">
      <section aria-labelledby="bb-cover" className="flex flex-col justify-center gap-3 py-4 print:min-h-[85vh]">
        <p className="text-sm uppercase tracking-wide text-muted">{workspaceName} · Briefing book</p>
        <h1 id="bb-cover" className="text-3xl font-semibold tracking-tight">
          {s.name}
        </h1>
        {s.description && <p className="max-w-prose text-muted">{s.description}</p>}
        <p className="flex flex-wrap items-center gap-2 text-lg">
          Score <strong className="tabular-nums">{formatScore(s.score, style)}</strong> <StatusBadge status={s.status} />
        </p>
        <p className="text-sm text-muted">As of {asOf}</p>
      </section>

      <section aria-labelledby="bb-overview" className="break-before-page space-y-4">
        <h2 id="bb-overview" className="text-xl font-semibold">
          Overview
        </h2>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Perspectives with their scores</caption>
          <thead>
            <tr className="border-b border-line text-xs text-muted">
              <th className="py-1 font-medium">Perspective</th>
              <th className="py-1 font-medium">Score</th>
              <th className="py-1 font-medium">Status</th>
              <th className="py-1 font-medium">Objectives</th>
            </tr>
          </thead>
          <tbody>
            {s.perspectives.map((p) => (
              <tr key={p.id} className="border-b border-line">
                <td className="py-1.5">{p.label}</td>
                <td className="py-1.5 tabular-nums">{formatScore(p.score, style)}</td>
                <td className="py-1.5">{statusLabels[p.status]}</td>
                <td className="py-1.5 tabular-nums">{p.objectives.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm">
          {measures.length} {measures.length === 1 ? 'measure' : 'measures'}:{' '}
          {STATUSES.map((st) => `${measures.filter((m) => m.score.status === st).length} ${statusLabels[st].toLowerCase()}`).join(', ')}.
        </p>
        {attention.length > 0 && (
          <div>
            <h3 className="font-semibold">Initiatives needing attention</h3>
            <ul className="list-disc pl-5 text-sm">
              {attention.map((i) => (
                <li key={i.id}>
                  {i.name} — {i.overdue ? `overdue since ${i.dueDate}` : 'at risk'}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {s.perspectives.map((p) => (
        <section key={p.id} aria-labelledby={`bb-${p.id}`} className="break-before-page space-y-4">
          <h2 id={`bb-${p.id}`} className="flex flex-wrap items-center gap-2 text-xl font-semibold">
            {p.label} <span className="text-base font-normal tabular-nums">{formatScore(p.score, style)}</span> <StatusBadge status={p.status} />
          </h2>
          {p.objectives.length === 0 && <p className="text-sm text-muted">No objectives in this perspective.</p>}
          {p.objectives.map((o) => (
            <div key={o.id} className="space-y-3">
              <h3 className="flex flex-wrap items-center gap-2 font-semibold">
                {o.name} <span className="text-sm font-normal tabular-nums">{formatScore(o.score, style)}</span> <StatusBadge status={o.status} />
              </h3>
              {o.measures.length === 0 ? (
                <p className="text-sm text-muted">No measures for this objective.</p>
              ) : (
                o.measures.map((m) => <MeasureBrief key={m.id} m={m} style={style} />)
              )}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
