import { CANVAS_BLOCKS, blockInfo, type CanvasBlock, type LinkKind } from './blocks';

type Note = { id: string; block: CanvasBlock; text: string; color: string; position: number };
type Link = { noteId: string; kind: LinkKind; targetId: string; label: string };

/** A canvas as a self-describing JSON document: the nine blocks in order, each with its notes and their links. */
export function canvasToJson(canvas: { id: string; name: string; description: string }, notes: Note[], links: Link[]) {
  return {
    format: 'wayfinder.canvas/1',
    canvas: { id: canvas.id, name: canvas.name, description: canvas.description },
    blocks: CANVAS_BLOCKS.map((block) => ({
      block,
      label: blockInfo[block].label,
      notes: notes
        .filter((n) => n.block === block)
        .sort((x, y) => x.position - y.position)
        .map((n) => ({
          id: n.id,
          text: n.text,
          color: n.color,
          links: links.filter((l) => l.noteId === n.id).map((l) => ({ kind: l.kind, id: l.targetId, label: l.label })),
        })),
    })),
  };
}
