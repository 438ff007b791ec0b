import Link from 'next/link';
import { blockInfo, type CanvasBlock } from '@/lib/canvases/blocks';

/** A canvas note that points at one of the stage's touchpoints or pain points. */
export type CanvasLaneItem = { linkId: string; touchpointName: string; painPoint: string | null; text: string; block: CanvasBlock; canvasId: string; canvasName: string };

/** The "Canvas" lane: which Business Model Canvas notes point at this stage's touchpoints and pain points. */
export function CanvasNotesCell({ slug, items }: { slug: string; items: CanvasLaneItem[] }) {
  if (!items.length) return <p className="text-xs text-muted">No canvas notes point here.</p>;
  return (
    <ul className="space-y-1.5 text-sm" aria-label="Canvas notes pointing here">
      {items.map((n) => (
        <li key={n.linkId}>
          <Link href={`/w/${slug}/canvases/${n.canvasId}`} className="font-medium underline-offset-2 hover:underline">
            “{n.text}”
          </Link>{' '}
          <span className="text-muted">
            ({blockInfo[n.block].label}, {n.canvasName}) → {n.painPoint ? `pain point “${n.painPoint}” of ${n.touchpointName}` : `touchpoint ${n.touchpointName}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
