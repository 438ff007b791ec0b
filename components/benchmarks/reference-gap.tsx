import { referenceGap } from '@/lib/benchmarks/format';
import type { NumberStyle } from '@/lib/scorecards/format';
import type { MeasureView } from '@/lib/scorecards/view-types';

const marks = { ahead: '▲', on_par: '=', behind: '▼' } as const;

/** "vs Industry average +1.0 (+25.0 %) · Behind": the latest value's gap to the measure's reference benchmark; nothing without a reference. */
export function ReferenceGap({ measure, style, className = 'text-xs text-muted' }: { measure: Pick<MeasureView, 'reference' | 'score' | 'unit' | 'unitLabel' | 'decimals' | 'direction'>; style: NumberStyle; className?: string }) {
  const r = referenceGap(measure, style);
  if (!r) return null;
  return (
    <span className={className} data-testid="reference-gap">
      {r.gap?.position && <span aria-hidden>{marks[r.gap.position]} </span>}
      {r.text}
    </span>
  );
}
