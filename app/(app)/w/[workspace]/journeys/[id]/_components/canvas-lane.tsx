import Link from 'next/link';
import { blockInfo, type CanvasBlock } from '@/lib/canvases/blocks';

/** A canvas note that points at one of the journey's touchpoints or pain points. */
export type CanvasLaneItem = {
  linkId: string;
  touchpointId: string;
  touchpointName: string;
  painPointId: string | null;
  painPoint: string | null;
  text: string;
  block: CanvasBlock;
  canvasId: string;
  canvasName: string;
};

/** The notes as a list: each links to its canvas, with its block and canvas, then what it points at (`target`). */
export function CanvasNoteList({ slug, items, label, target }: { slug: string; items: CanvasLaneItem[]; label: string; target?: (n: CanvasLaneItem) => string | null }) {
  return (
    <ul className="space-y-1.5 text-sm" aria-label={label}>
      {items.map((n) => {
        const to = target?.(n);
        return (
          <li key={n.linkId} className="break-words">
            <Link href={`/w/${slug}/canvases/${n.canvasId}`} className="font-medium underline-offset-2 hover:underline">
              “{n.text}”
            </Link>{' '}
            <span className="text-muted">
              ({blockInfo[n.block].label}, {n.canvasName}){to ? ` → ${to}` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** The "Canvas" lane: which Business Model Canvas notes point at this stage's touchpoints and pain points. */
export function CanvasNotesCell({ slug, items }: { slug: string; items: CanvasLaneItem[] }) {
  if (!items.length) return <p className="text-xs text-muted">No canvas notes point here.</p>;
  return (
    <CanvasNoteList
      slug={slug}
      items={items}
      label="Canvas notes pointing here"
      target={(n) => (n.painPoint ? `pain point “${n.painPoint}” of ${n.touchpointName}` : `touchpoint ${n.touchpointName}`)}
    />
  );
}
