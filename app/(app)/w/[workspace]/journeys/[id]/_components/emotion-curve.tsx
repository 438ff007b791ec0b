import { describeStageEmotion, emotionCurve, formatEmotion } from '@/lib/journeys/emotion';
import type { StageView } from '@/lib/journeys/types';

const H = 100; // viewBox height; emotion +2 at the top, −2 at the bottom
const W = 100; // viewBox width of one stage column
const y = (e: number) => ((2 - e) / 4) * (H - 16) + 8;

/**
 * The emotion curve across the journey, drawn on the server: one point per touchpoint in journey
 * order, a dash for each stage mean, and a break in the line where a stage has no emotion. The
 * values are also a list for screen readers. Stage units line up with the map's columns.
 */
export function EmotionCurve({ stages }: { stages: StageView[] }) {
  const curve = emotionCurve(stages);
  const width = Math.max(stages.length, 1) * W;
  return (
    <figure className="relative" aria-labelledby="emotion-curve-caption">
      <figcaption id="emotion-curve-caption" className="sr-only">
        Emotion curve
      </figcaption>
      <svg viewBox={`0 0 ${width} ${H}`} preserveAspectRatio="none" className="h-28 w-full" aria-hidden focusable="false">
        <line x1={0} x2={width} y1={y(0)} y2={y(0)} className="stroke-line" strokeDasharray="4 4" vectorEffect="non-scaling-stroke" />
        {stages.map((s, i) => i > 0 && <line key={s.id} x1={i * W} x2={i * W} y1={0} y2={H} className="stroke-line" vectorEffect="non-scaling-stroke" />)}
        {curve.stages.map(
          (s, i) =>
            s.mean !== null && (
              <line key={s.stageId} x1={i * W + 12} x2={(i + 1) * W - 12} y1={y(s.mean)} y2={y(s.mean)} className="stroke-brand-500/40" strokeWidth={6} vectorEffect="non-scaling-stroke" />
            ),
        )}
        {curve.segments.map((seg, i) => (
          <polyline
            key={i}
            points={seg.map((p) => `${p.x * W},${y(p.emotion)}`).join(' ')}
            fill="none"
            className="stroke-brand-600"
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
      {/* Points as HTML so they stay round however wide the columns are. */}
      {curve.points.map((p) => (
        <span
          key={p.touchpointId}
          title={`${p.name}: ${formatEmotion(p.emotion)}`}
          aria-hidden
          className="absolute h-2.5 w-2.5 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-surface bg-brand-600"
          style={{ left: `${(p.x / Math.max(stages.length, 1)) * 100}%`, top: `${(y(p.emotion) / H) * 100}%` }}
        />
      ))}
      <ul aria-label="Emotion by stage" className="sr-only">
        {curve.stages.map((s) => (
          <li key={s.stageId}>{describeStageEmotion(s)}</li>
        ))}
      </ul>
    </figure>
  );
}
