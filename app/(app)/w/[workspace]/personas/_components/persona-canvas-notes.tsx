import Link from 'next/link';
import { LayoutGrid } from 'lucide-react';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import type { LinkedNote } from '@/db/queries/canvas-links';

/** The Customer Segments notes of the workspace's canvases that point at this persona. */
export function PersonaCanvasNotes({ base, notes }: { base: string; notes: LinkedNote[] }) {
  return (
    <Card>
      <CardHeader title="On canvases" description="Customer Segments notes of your Business Model Canvases that describe this persona." />
      <CardBody>
        {notes.length === 0 ? (
          <p className="text-sm text-muted">
            No canvas note points here yet. Link a Customer Segments note to this persona on a{' '}
            <Link href={`${base}/canvases`} className="text-brand-700 hover:underline">
              canvas
            </Link>
            .
          </p>
        ) : (
          <ul className="divide-y divide-line" aria-label="Canvas notes pointing here">
            {notes.map((n) => (
              <li key={n.noteId} className="flex items-start gap-2 py-2 text-sm">
                <LayoutGrid className="mt-0.5 h-4 w-4 shrink-0 text-muted" aria-hidden />
                <span className="min-w-0">
                  <Link href={`${base}/canvases/${n.canvasId}`} className="font-medium text-brand-700 hover:underline">
                    “{n.text}”
                  </Link>{' '}
                  <span className="text-muted">on {n.canvasName}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
