'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Pencil, Plus, Star, Trash2 } from 'lucide-react';
import { deleteBenchmarkAction, setReferenceBenchmarkAction } from '../actions';
import { BenchmarkDialog } from './benchmark-dialog';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/page-header';
import { toast } from '@/components/ui/toaster';
import type { BenchmarkView } from '@/db/queries/benchmarks';
import { benchmarkName, type GapText } from '@/lib/benchmarks/format';

export type BenchmarkRow = { benchmark: BenchmarkView; value: string; gap: GapText | null };
type Props = { workspace: string; measure: { id: string; name: string; version: number; referenceBenchmarkId: string | null }; rows: BenchmarkRow[]; canEdit: boolean; locale: string };

const tone = { ahead: 'success', on_par: 'neutral', behind: 'danger' } as const;

/** The measure's benchmarks with the gap of the latest value to each; editors add, edit, delete and pick the reference. */
export function BenchmarksCard({ workspace, measure, rows, canEdit, locale }: Props) {
  const router = useRouter();
  const [dialog, setDialog] = React.useState<{ editing?: BenchmarkView } | null>(null);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const after = (r: { ok: boolean; code?: string; error?: string }, done: string) => {
    if (!r.ok) toast.error(r.code === 'conflict' ? 'Someone changed this meanwhile: look at it again, then retry.' : (r.error ?? 'Something went wrong.'));
    else toast.success(done);
    router.refresh();
    return r.ok;
  };
  return (
    <Card>
      <CardHeader
        title="Benchmarks"
        description="Gap = latest value − benchmark; the reference benchmark is shown on the scorecard."
        action={
          canEdit && (
            <Button size="sm" onClick={() => setDialog({})}>
              <Plus className="h-4 w-4" aria-hidden /> Add benchmark
            </Button>
          )
        }
      />
      <CardBody>
        {rows.length === 0 ? (
          <EmptyState title="No benchmarks yet">
            {canEdit ? 'Add an industry average, a top-quartile value, a competitor or an internal best practice to compare with.' : 'Editors can add benchmarks to compare with.'}
          </EmptyState>
        ) : (
          <div className="relative -mx-2 overflow-x-auto">
            <table className="w-full min-w-[40rem] text-sm">
              <caption className="sr-only">Benchmarks of {measure.name}</caption>
              <thead className="text-left text-xs uppercase tracking-wide text-muted">
                <tr>
                  <th scope="col" className="px-2 py-2 font-medium">Benchmark</th>
                  <th scope="col" className="px-2 py-2 text-right font-medium">Value</th>
                  <th scope="col" className="px-2 py-2 text-right font-medium">Gap</th>
                  <th scope="col" className="px-2 py-2 font-medium">Position</th>
                  <th scope="col" className="px-2 py-2 font-medium">Source</th>
                  {canEdit && <th scope="col" className="px-2 py-2"><span className="sr-only">Actions</span></th>}
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {rows.map(({ benchmark: b, value, gap }) => {
                  const name = benchmarkName(b);
                  const isRef = measure.referenceBenchmarkId === b.id;
                  return (
                    <tr key={b.id} aria-label={name}>
                      <th scope="row" className="px-2 py-2 text-left font-medium">
                        {name} {isRef && <Badge tone="brand">Reference</Badge>}
                        <span className="block text-xs font-normal text-muted">
                          As of {date.format(new Date(`${b.asOf}T00:00:00Z`))}{b.periodLabel && ` · ${b.periodLabel}`}
                        </span>
                        {b.note && <span className="block text-xs font-normal text-muted">{b.note}</span>}
                      </th>
                      <td className="px-2 py-2 text-right tabular-nums">{value}</td>
                      <td className="px-2 py-2 text-right tabular-nums" data-testid="benchmark-gap">
                        {gap ? (<>{gap.gap}<span className="block text-xs text-muted">{gap.relative}</span></>) : <span className="text-muted">No value yet</span>}
                      </td>
                      <td className="px-2 py-2" data-testid="benchmark-position">
                        {gap ? gap.position ? <Badge tone={tone[gap.position]}>{gap.positionLabel}</Badge> : <span className="text-muted">{gap.positionLabel}</span> : <span className="text-muted">—</span>}
                      </td>
                      <td className="max-w-[14rem] break-words px-2 py-2">
                        {b.sourceUrl ? <a className="text-brand-700 underline" href={b.sourceUrl} target="_blank" rel="noreferrer noopener">{b.source || 'Link'}</a> : b.source || <span className="text-muted">—</span>}
                      </td>
                      {canEdit && (
                        <td className="whitespace-nowrap px-2 py-2 text-right">
                          {!isRef && (
                            <Button
                              variant="ghost"
                              size="sm"
                              onClick={async () => after(await setReferenceBenchmarkAction(null, { workspace, measureId: measure.id, benchmarkId: b.id, version: measure.version }), `${name} is now the reference.`)}
                            >
                              <Star className="h-4 w-4" aria-hidden /> Use as reference
                            </Button>
                          )}
                          <Button variant="ghost" size="icon" aria-label={`Edit ${name}`} onClick={() => setDialog({ editing: b })}>
                            <Pencil className="h-4 w-4" aria-hidden />
                          </Button>
                          <ConfirmDialog
                            trigger={
                              <Button variant="ghost" size="icon" aria-label={`Delete ${name}`}>
                                <Trash2 className="h-4 w-4" aria-hidden />
                              </Button>
                            }
                            title={`Delete the benchmark “${name}”?`}
                            description={isRef ? 'It is the reference of this measure: the measure will have no reference until you choose another.' : `${value} will be removed from ${measure.name}.`}
                            confirmLabel="Delete benchmark"
                            onConfirm={async () => after(await deleteBenchmarkAction(null, { workspace, id: b.id, version: b.version }), `Deleted ${name}.`) || false}
                          />
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </CardBody>
      {canEdit && <BenchmarkDialog workspace={workspace} measureId={measure.id} measureName={measure.name} editing={dialog?.editing} open={dialog !== null} onOpenChange={(o) => !o && setDialog(null)} />}
    </Card>
  );
}
