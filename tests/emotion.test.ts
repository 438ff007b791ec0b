import { describe, expect, it } from 'vitest';
import { describeStageEmotion, emotionCurve, formatEmotion, stageEmotionMean } from '@/lib/journeys/emotion';

const tp = (id: string, emotion: number | null) => ({ id, name: id, emotion });

describe('stage emotion (DOMAIN.md)', () => {
  it('is the mean of the touchpoints that have an emotion, ignoring those without', () => {
    expect(stageEmotionMean([tp('a', 2), tp('b', 1), tp('c', null)])).toEqual({ mean: 1.5, count: 2 });
    expect(stageEmotionMean([tp('a', -2), tp('b', 1)])).toEqual({ mean: -0.5, count: 2 });
  });

  it('is null (a gap), not zero, when no touchpoint has one', () => {
    expect(stageEmotionMean([tp('a', null)])).toEqual({ mean: null, count: 0 });
    expect(stageEmotionMean([])).toEqual({ mean: null, count: 0 });
  });

  it('keeps a real 0 as neutral, distinct from none', () => {
    expect(stageEmotionMean([tp('a', 0)])).toEqual({ mean: 0, count: 1 });
  });
});

describe('emotion curve', () => {
  const stages = [
    { id: 's1', name: 'Awareness', touchpoints: [tp('a', 2), tp('b', 1)] },
    { id: 's2', name: 'Consideration', touchpoints: [tp('c', null)] },
    { id: 's3', name: 'Decision', touchpoints: [tp('d', -1), tp('e', null), tp('f', 0)] },
    { id: 's4', name: 'Retention', touchpoints: [tp('g', 1)] },
  ];
  const curve = emotionCurve(stages);

  it('has one point per touchpoint with an emotion, in journey order', () => {
    expect(curve.points.map((p) => p.touchpointId)).toEqual(['a', 'b', 'd', 'f', 'g']);
    expect(curve.points.map((p) => p.stageIndex)).toEqual([0, 0, 2, 2, 3]);
    // x stays inside the stage's column and grows along the journey.
    for (const p of curve.points) {
      expect(p.x).toBeGreaterThanOrEqual(p.stageIndex);
      expect(p.x).toBeLessThan(p.stageIndex + 1);
    }
    expect([...curve.points].sort((a, b) => a.x - b.x)).toEqual(curve.points);
  });

  it('breaks the line at a stage without emotion, and joins stages that have one', () => {
    expect(curve.segments.map((s) => s.map((p) => p.touchpointId))).toEqual([['a', 'b'], ['d', 'f', 'g']]);
  });

  it('gives each stage its mean, null for the gap', () => {
    expect(curve.stages.map((s) => s.mean)).toEqual([1.5, null, -0.5, 1]);
  });

  it('describes each stage for screen readers', () => {
    expect(curve.stages.map(describeStageEmotion)).toEqual([
      'Awareness: mean +1.5 (2 touchpoints)',
      'Consideration: no emotion recorded',
      'Decision: mean −0.5 (2 touchpoints)',
      'Retention: mean +1 (1 touchpoint)',
    ]);
  });

  it('formats values with a sign and one decimal at most', () => {
    expect([formatEmotion(1 / 3), formatEmotion(-2), formatEmotion(0), formatEmotion(0.04)]).toEqual(['+0.3', '−2', '0', '0']);
  });
});
