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
    expect(up.points).toEqual([
      { x: cause.x + cause.w / 2, y: cause.y },
      { x: effect.x + effect.w / 2, y: effect.y + effect.h },
    ]);
    expect(side.points).toHaveLength(2);
    expect(side.points[0]).toEqual({ x: cause.x + cause.w, y: cause.y + cause.h / 2 });
    expect(side.points[1].y).toBe(side.points[0].y);
    expect(l.arrows).toHaveLength(2);
  });

  it('detours around boxes in the way, along a lane clear of every box it passes', () => {
    // One objective per band, all centred in one column: a Learning → Financial link would cross two boxes.
    const l = layoutStrategyMap({
      perspectives: [persp('financial', 1), persp('customer', 1), persp('internal', 1), persp('learning', 1)],
      links: [{ id: 'long', causeId: 'learning0', effectId: 'financial0' }],
    });
    const pts = l.arrows[0].points;
    expect(pts.length).toBeGreaterThan(2);
    const between = l.boxes.filter((b) => b.id === 'customer0' || b.id === 'internal0');
    for (let i = 1; i < pts.length; i++) {
      for (let k = 0; k <= 20; k++) {
        const p = { x: pts[i - 1].x + ((pts[i].x - pts[i - 1].x) * k) / 20, y: pts[i - 1].y + ((pts[i].y - pts[i - 1].y) * k) / 20 };
        for (const b of between) expect(p.x > b.x && p.x < b.x + b.w && p.y > b.y && p.y < b.y + b.h).toBe(false);
      }
    }
    const effect = l.boxes.find((b) => b.id === 'financial0')!;
    expect(pts.at(-1)).toEqual({ x: effect.x + effect.w / 2, y: effect.y + effect.h });
  });

  it('wraps long names into two lines with an ellipsis', () => {
    expect(wrapText('Grow revenue')).toEqual(['Grow revenue']);
    const lines = wrapText('Increase the share of wallet among our most loyal enterprise customers worldwide');
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(lines.every((x) => x.length <= 26)).toBe(true);
  });
});
