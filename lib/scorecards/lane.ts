// The journey map's KPI lane: aligned objectives and measures as plain, serialisable items with their words
// already formatted on the server (the map is a client component).
import type { StageKpis } from '@/db/queries/stage-kpis';
import type { Status, Trend } from '@/lib/scoring';
import { formatMeasureValue, formatScore, formatTarget, type NumberStyle } from './format';
import { formatPeriod } from '@/lib/periods';
import { referenceGap } from '@/lib/benchmarks/format';

export type StageKpiItem = {
  kind: 'objective' | 'measure';
  id: string;
  name: string;
  href: string;
  status: Status;
  /** "12.5 % (2026-W47) · target 15 %" or "Score 75 %". */
  detail: string;
  /** "Company scorecard · Customer". */
  context: string;
  trend: Trend | null;
  /** Measures with a reference benchmark: "vs Industry average +1.0 (+25.0 %) · Behind". */
  referenceGap?: string;
};

/** Lane items per stage id: objectives first (by perspective), then measures. */
export function toLaneItems(byStage: Map<string, StageKpis>, slug: string, style: NumberStyle): Record<string, StageKpiItem[]> {
  const out: Record<string, StageKpiItem[]> = {};
  for (const [stageId, { objectives, measures }] of byStage) {
    out[stageId] = [
      ...objectives.map((o): StageKpiItem => ({
        kind: 'objective',
        id: o.id,
        name: o.name,
        href: `/w/${slug}/scorecards/${o.scorecardId}#objective-${o.id}`,
        status: o.status,
        detail: `Objective score ${formatScore(o.score, style)}`,
        context: `${o.scorecardName} · ${o.perspectiveLabel}`,
        trend: null,
      })),
      ...measures.map(({ measure: m, scorecardName }): StageKpiItem => {
        const latest = m.score.latest;
        const value = latest ? `${formatMeasureValue(latest.value, m, style)} (${formatPeriod(latest.period, m.frequency)})` : 'No value yet';
        return {
          kind: 'measure',
          id: m.id,
          name: m.name,
          href: `/w/${slug}/kpis/${m.id}`,
          status: m.score.status,
          detail: m.score.target === null ? value : `${value} · target ${formatTarget(m.score.target, m, style)}`,
          context: scorecardName,
          trend: m.score.trend,
          ...(m.reference ? { referenceGap: referenceGap(m, style)!.text } : {}),
        };
      }),
    ];
  }
  return out;
}
