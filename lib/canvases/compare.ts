import { CANVAS_BLOCKS, type CanvasBlock } from './blocks';

export type ComparableNote = { id: string; originId: string | null; block: CanvasBlock; text: string; color: string; position: number };
export type BlockDiff<N extends ComparableNote = ComparableNote> = {
  block: CanvasBlock;
  added: N[];
  removed: N[];
  /** Same note (by lineage, or by text in the same block) with another text, colour or block; `before.block` says where it came from. */
  changed: { before: N; after: N }[];
  unchanged: number;
};

const norm = (t: string) => t.trim().replace(/\s+/g, ' ').toLowerCase();
const lineage = (n: ComparableNote) => n.originId ?? n.id;
const byPosition = (x: ComparableNote, y: ComparableNote) => x.position - y.position;

/**
 * Block by block, what B has that A has not (added), what A had that B has not (removed) and what
 * changed. Notes match first by lineage (a duplicate remembers the note it was copied from, so two
 * scenarios of one canvas pair up even after edits and moves), then by equal text in the same block.
 * A changed note that moved is listed under its block in B.
 */
export function compareCanvases<N extends ComparableNote>(a: N[], b: N[]): BlockDiff<N>[] {
  const pairs: { before: N; after: N }[] = [];
  const restA = new Set(a);
  const restB = new Set(b);
  const aByLineage = new Map<string, N>();
  for (const n of a) if (!aByLineage.has(lineage(n))) aByLineage.set(lineage(n), n);
  for (const n of b) {
    const direct = aByLineage.get(lineage(n)) ?? a.find((x) => restA.has(x) && (x.id === n.originId || x.originId === n.id));
    if (direct && restA.has(direct)) {
      pairs.push({ before: direct, after: n });
      restA.delete(direct);
      restB.delete(n);
    }
  }
  for (const n of [...restB]) {
    const m = [...restA].find((x) => x.block === n.block && norm(x.text) === norm(n.text));
    if (m) {
      pairs.push({ before: m, after: n });
      restA.delete(m);
      restB.delete(n);
    }
  }
  return CANVAS_BLOCKS.map((block) => {
    const inBlock = pairs.filter((p) => p.after.block === block);
    const changed = inBlock.filter((p) => p.before.text !== p.after.text || p.before.color !== p.after.color || p.before.block !== p.after.block);
    return {
      block,
      added: [...restB].filter((n) => n.block === block).sort(byPosition),
      removed: [...restA].filter((n) => n.block === block).sort(byPosition),
      changed: changed.sort((x, y) => byPosition(x.after, y.after)),
      unchanged: inBlock.length - changed.length,
    };
  });
}
