// Deterministic pseudo-random series for seeds (demo, bench, e2e): the same seed always gives the same data,
// so statuses computed from it are known in advance.

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit seed from a text (FNV-1a), e.g. a measure's key. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * `n` values going from `start` to exactly `end`: a straight line plus a random walk pinned to 0 at both ends
 * (a Brownian bridge) whose steps have size about `noise`, rounded to `decimals` places and kept in [min, max].
 */
export function bridgeWalk(opts: { n: number; start: number; end: number; noise: number; decimals: number; seed: number; min?: number; max?: number }): number[] {
  const { n, start, end, noise, decimals, seed, min = -Infinity, max = Infinity } = opts;
  if (n <= 0) return [];
  if (n === 1) return [end];
  const rand = seededRandom(seed);
  const walk = [0];
  for (let i = 1; i < n; i++) walk.push(walk[i - 1] + (rand() + rand() + rand() - 1.5) * 2 * noise);
  const last = walk[n - 1];
  const scale = 10 ** decimals;
  return walk.map((w, i) => {
    const f = i / (n - 1);
    const v = Math.min(max, Math.max(min, start + (end - start) * f + w - f * last));
    return i === n - 1 ? end : Math.round(v * scale) / scale;
  });
}
