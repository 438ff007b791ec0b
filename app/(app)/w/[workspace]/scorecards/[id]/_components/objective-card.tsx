import Link from 'next/link';
import { StatusBadge } from '@/components/scorecard/status-badge';
import { formatScore } from '@/lib/scorecards/format';
import type { ObjectiveView, ScorecardView } from '@/lib/scorecards/view-types';
import { AddMeasureButton } from './scorecard-context';
import { InitiativeList } from './initiative-list';
import { LinksEditor } from './links-editor';
import { measureRowData } from './measure-row-data';
import { MeasureRows } from './measure-rows';
import { ObjectiveMenu } from './objective-controls';
import type { ScorecardContext } from './types';

type Props = {
  ctx: ScorecardContext;
  objective: ObjectiveView;
  links: ScorecardView['links'];
  names: Map<string, string>;
  order: { id: string; version: number; objectiveIds: string[] };
};

/** One objective: name, owner, weight, aligned stage, score and status in words, its links, measures and initiatives. */
export function ObjectiveCard({ ctx, objective: o, links, names, order }: Props) {
  const drives = links.filter((l) => l.causeId === o.id).map((l) => ({ linkId: l.id, effectId: l.effectId, name: names.get(l.effectId) ?? '?' }));
  const drivenBy = links.filter((l) => l.effectId === o.id).map((l) => names.get(l.causeId) ?? '?');
  const style = { locale: ctx.locale, currency: ctx.currency };
  return (
    <li className="rounded-lg border border-line bg-surface p-4" aria-labelledby={`objective-${o.id}`}>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1">
          <h3 id={`objective-${o.id}`} className="break-words font-semibold">
            {o.name}
          </h3>
          {o.description && <p className="mt-0.5 text-sm text-muted">{o.description}</p>}
          <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted">
            <span>Owner: {o.owner ? o.owner.name : 'none'}</span>
            <span>Weight {o.weight}</span>
            {o.stage && (
              <span>
                Stage:{' '}
                <Link href={`/w/${ctx.slug}/journeys/${o.stage.journeyId}`} className="text-brand-700 hover:underline">
                  {o.stage.journeyName} › {o.stage.name}
                </Link>
              </span>
            )}
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          <span className="text-sm font-semibold tabular-nums">{formatScore(o.score, style)}</span>
          <StatusBadge status={o.status} />
          {ctx.canEdit && (
            <ObjectiveMenu
              order={order}
              objective={{ id: o.id, name: o.name, description: o.description, ownerId: o.owner?.id ?? null, weight: o.weight, stageId: o.stage?.id ?? null, perspectiveId: o.perspectiveId, version: o.version }}
            />
          )}
        </div>
      </div>
      <div className="mt-2">
        <LinksEditor objective={{ id: o.id, name: o.name }} drives={drives} drivenBy={drivenBy} />
      </div>
      <section className="mt-3" aria-label={`Measures of ${o.name}`}>
        <div className="flex items-center justify-between gap-2">
          <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">Measures</h4>
          {ctx.canEdit && (
            <AddMeasureButton objective={{ id: o.id, name: o.name }} />
          )}
        </div>
        <MeasureRows slug={ctx.slug} rows={o.measures.map((m) => measureRowData(m, style))} locale={ctx.locale} />
      </section>
      <InitiativeList objective={{ id: o.id, name: o.name }} initiatives={o.initiatives} />
    </li>
  );
}
