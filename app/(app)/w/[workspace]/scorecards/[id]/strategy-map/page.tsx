import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireWorkspace } from '@/lib/workspace';
import { cachedScorecardView } from '@/lib/scorecards/cached-view';
import { StatusBadge } from '@/components/scorecard/status-badge';
import { formatScore } from '@/lib/scorecards/format';
import { StrategyMapSvg } from './_components/strategy-map-svg';

export const metadata = { title: 'Strategy map' };

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function StrategyMapPage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  const ws = await requireWorkspace(slug, 'content.read');
  if (!UUID_RE.test(id)) notFound();
  const view = await cachedScorecardView(ws.workspace, id);
  if (!view) notFound();
  const locale = ws.workspace.locale;
  const objectives = view.perspectives.flatMap((p) => p.objectives);
  const names = new Map(objectives.map((o) => [o.id, o.name]));
  const status = new Map(objectives.map((o) => [o.id, { status: o.status, score: o.score }]));
  const base = `/w/${ws.workspace.slug}/scorecards/${view.id}`;
  return (
    <div>
      <div className="mb-6">
        <p className="text-sm text-muted">
          <Link href={base} className="hover:underline">
            {view.name}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Strategy map</h1>
        <p className="mt-1 text-sm text-muted">How the objectives drive each other, from Learning & Growth at the bottom to Financial at the top.</p>
      </div>
      {objectives.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line bg-surface px-6 py-10 text-center text-sm text-muted">
          No objectives yet. <Link href={base} className="text-brand-700 hover:underline">Add objectives on the scorecard</Link>, then link causes to effects.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-line bg-surface" tabIndex={0} aria-label="Strategy map (scrolls sideways on small screens)">
          <StrategyMapSvg
            title={view.name}
            perspectives={view.perspectives.map((p) => ({ id: p.id, kind: p.kind, label: p.label, objectives: p.objectives.map((o) => ({ id: o.id, name: o.name })) }))}
            links={view.links}
            status={status}
            locale={locale}
          />
        </div>
      )}
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="map-objectives">
          <h2 id="map-objectives" className="text-base font-semibold">
            Objectives and status
          </h2>
          {view.perspectives.map((p) => (
            <div key={p.id} className="mt-3">
              <h3 className="text-sm font-medium text-muted">{p.label}</h3>
              {p.objectives.length ? (
                <ul className="mt-1 space-y-1">
                  {p.objectives.map((o) => (
                    <li key={o.id} className="flex flex-wrap items-center gap-2 text-sm">
                      <span className="break-words">{o.name}</span>
                      <StatusBadge status={o.status} />
                      <span className="text-xs tabular-nums text-muted">{formatScore(o.score, { locale })}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-1 text-sm text-muted">No objectives.</p>
              )}
            </div>
          ))}
        </section>
        <section aria-labelledby="map-links">
          <h2 id="map-links" className="text-base font-semibold">
            Cause → effect links
          </h2>
          {view.links.length ? (
            <ul className="mt-3 space-y-1 text-sm">
              {view.links.map((l) => (
                <li key={l.id} className="break-words">
                  {names.get(l.causeId)} drives {names.get(l.effectId)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3 text-sm text-muted">No links yet. On the scorecard, use “Add link” on an objective to say what it drives.</p>
          )}
        </section>
      </div>
    </div>
  );
}
