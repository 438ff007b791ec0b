import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireWorkspace } from '@/lib/workspace';
import { getCanvasWithNotes, listCanvases } from '@/db/queries/canvases';
import { blockInfo } from '@/lib/canvases/blocks';
import { compareCanvases } from '@/lib/canvases/compare';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Label, Select } from '@/components/ui/input';
import { EmptyState, PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Compare canvases' };

const isId = (v: unknown): v is string => z.uuid().safeParse(v).success;

export default async function CompareCanvasesPage({ params, searchParams }: { params: Promise<{ workspace: string; id: string }>; searchParams: Promise<{ with?: string | string[] }> }) {
  const [{ workspace: slug, id }, sp] = await Promise.all([params, searchParams]);
  const ctx = await requireWorkspace(slug, 'content.read');
  if (!isId(id)) notFound();
  const other = Array.isArray(sp.with) ? sp.with[0] : sp.with;
  const [a, all, b] = await Promise.all([
    getCanvasWithNotes(ctx.workspace.id, id),
    listCanvases(ctx.workspace.id),
    isId(other) ? getCanvasWithNotes(ctx.workspace.id, other) : Promise.resolve(null),
  ]);
  if (!a) notFound();
  const base = `/w/${ctx.workspace.slug}/canvases`;
  const choices = all.filter((c) => c.id !== a.id);
  const diff = b ? compareCanvases(a.notes, b.notes) : [];
  const total = diff.reduce((s, d) => s + d.added.length + d.removed.length + d.changed.length, 0);
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`${base}/${a.id}`} className="text-muted hover:underline">
          ← {a.name}
        </Link>
      </p>
      <PageHeader title={b ? `${a.name} → ${b.name}` : `Compare “${a.name}”`} description="Block by block: what the second canvas adds, removes and changes." />
      {choices.length === 0 ? (
        <EmptyState title="Nothing to compare with">Duplicate this canvas as a scenario (its Actions menu), change the copy, then compare the two.</EmptyState>
      ) : (
        <form method="get" className="flex flex-wrap items-end gap-2">
          <div>
            <Label htmlFor="compare-with">Compare with</Label>
            <Select id="compare-with" name="with" defaultValue={b?.id ?? ''}>
              <option value="" disabled>
                Choose a canvas…
              </option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" variant="secondary">
            Compare
          </Button>
        </form>
      )}
      {other !== undefined && !b && choices.length > 0 && <p className="text-sm text-danger">That canvas is not in this workspace (any more). Choose another.</p>}
      {b && total === 0 && <p className="rounded-md border border-line bg-surface p-3 text-sm">No differences: both canvases hold the same notes.</p>}
      {b && total > 0 && (
        <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {diff.map((d) => (
            <section key={d.block} aria-labelledby={`cmp-${d.block}`} className="rounded-lg border border-line bg-surface p-3">
              <h2 id={`cmp-${d.block}`} className="text-sm font-semibold">
                {blockInfo[d.block].label}
              </h2>
              {d.added.length + d.removed.length + d.changed.length === 0 ? (
                <p className="mt-1 text-xs text-muted">No differences{d.unchanged ? ` (${d.unchanged} the same)` : ''}.</p>
              ) : (
                <ul className="mt-2 space-y-1.5 text-sm">
                  {d.added.map((n) => (
                    <li key={n.id}>
                      <Badge tone="success">Added</Badge> {n.text}
                    </li>
                  ))}
                  {d.removed.map((n) => (
                    <li key={n.id}>
                      <Badge tone="danger">Removed</Badge> <span className="line-through">{n.text}</span>
                    </li>
                  ))}
                  {d.changed.map(({ before, after }) => (
                    <li key={after.id}>
                      <Badge tone="warning">Changed</Badge> {before.text === after.text ? after.text : `${before.text} → ${after.text}`}
                      {before.block !== after.block && <span className="text-muted"> (moved from {blockInfo[before.block].label})</span>}
                      {before.color !== after.color && <span className="text-muted"> (colour {before.color} → {after.color})</span>}
                    </li>
                  ))}
                  {d.unchanged > 0 && <li className="text-xs text-muted">{d.unchanged} the same</li>}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
