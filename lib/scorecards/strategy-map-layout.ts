// Deterministic layout of the strategy map: one horizontal band per perspective (Financial at the top, Learning &
// Growth at the bottom), objectives as boxes in rows of at most COLS, centred; arrows between box edges.
import type { PerspectiveKind } from './view-types';

export const MAP = { width: 960, boxW: 200, boxH: 68, gapX: 24, gapY: 16, bandTop: 34, bandPad: 16, cols: 4 } as const;
const BAND_ORDER: PerspectiveKind[] = ['financial', 'customer', 'internal', 'learning'];

export type MapInput = {
  perspectives: { id: string; kind: PerspectiveKind; label: string; objectives: { id: string; name: string }[] }[];
  links: { id: string; causeId: string; effectId: string }[];
};
export type Box = { id: string; name: string; x: number; y: number; w: number; h: number; lines: string[] };
export type Band = { id: string; label: string; y: number; h: number };
export type Arrow = { id: string; causeId: string; effectId: string; x1: number; y1: number; x2: number; y2: number };

/** Splits a name into at most `max` lines of about `width` characters, with an ellipsis when cut. */
export function wrapText(text: string, width = 26, max = 2): string[] {
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (next.length <= width || !cur) cur = next;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur) lines.push(cur);
  const out = lines.slice(0, max).map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  if (lines.length > max) out[max - 1] = `${out[max - 1].slice(0, width - 1).replace(/…$/, '')}…`;
  return out;
}

function edge(from: Box, to: Box) {
  const c = (b: Box) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });
  const a = c(from);
  const b = c(to);
  if (Math.abs(a.y - b.y) < 1) {
    // Same row: side to side.
    const dir = b.x > a.x ? 1 : -1;
    return { x1: a.x + (dir * from.w) / 2, y1: a.y, x2: b.x - (dir * to.w) / 2, y2: b.y };
  }
  const down = b.y > a.y ? 1 : -1;
  return { x1: a.x, y1: a.y + (down * from.h) / 2, x2: b.x, y2: b.y - (down * to.h) / 2 };
}

/** Bands, boxes and arrows for the map, and the total height (the width is fixed; the SVG scales by viewBox). */
export function layoutStrategyMap(input: MapInput) {
  const bands: Band[] = [];
  const boxes: Box[] = [];
  let y = 0;
  const sorted = [...input.perspectives].sort((a, b) => BAND_ORDER.indexOf(a.kind) - BAND_ORDER.indexOf(b.kind));
  for (const p of sorted) {
    const n = p.objectives.length;
    const rows = Math.max(1, Math.ceil(n / MAP.cols));
    const h = MAP.bandTop + rows * MAP.boxH + (rows - 1) * MAP.gapY + MAP.bandPad;
    bands.push({ id: p.id, label: p.label, y, h });
    p.objectives.forEach((o, i) => {
      const row = Math.floor(i / MAP.cols);
      const inRow = Math.min(MAP.cols, n - row * MAP.cols);
      const rowW = inRow * MAP.boxW + (inRow - 1) * MAP.gapX;
      const x = (MAP.width - rowW) / 2 + (i % MAP.cols) * (MAP.boxW + MAP.gapX);
      boxes.push({ id: o.id, name: o.name, x, y: y + MAP.bandTop + row * (MAP.boxH + MAP.gapY), w: MAP.boxW, h: MAP.boxH, lines: wrapText(o.name) });
    });
    y += h;
  }
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const arrows: Arrow[] = input.links
    .filter((l) => byId.has(l.causeId) && byId.has(l.effectId))
    .map((l) => ({ id: l.id, causeId: l.causeId, effectId: l.effectId, ...edge(byId.get(l.causeId)!, byId.get(l.effectId)!) }));
  return { width: MAP.width, height: Math.max(y, 1), bands, boxes, arrows };
}
