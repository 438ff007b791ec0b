import { StatusBadge } from '@/components/scorecard/status-badge';
import { formatScore } from '@/lib/scorecards/format';
import type { PerspectiveView, ScorecardView } from '@/lib/scorecards/view-types';
import { AddObjectiveButton } from './objective-controls';
import { ObjectiveCard } from './objective-card';
import type { ScorecardContext } from './types';

/** One perspective: label, weight, score and status in words, then its objectives (editors add, edit, reorder). */
export function PerspectiveSection({ ctx, perspective: p, links, names }: { ctx: ScorecardContext; perspective: PerspectiveView; links: ScorecardView['links']; names: Map<string, string> }) {
  const order = { id: p.id, version: p.version, objectiveIds: p.objectives.map((o) => o.id) };
  return (
    <section aria-labelledby={`perspective-${p.id}`} className="rounded-xl border border-line bg-canvas/60 p-3 sm:p-4">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <h2 id={`perspective-${p.id}`} className="min-w-0 break-words text-lg font-semibold">
          {p.label}
        </h2>
        <span className="text-xs text-muted">Weight {p.weight}</span>
        <span className="text-sm font-semibold tabular-nums">{formatScore(p.score, { locale: ctx.locale })}</span>
        <StatusBadge status={p.status} />
        {ctx.canEdit && (
          <span className="ml-auto">
            <AddObjectiveButton perspective={{ id: p.id, label: p.label }} />
          </span>
        )}
      </div>
      {p.objectives.length ? (
        <ul className="mt-3 space-y-3">
          {p.objectives.map((o) => (
            <ObjectiveCard key={o.id} ctx={ctx} objective={o} links={links} names={names} order={order} />
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-muted">
          {ctx.canEdit ? 'No objectives yet: add what this perspective should achieve.' : 'No objectives in this perspective yet.'}
        </p>
      )}
    </section>
  );
}
