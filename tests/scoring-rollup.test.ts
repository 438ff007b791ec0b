import { describe, expect, it } from 'vitest';
import {
  rollUp,
  scoreObjective,
  scorePercent,
  scoreScorecard,
  type MeasureInput,
  type ScoredMeasure,
  type ScorecardInput,
} from '@/lib/scoring';

const prevMonth = (p: string) => {
  const [y, m] = p.split('-').map(Number);
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 10);
};
const ctx = { currentPeriod: '2026-03-01', previousPeriod: prevMonth };

describe('rollUp', () => {
  it('is the weighted mean of the children’s scores', () => {
    expect(rollUp([{ score: 1, weight: 1 }, { score: 0.5, weight: 3 }])).toBe(0.625);
    expect(rollUp([{ score: 0.25 }, { score: 0.75 }])).toBe(0.5); // weight defaults to 1
  });

  it('leaves grey children out and renormalises the others’ weights (grey is not 0)', () => {
    expect(rollUp([{ score: null, weight: 5 }, { score: 0.75, weight: 1 }, { score: 0.25, weight: 1 }])).toBe(0.5);
  });

  it('is grey when every child is grey, or there are none', () => {
    expect(rollUp([{ score: null }, { score: null, weight: 2 }])).toBeNull();
    expect(rollUp([])).toBeNull();
  });

  it('counts the non-grey children equally when their weights sum to 0', () => {
    expect(rollUp([{ score: 0.25, weight: 0 }, { score: 0.75, weight: 0 }])).toBe(0.5);
    expect(rollUp([{ score: null, weight: 2 }, { score: 0.25, weight: 0 }])).toBe(0.25);
  });

  it('gives a zero-weight child no say when another has weight', () => {
    expect(rollUp([{ score: 0.25, weight: 0 }, { score: 0.75, weight: 1 }])).toBe(0.75);
  });

  it('gives children with one common score exactly that score, whatever the weights', () => {
    expect(rollUp([{ score: 0.9, weight: 0.1 }, { score: 0.9, weight: 0.2 }, { score: 0.9, weight: 0.7 }])).toBe(0.9);
  });

  it('refuses non-finite scores', () => {
    expect(() => rollUp([{ score: Number.NaN }])).toThrow(RangeError);
  });

  it('refuses negative or non-finite weights', () => {
    expect(() => rollUp([{ score: 0.5, weight: -1 }])).toThrow(RangeError);
    expect(() => rollUp([{ score: 0.5, weight: Infinity }])).toThrow(RangeError);
  });

  it('stays between the lowest and highest non-grey child, and equals a common score (property)', () => {
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 2000; i++) {
      const children = Array.from({ length: 1 + (i % 7) }, () => ({ score: next() < 0.2 ? null : next(), weight: next() < 0.2 ? 0 : next() * 10 }));
      const scores = children.flatMap((c) => (c.score === null ? [] : [c.score]));
      const r = rollUp(children);
      if (scores.length === 0) expect(r).toBeNull();
      else expect(r! >= Math.min(...scores) && r! <= Math.max(...scores)).toBe(true);
      expect(rollUp(children.map((c) => ({ ...c, score: c.score === null ? null : 0.3 })))).toBe(scores.length ? 0.3 : null);
    }
  });
});

describe('scoreObjective status', () => {
  const scored = (progress: number | null): ScoredMeasure => ({ progress, status: 'grey', weight: 1, latest: null, target: null, trend: null });
  it('is green from 90 %, amber from 70 %, red below, grey when all measures are', () => {
    expect(scoreObjective([scored(0.9)])).toMatchObject({ score: 0.9, status: 'green', weight: 1 });
    expect(scoreObjective([scored(0.8), scored(1)])).toMatchObject({ score: 0.9, status: 'green' });
    expect(scoreObjective([scored(0.89)]).status).toBe('amber');
    expect(scoreObjective([scored(0.7)]).status).toBe('amber');
    expect(scoreObjective([scored(0.69)]).status).toBe('red');
    expect(scoreObjective([scored(null), scored(null)])).toMatchObject({ score: null, status: 'grey' });
  });
});

const higher = (value: number | null, weight = 1): MeasureInput => ({
  direction: 'higher',
  baseline: 0,
  weight,
  targets: [{ fromPeriod: '2026-01-01', target: 100 }],
  measurements: value === null ? [] : [{ period: '2026-03-01', value }],
});
const card = (perspectiveWeights: (number | undefined)[]): ScorecardInput => ({
  perspectives: [
    {
      weight: perspectiveWeights[0],
      objectives: [
        { weight: 1, measures: [higher(100), higher(50)] }, // 0.75
        {
          weight: 3,
          measures: [
            { direction: 'lower', baseline: 10, weight: 2, targets: [{ fromPeriod: '2026-01-01', target: 0 }], measurements: [{ period: '2026-03-01', value: 5 }] },
            higher(null, 10), // grey: its weight 10 drops out
          ],
        }, // 0.5
      ],
    }, // (0.75·1 + 0.5·3) / 4 = 0.5625
    {
      weight: perspectiveWeights[1],
      objectives: [
        { measures: [{ direction: 'range', tolerance: 5, targets: [{ fromPeriod: '2026-01-01', target: { lo: 10, hi: 20 } }], measurements: [{ period: '2026-03-01', value: 15 }] }] },
        { measures: [higher(null), higher(null)] }, // grey objective, left out
      ],
    }, // 1
    { weight: perspectiveWeights[2], objectives: [{ measures: [higher(null)] }] }, // grey perspective, left out
  ],
});

describe('scoreScorecard', () => {
  it('rolls measures up to objectives, perspectives and the scorecard with exact weighted means', () => {
    const s = scoreScorecard(card([2, 1, 5]), ctx);
    const [fin, cust, internal] = s.perspectives;
    expect(fin.objectives.map((o) => [o.score, o.status])).toEqual([[0.75, 'amber'], [0.5, 'red']]);
    expect(fin.objectives[1].measures.map((m) => m.status)).toEqual(['red', 'grey']);
    expect(fin).toMatchObject({ score: 0.5625, status: 'red', weight: 2 });
    expect(cust.objectives.map((o) => o.status)).toEqual(['green', 'grey']);
    expect(cust).toMatchObject({ score: 1, status: 'green' });
    expect(internal).toMatchObject({ score: null, status: 'grey', weight: 5 });
    expect(s.score).toBe(2.125 / 3); // (0.5625·2 + 1·1) / 3, the grey perspective's 5 renormalised away
    expect(s.status).toBe('amber');
    expect(scorePercent(s.score)).toBe(71);
  });

  it('weighs perspectives equally by default', () => {
    const s = scoreScorecard(card([undefined, undefined, undefined]), ctx);
    expect(s.score).toBe(0.78125);
    expect(s.thresholds).toEqual({ green: 0.9, amber: 0.7 });
  });

  it('uses the scorecard’s own thresholds at every level', () => {
    const s = scoreScorecard({ ...card([2, 1, 5]), thresholds: { green: 0.7, amber: 0.5 } }, ctx);
    expect(s.status).toBe('green');
    expect(s.perspectives[0].status).toBe('amber');
    expect(s.perspectives[0].objectives.map((o) => o.status)).toEqual(['green', 'amber']);
    expect(s.perspectives[0].objectives[1].measures[0].status).toBe('red'); // measures keep their amber threshold
    expect(() => scoreScorecard({ ...card([]), thresholds: { green: 0.5, amber: 0.7 } }, ctx)).toThrow(RangeError);
  });

  it('is grey when everything is grey, or empty', () => {
    const s = scoreScorecard({ perspectives: [{ objectives: [{ measures: [higher(null)] }] }, { objectives: [] }] }, ctx);
    expect(s).toMatchObject({ score: null, status: 'grey' });
    expect(s.perspectives.map((p) => p.status)).toEqual(['grey', 'grey']);
    expect(scoreScorecard({ perspectives: [] }, ctx)).toMatchObject({ score: null, status: 'grey' });
  });

  it('counts perspectives equally when the non-grey ones all weigh 0', () => {
    expect(scoreScorecard(card([0, 0, 5]), ctx).score).toBe(0.78125);
  });
});
