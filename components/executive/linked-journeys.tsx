import { channelLabels, emotionLabels } from '@/lib/journeys/templates';
import type { LinkedJourney } from '@/db/queries/share-journeys';

/** The journeys aligned to the scorecard, read-only: stages in order, each touchpoint with its channel and emotion in words. */
export function LinkedJourneys({ journeys }: { journeys: LinkedJourney[] }) {
  return (
    <section aria-labelledby="ex-journeys" className="space-y-4">
      <h2 id="ex-journeys" className="text-xl font-semibold">
        Linked journeys
      </h2>
      {journeys.length === 0 && <p className="text-sm text-muted">No journey has a stage aligned to this scorecard’s objectives or measures.</p>}
      {journeys.map((j, i) => (
        <article key={i} aria-labelledby={`ex-j${i}`} className="space-y-3 rounded-lg border border-line bg-surface p-3 sm:p-4">
          <h3 id={`ex-j${i}`} className="break-words font-semibold">
            {j.name}
          </h3>
          {j.description && <p className="text-sm text-muted">{j.description}</p>}
          {j.stages.length === 0 ? (
            <p className="text-sm text-muted">No stages.</p>
          ) : (
            <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {j.stages.map((s, k) => (
                <li key={k} className="rounded-md border border-line p-2">
                  <p className="text-sm font-medium">
                    {k + 1}. {s.name}
                  </p>
                  {s.touchpoints.length === 0 ? (
                    <p className="text-xs text-muted">No touchpoints.</p>
                  ) : (
                    <ul className="mt-1 space-y-1 text-sm">
                      {s.touchpoints.map((t, n) => (
                        <li key={n} className="break-words">
                          {t.name}{' '}
                          <span className="text-xs text-muted">
                            ({channelLabels[t.channel as keyof typeof channelLabels] ?? t.channel}; {t.emotion === null ? 'emotion not rated' : `emotion: ${emotionLabels[String(t.emotion)]}`}
                            {t.isMomentOfTruth ? '; moment of truth' : ''})
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )}
        </article>
      ))}
    </section>
  );
}
