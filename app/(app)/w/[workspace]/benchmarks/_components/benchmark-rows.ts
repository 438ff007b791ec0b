// The Benchmarks page's rows: one per (measure, benchmark) across every scorecard, plus one per measure without a
// benchmark, from the scored read model and the workspace's benchmarks; formatted on the server. Pure.
import { benchmarkName, gapText } from '@/lib/benchmarks/format';
import type { GapPosition } from '@/lib/benchmarks/gap';
import { formatPeriod } from '@/lib/periods';
import { formatMeasureValue, type NumberStyle } from '@/lib/scorecards/format';
import type { MeasureView, PerspectiveKind, ScorecardView } from '@/lib/scorecards/view-types';
import type { BenchmarkListItem } from '@/db/queries/benchmark-list';

export type BenchmarkKind = BenchmarkListItem['kind'];

export type BenchmarkPageRow = {
  /** The benchmark's id, or "measure:<id>" for a measure without benchmarks. */
  key: string;
  measureId: string;
  measure: string;
  scorecardId: string;
  scorecard: string;
  perspectiveKind: PerspectiveKind;
  perspective: string;
  stage: string | null;
  journey: string | null;
  /** Null on a measure's "No benchmark yet" row. */
  kind: BenchmarkKind | null;
  /** "Industry average", "Competitor: Acme"…; null without a benchmark. */
  benchmark: string | null;
  benchmarkValue: string | null;
  /** "Jan 1, 2026 · 2025": the as-of date and the period label. */
  asOf: string | null;
  reference: boolean;
  latest: string | null;
  latestPeriod: string | null;
  gap: string | null;
  relative: string | null;
  relativeValue: number | null;
  position: GapPosition | null;
  /** Ahead / On par / Behind, "No range to compare", or null (no benchmark or no value yet). */
  positionLabel: string | null;
};

type Context = { scorecard: ScorecardView; perspectiveKind: PerspectiveKind; perspective: string };

function measureRows(m: MeasureView, c: Context, benchmarks: BenchmarkListItem[], style: NumberStyle, date: Intl.DateTimeFormat): BenchmarkPageRow[] {
  const latest = m.score.latest;
  const band = m.score.target !== null && typeof m.score.target === 'object' ? m.score.target : null;
  const base = {
    measureId: m.id,
    measure: m.name,
    scorecardId: c.scorecard.id,
    scorecard: c.scorecard.name,
    perspectiveKind: c.perspectiveKind,
    perspective: c.perspective,
    stage: m.stage?.name ?? null,
    journey: m.stage?.journeyName ?? null,
    latest: latest ? formatMeasureValue(latest.value, m, style) : null,
    latestPeriod: latest ? formatPeriod(latest.period, m.frequency) : null,
  };
  if (benchmarks.length === 0) {
    const none = { kind: null, benchmark: null, benchmarkValue: null, asOf: null, reference: false };
    return [{ key: `measure:${m.id}`, ...base, ...none, gap: null, relative: null, relativeValue: null, position: null, positionLabel: null }];
  }
  return benchmarks.map((b) => {
    const g = gapText(latest?.value ?? null, b.value, m, band, style);
    const asOf = date.format(new Date(`${b.asOf}T00:00:00Z`));
    return {
      key: b.id,
      ...base,
      kind: b.kind,
      benchmark: benchmarkName(b),
      benchmarkValue: formatMeasureValue(b.value, m, style),
      asOf: b.periodLabel ? `${asOf} · ${b.periodLabel}` : asOf,
      reference: m.reference?.id === b.id,
      gap: g?.gap ?? null,
      relative: g?.relative ?? null,
      relativeValue: g?.relativeValue ?? null,
      position: g?.position ?? null,
      positionLabel: g?.positionLabel ?? null,
    };
  });
}

/** "Largest gap": |relative gap| descending; rows without a relative gap last; ties keep their order. */
export function byLargestGap(a: Pick<BenchmarkPageRow, 'relativeValue'>, b: Pick<BenchmarkPageRow, 'relativeValue'>) {
  if (a.relativeValue === null || b.relativeValue === null) return (a.relativeValue === null ? 1 : 0) - (b.relativeValue === null ? 1 : 0);
  return Math.abs(b.relativeValue) - Math.abs(a.relativeValue);
}

/** Every (measure, benchmark) pair and every measure without a benchmark, largest relative gap first. */
export function benchmarkPageRows(views: readonly ScorecardView[], benchmarks: readonly BenchmarkListItem[], style: NumberStyle): BenchmarkPageRow[] {
  const byMeasure = new Map<string, BenchmarkListItem[]>();
  for (const b of benchmarks) byMeasure.set(b.measureId, [...(byMeasure.get(b.measureId) ?? []), b]);
  const date = new Intl.DateTimeFormat(style.locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const rows = views.flatMap((scorecard) =>
    scorecard.perspectives.flatMap((p) =>
      p.objectives.flatMap((o) =>
        o.measures.flatMap((m) => measureRows(m, { scorecard, perspectiveKind: p.kind, perspective: p.label }, byMeasure.get(m.id) ?? [], style, date)),
      ),
    ),
  );
  return rows.sort(byLargestGap);
}

/** The measure of these views with this id, or null (for the chart below the table). */
export function findMeasure(views: readonly ScorecardView[], id: string): MeasureView | null {
  for (const card of views) for (const p of card.perspectives) for (const o of p.objectives) for (const m of o.measures) if (m.id === id) return m;
  return null;
}
