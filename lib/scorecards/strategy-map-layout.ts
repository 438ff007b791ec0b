// Deterministic layout of the strategy map: one horizontal band per perspective (Financial at the top, Learning &
// Growth at the bottom), objectives as boxes in rows of at most COLS, centred; arrows between box edges that
// detour around boxes in their way.
import type { PerspectiveKind } from './view-types';

export const MAP = { width: 960, boxW: 200, boxH: 68, gapX: 24, gapY: 16, bandTop: 34, bandPad: 16, cols: 4 } as const;
const BAND_ORDER: PerspectiveKind[] = ['financial', 'customer', 'internal', 'learning'];

export type MapInput = {
  perspectives: { id: string; kind: PerspectiveKind; label: string; objectives: { id: string; name: string }[] }[];
  links: { id: string; causeId: string; effectId: string }[];
};
export type Box = { id: string; name: string; x: number; y: number; w: number; h: number; lines: string[] };
export type Band = { id: string; label: string; y: number; h: number };
export type Arrow = { id: string; causeId: string; effectId: string; points: { x: number; y: number }[] };

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

type Pt = { x: number; y: number };
const cx = (b: Box) => b.x + b.w / 2;
const inside = (p: Pt, b: Box) => p.x > b.x - 2 && p.x < b.x + b.w + 2 && p.y > b.y - 2 && p.y < b.y + b.h + 2;

/** True when the straight segment a→b passes through any of the boxes (sampled: boxes are far larger than a step). */
function blocked(a: Pt, b: Pt, boxes: Box[]) {
  for (let i = 1; i < 40; i++) {
    const p = { x: a.x + ((b.x - a.x) * i) / 40, y: a.y + ((b.y - a.y) * i) / 40 };
    if (boxes.some((box) => inside(p, box))) return true;
  }
  return false;
}

/**
 * The arrow's points from the cause's edge to the effect's edge: straight when nothing is in the way, else out
 * into the gap next to the cause, along a clear vertical lane (the one closest to both ends), and in from the gap
 * next to the effect. Gaps between rows never hold boxes, so the horizontal runs are always clear.
 */
function route(from: Box, to: Box, all: Box[]): Pt[] {
  const others = all.filter((b) => b !== from && b !== to);
  if (from.y === to.y) {
    const dir = cx(to) > cx(from) ? 1 : -1;
    const a = { x: cx(from) + (dir * from.w) / 2, y: from.y + from.h / 2 };
    const b = { x: cx(to) - (dir * to.w) / 2, y: to.y + to.h / 2 };
    if (!blocked(a, b, others)) return [a, b];
    const y = from.y - MAP.gapY / 2;
    return [{ x: cx(from), y: from.y }, { x: cx(from), y }, { x: cx(to), y }, { x: cx(to), y: to.y }];
  }
  const up = to.y < from.y;
  const start = { x: cx(from), y: up ? from.y : from.y + from.h };
  const end = { x: cx(to), y: up ? to.y + to.h : to.y };
  if (!blocked(start, end, others)) return [start, end];
  const off = up ? -MAP.gapY / 2 : MAP.gapY / 2;
  const yA = start.y + off;
  const yB = end.y - off;
  const lo = Math.min(yA, yB);
  const hi = Math.max(yA, yB);
  const blockers = others.filter((b) => b.y < hi && b.y + b.h > lo);
  const clear = (x: number) => x > 2 && x < MAP.width - 2 && blockers.every((b) => x < b.x - 4 || x > b.x + b.w + 4);
  const candidates = [start.x, end.x, ...blockers.flatMap((b) => [b.x - MAP.gapX / 2, b.x + b.w + MAP.gapX / 2])].filter(clear);
  const lane = candidates.reduce((best, c) => (Math.abs(c - start.x) + Math.abs(c - end.x) < Math.abs(best - start.x) + Math.abs(best - end.x) ? c : best), candidates[0] ?? 6);
  return [start, { x: start.x, y: yA }, { x: lane, y: yA }, { x: lane, y: yB }, { x: end.x, y: yB }, end];
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
    .map((l) => ({ id: l.id, causeId: l.causeId, effectId: l.effectId, points: route(byId.get(l.causeId)!, byId.get(l.effectId)!, boxes) }));
  return { width: MAP.width, height: Math.max(y, 1), bands, boxes, arrows };
}
