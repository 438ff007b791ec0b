import { StatusBadge } from '@/components/scorecard/status-badge';
import { formatScore } from '@/lib/scorecards/format';
import type { ScorecardView } from '@/lib/scorecards/view-types';
import { StrategyMapSvg } from '@/app/(app)/w/[workspace]/scorecards/[id]/strategy-map/_components/strategy-map-svg';

/** The strategy map, read-only: the server-drawn SVG and the same content as a text list (objectives with status, cause → effect). */
export function ExecutiveStrategyMap({ scorecard: s, locale }: { scorecard: ScorecardView; locale: string }) {
  const objectives = s.perspectives.flatMap((p) => p.objectives);
  // The SVG keys its elements by id, and React sends keys to the browser: give it positions instead of row ids.
  const key = new Map(objectives.map((o, i) => [o.id, `o${i}`]));
  const names = new Map(objectives.map((o) => [o.id, o.name]));
  const status = new Map(objectives.map((o) => [key.get(o.id)!, { status: o.status, score: o.score }]));
  const links = s.links.map((l, i) => ({ id: `l${i}`, causeId: key.get(l.causeId)!, effectId: key.get(l.effectId)! }));
  return (
    <section aria-labelledby="ex-map" className="space-y-4">
      <h2 id="ex-map" className="text-xl font-semibold">
        Strategy map
      </h2>
      {objectives.length === 0 ? (
        <p className="text-sm text-muted">No objectives yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-line bg-surface" tabIndex={0} aria-label="Strategy map (scrolls sideways on small screens)">
          <StrategyMapSvg
            title={s.name}
            perspectives={s.perspectives.map((p, i) => ({ id: `p${i}`, kind: p.kind, label: p.label, objectives: p.objectives.map((o) => ({ id: key.get(o.id)!, name: o.name })) }))}
            links={links}
            status={status}
            locale={locale}
          />
        </div>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <div>
          <h3 className="font-semibold">Objectives and status</h3>
          {s.perspectives.map((p, i) => (
            <div key={i} className="mt-3">
              <h4 className="text-sm font-medium text-muted">{p.label}</h4>
              {p.objectives.length ? (
                <ul className="mt-1 space-y-1">
                  {p.objectives.map((o, j) => (
                    <li key={j} className="flex flex-wrap items-center gap-2 text-sm">
                      <span className="break-words">{o.name}</span> <StatusBadge status={o.status} />
                      <span className="text-xs tabular-nums text-muted">{formatScore(o.score, { locale })}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-1 text-sm text-muted">No objectives.</p>
              )}
            </div>
          ))}
        </div>
        <div>
          <h3 className="font-semibold">Cause → effect links</h3>
          {s.links.length ? (
            <ul className="mt-3 space-y-1 text-sm">
              {s.links.map((l, i) => (
                <li key={i} className="break-words">
                  {names.get(l.causeId)} drives {names.get(l.effectId)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3 text-sm text-muted">No links between objectives.</p>
          )}
        </div>
      </div>
    </section>
  );
}
