import { CanvasNoteList, type CanvasLaneItem } from './canvas-lane';

/**
 * The touchpoint dialog's "Canvas notes pointing here": notes linked to the touchpoint and to its pain
 * points, from the notes the map already loaded (no request of its own).
 */
export function TouchpointCanvasNotes({ slug, notes, headingId }: { slug: string; notes: CanvasLaneItem[]; headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="space-y-2 rounded-md border border-line p-3">
      <h3 id={headingId} className="text-sm font-medium">
        Canvas notes pointing here
      </h3>
      {notes.length === 0 ? (
        <p className="text-xs text-muted">
          No canvas notes point at this touchpoint or its pain points yet. Link them from a canvas: Channels and Customer Relationships notes to touchpoints, Value
          Propositions notes to pain points.
        </p>
      ) : (
        <CanvasNoteList slug={slug} items={notes} label="Canvas notes pointing here" target={(n) => (n.painPoint ? `pain point “${n.painPoint}”` : 'this touchpoint')} />
      )}
    </section>
  );
}

/** The notes that point at one pain point, as a short line under its field. */
export function PainPointNotes({ notes }: { notes: CanvasLaneItem[] }) {
  return (
    <p className="text-xs text-muted">
      Relieved by {notes.map((n) => `“${n.text}” (${n.canvasName})`).join(', ')}
    </p>
  );
}
