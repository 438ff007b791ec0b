import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireWorkspace } from '@/lib/workspace';
import { getCanvasWithNotes } from '@/db/queries/canvases';
import { listCanvasLinks } from '@/db/queries/canvas-links';
import { blockArea, blockInfo, CANVAS_BLOCKS } from '@/lib/canvases/blocks';
import { PrintButton } from '../../../journeys/[id]/print/print-button';

export const metadata = { title: 'Print canvas' };

/** Readers: the canvas on one landscape page, notes as plain text with their links, no controls. */
export default async function PrintCanvasPage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  const ctx = await requireWorkspace(slug, 'content.read');
  if (!z.uuid().safeParse(id).success) notFound();
  const [canvas, links] = await Promise.all([getCanvasWithNotes(ctx.workspace.id, id), listCanvasLinks(ctx.workspace.id, id)]);
  if (!canvas) notFound();
  return (
    <div className="space-y-3">
      <style>{'@page { size: landscape; margin: 10mm; }'}</style>
      <div className="flex items-center justify-between gap-2 print:hidden">
        <Link href={`/w/${ctx.workspace.slug}/canvases/${canvas.id}`} className="text-sm text-muted hover:underline">
          ← Back to the canvas
        </Link>
        <PrintButton />
      </div>
      <h1 className="text-xl font-semibold">{canvas.name}</h1>
      {canvas.description && <p className="text-sm text-muted">{canvas.description}</p>}
      <div className="grid gap-1 text-xs lg:grid-cols-10 print:grid-cols-10">
        {CANVAS_BLOCKS.map((b) => {
          const notes = canvas.notes.filter((n) => n.block === b);
          return (
            <section key={b} aria-labelledby={`p-${b}`} className={`break-inside-avoid border border-ink/40 p-2 ${blockArea[b]}`}>
              <h2 id={`p-${b}`} className="mb-1 font-semibold">
                {blockInfo[b].label}
              </h2>
              {notes.length === 0 ? (
                <p className="text-muted">—</p>
              ) : (
                <ul className="list-disc space-y-1 pl-4">
                  {notes.map((n) => (
                    <li key={n.id}>
                      {n.text}
                      {links
                        .filter((l) => l.noteId === n.id)
                        .map((l) => (
                          <span key={l.id} className="block text-muted">
                            → {l.label}
                          </span>
                        ))}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
