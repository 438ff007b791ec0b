import { describe, expect, it } from 'vitest';
import { layoutStrategyMap, MAP, wrapText } from '@/lib/scorecards/strategy-map-layout';

const persp = (kind: 'financial' | 'customer' | 'internal' | 'learning', n: number) => ({
  id: kind,
  kind,
  label: kind,
  objectives: Array.from({ length: n }, (_, i) => ({ id: `${kind}${i}`, name: `${kind} objective ${i}` })),
});

describe('strategy map layout', () => {
  it('stacks Financial at the top and Learning & Growth at the bottom whatever the display order', () => {
    const l = layoutStrategyMap({ perspectives: [persp('learning', 1), persp('internal', 1), persp('customer', 0), persp('financial', 2)], links: [] });
    expect(l.bands.map((b) => b.id)).toEqual(['financial', 'customer', 'internal', 'learning']);
    const ys = l.bands.map((b) => b.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(l.height).toBe(l.bands.reduce((s, b) => s + b.h, 0));
  });

  it('wraps more than four objectives into rows inside the width and keeps boxes apart', () => {
    const l = layoutStrategyMap({ perspectives: [persp('financial', 6)], links: [] });
    expect(l.bands[0].h).toBe(MAP.bandTop + 2 * MAP.boxH + MAP.gapY + MAP.bandPad);
    for (const b of l.boxes) expect(b.x >= 0 && b.x + b.w <= MAP.width).toBe(true);
    const rows = new Set(l.boxes.map((b) => b.y));
    expect(rows.size).toBe(2);
  });

  it('draws arrows from the cause’s edge to the effect’s edge (upwards between bands, sideways in a row)', () => {
    const l = layoutStrategyMap({
      perspectives: [persp('financial', 1), persp('learning', 2)],
      links: [
        { id: 'up', causeId: 'learning0', effectId: 'financial0' },
        { id: 'side', causeId: 'learning0', effectId: 'learning1' },
        { id: 'gone', causeId: 'learning0', effectId: 'nowhere' },
      ],
    });
    const [up, side] = l.arrows;
    const cause = l.boxes.find((b) => b.id === 'learning0')!;
    const effect = l.boxes.find((b) => b.id === 'financial0')!;
    expect(up).toMatchObject({ y1: cause.y, y2: effect.y + effect.h });
    expect(side.y1).toBe(side.y2);
    expect(side.x1).toBe(cause.x + cause.w);
    expect(l.arrows).toHaveLength(2);
  });

  it('wraps long names into two lines with an ellipsis', () => {
    expect(wrapText('Grow revenue')).toEqual(['Grow revenue']);
    const lines = wrapText('Increase the share of wallet among our most loyal enterprise customers worldwide');
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(lines.every((x) => x.length <= 26)).toBe(true);
  });
});
