// How a gap to a benchmark reads: the absolute gap with its sign and unit (percentage points for % measures),
// the relative gap as a signed percent ("—" when the benchmark is 0), and the position in words.
import { formatMeasureValue, formatNumber, type NumberStyle } from '@/lib/scorecards/format';
import { roundHalfAwayFromZero } from '@/lib/number-format';
import { benchmarkKindLabels } from '@/lib/validations/benchmarks';
import { gapOf, positionLabels, type GapDirection, type GapPosition } from './gap';

type MeasureLike = { unit: '%' | 'count' | 'currency' | 'duration' | 'score'; unitLabel: string; decimals: number; direction: 'higher' | 'lower' | 'range' };
type BandLike = { lo: number; hi: number } | null;

export type GapText = { gap: string; relative: string; position: GapPosition | null; positionLabel: string; relativeValue: number | null };

const sign = (x: number) => (x > 0 ? '+' : '');

/** The gap of `latest` to `benchmark` in words, or null without a latest value. */
export function gapText(latest: number | null, benchmark: number, m: MeasureLike, band: BandLike, style: NumberStyle): GapText | null {
  const direction: GapDirection = m.direction === 'range' ? { kind: 'range', band } : m.direction;
  const g = gapOf(latest, benchmark, { direction, decimals: m.decimals, unit: m.unit });
  if (!g) return null;
  const rounded = roundHalfAwayFromZero(g.gap, m.decimals);
  const abs = g.percentagePoints
    ? `${sign(rounded)}${formatNumber(g.gap, m.decimals, style)} pp`
    : `${sign(rounded)}${formatMeasureValue(g.gap, m, style)}`;
  const rel = g.relative === null ? null : roundHalfAwayFromZero(g.relative, 1);
  return {
    gap: abs,
    relative: rel === null ? '—' : `${sign(rel)}${formatNumber(g.relative!, 1, style)} %`,
    relativeValue: g.relative,
    position: g.position,
    positionLabel: g.position ? positionLabels[g.position] : 'No range to compare',
  };
}

/** "Industry average", "Competitor: Acme"… */
export const benchmarkName = (b: { kind: keyof typeof benchmarkKindLabels; competitorName: string }) =>
  b.kind === 'competitor' ? `Competitor: ${b.competitorName}` : benchmarkKindLabels[b.kind];

type WithReference = MeasureLike & {
  reference: { kind: keyof typeof benchmarkKindLabels; competitorName: string; value: number } | null;
  score: { latest: { value: number } | null; target: number | { lo: number; hi: number } | null };
};

/** The latest value's gap to the measure's reference benchmark, for one line of UI; null without a reference. */
export function referenceGap(m: WithReference, style: NumberStyle): { name: string; gap: GapText | null; text: string } | null {
  if (!m.reference) return null;
  const band = m.score.target !== null && typeof m.score.target === 'object' ? m.score.target : null;
  const gap = gapText(m.score.latest?.value ?? null, m.reference.value, m, band, style);
  const name = benchmarkName(m.reference);
  const text = gap ? `vs ${name} ${gap.gap}${gap.relative !== '—' ? ` (${gap.relative})` : ''} · ${gap.positionLabel}` : `vs ${name}: no value yet`;
  return { name, gap, text };
}
