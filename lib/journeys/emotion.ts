// The emotion curve (DOMAIN.md): each touchpoint's emotion in journey order; a stage's emotion is the
// mean of its touchpoints that have one; a stage with none is a gap in the curve, not zero.

type Tp = { id: string; name: string; emotion: number | null };
type St = { id: string; name: string; touchpoints: Tp[] };

export type StageEmotion = { stageId: string; name: string; mean: number | null; count: number };

/** The mean of the touchpoints that have an emotion, and how many do; null mean when none. */
export function stageEmotionMean(touchpoints: { emotion: number | null }[]): { mean: number | null; count: number } {
  const values = touchpoints.map((t) => t.emotion).filter((e): e is number => typeof e === 'number');
  if (values.length === 0) return { mean: null, count: 0 };
  return { mean: values.reduce((a, b) => a + b, 0) / values.length, count: values.length };
}

export type CurvePoint = { touchpointId: string; name: string; stageIndex: number; emotion: number; x: number };

export type EmotionCurve = {
  stages: StageEmotion[];
  points: CurvePoint[];
  /** Runs of consecutive points to join with a line; a stage without emotion breaks the run. */
  segments: CurvePoint[][];
};

/**
 * The curve in journey order. x is in stage units: stage i spans [i, i+1) and its touchpoints sit at
 * evenly spaced offsets inside it, so points line up under their stage columns.
 */
export function emotionCurve(stages: St[]): EmotionCurve {
  const points: CurvePoint[] = [];
  const segments: CurvePoint[][] = [];
  let run: CurvePoint[] = [];
  const stageMeans = stages.map((s, i) => {
    const { mean, count } = stageEmotionMean(s.touchpoints);
    if (mean === null) {
      if (run.length) segments.push(run);
      run = [];
    }
    const n = s.touchpoints.length;
    s.touchpoints.forEach((t, j) => {
      if (typeof t.emotion !== 'number') return;
      const p = { touchpointId: t.id, name: t.name, stageIndex: i, emotion: t.emotion, x: i + (j + 0.5) / n };
      points.push(p);
      run.push(p);
    });
    return { stageId: s.id, name: s.name, mean, count };
  });
  if (run.length) segments.push(run);
  return { stages: stageMeans, points, segments };
}

/** "+1.5", "0", "−0.5" (one decimal at most, a real minus sign). */
export function formatEmotion(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  const text = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(Math.abs(rounded));
  if (rounded > 0) return `+${text}`;
  if (rounded < 0) return `−${text}`;
  return '0';
}

/** The sentence screen readers get for one stage, e.g. "Awareness: mean +1.5 (2 touchpoints)". */
export function describeStageEmotion(s: StageEmotion): string {
  if (s.mean === null) return `${s.name}: no emotion recorded`;
  return `${s.name}: mean ${formatEmotion(s.mean)} (${s.count} ${s.count === 1 ? 'touchpoint' : 'touchpoints'})`;
}
