import Link from 'next/link';
import { SpriteIcon } from '@/components/icon-sprite';
import { StatusBadge } from '@/components/scorecard/status-badge';
import { TrendIndicator } from '@/components/scorecard/trend-indicator';
import type { StageKpiItem } from '@/lib/scorecards/lane';
import { Badge } from '@/components/ui/badge';
import { stageEmotionMean, formatEmotion } from '@/lib/journeys/emotion';
import type { TouchpointView } from '@/lib/journeys/types';
import { EmotionTag } from './icons';

// The read-only lanes of one stage column (actions, emotion, pain points, opportunities, moments of truth, KPIs).

const none = (text: string) => <p className="text-xs text-muted">{text}</p>;

export function ActionsCell({ tps }: { tps: TouchpointView[] }) {
  const rows = tps.filter((t) => t.customerActions.trim());
  if (!rows.length) return none('No customer actions recorded.');
  return (
    <ul className="space-y-1.5 text-sm">
      {rows.map((t) => (
        <li key={t.id}>
          <span className="font-medium">{t.name}:</span> {t.customerActions}
        </li>
      ))}
    </ul>
  );
}

/** The stage's mean emotion (of touchpoints that have one), or a gap. Uses every touchpoint, filtered or not. */
export function EmotionCell({ all }: { all: TouchpointView[] }) {
  const { mean, count } = stageEmotionMean(all);
  if (mean === null) return none('No emotion recorded (a gap in the curve).');
  return <EmotionTag value={mean} suffix={`mean ${formatEmotion(mean)} · ${count} ${count === 1 ? 'touchpoint' : 'touchpoints'}`} />;
}

export function ItemsCell({ tps, kind }: { tps: TouchpointView[]; kind: 'painPoints' | 'opportunities' }) {
  const items = tps.flatMap((t) => t[kind].map((i) => ({ ...i, tp: t.name })));
  if (!items.length) return none(kind === 'painPoints' ? 'No pain points recorded.' : 'No opportunities recorded.');
  return (
    <ul className="list-disc space-y-1 pl-4 text-sm">
      {items.map((i) => (
        <li key={i.id}>
          {i.text} <span className="text-xs text-muted">({i.tp})</span>
        </li>
      ))}
    </ul>
  );
}

export function MomentsCell({ tps }: { tps: TouchpointView[] }) {
  const moments = tps.filter((t) => t.isMomentOfTruth);
  if (!moments.length) return none('No moments of truth marked.');
  return (
    <ul className="space-y-2 text-sm">
      {moments.map((t) => (
        <li key={t.id} className="space-y-1">
          <p className="flex flex-wrap items-center gap-1.5 font-medium">
            <SpriteIcon name="moment" className="h-3.5 w-3.5 text-brand-600" />
            {t.name}
            <PolarityBadge polarity={t.momentPolarity} />
          </p>
          {t.proactiveStrategy && <p className="text-xs"><span className="text-muted">Proactive:</span> {t.proactiveStrategy}</p>}
          {t.reactiveStrategy && <p className="text-xs"><span className="text-muted">Reactive:</span> {t.reactiveStrategy}</p>}
        </li>
      ))}
    </ul>
  );
}

export function PolarityBadge({ polarity }: { polarity: TouchpointView['momentPolarity'] }) {
  if (polarity === 'positive')
    return (
      <Badge tone="success">
        <SpriteIcon name="up" className="h-3 w-3" /> Positive
      </Badge>
    );
  if (polarity === 'negative')
    return (
      <Badge tone="danger">
        <SpriteIcon name="down" className="h-3 w-3" /> Negative
      </Badge>
    );
  return <Badge>Polarity not set</Badge>;
}

/** Objectives and measures aligned to this stage, with their status in words and a link to each. */
export function KpisCell({ items }: { items: StageKpiItem[] }) {
  if (!items.length) return none('No objectives or measures aligned to this stage. Align one from a scorecard.');
  return (
    <ul className="space-y-2 text-sm">
      {items.map((k) => (
        <li key={k.id} className="rounded-md border border-line bg-surface p-2">
          <div className="flex flex-wrap items-center gap-1.5">
            <Link href={k.href} className="font-medium text-brand-700 hover:underline">
              {k.name}
            </Link>
            <StatusBadge status={k.status} />
          </div>
          <p className="mt-1 text-xs text-muted">
            {k.kind === 'objective' ? 'Objective' : 'Measure'} · {k.context}
          </p>
          <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-xs">
            {k.detail}
            {k.kind === 'measure' && <TrendIndicator trend={k.trend} />}
          </p>
          {k.referenceGap && (
            <p className="mt-0.5 text-xs text-muted" data-testid="reference-gap">
              {k.referenceGap}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
