import { FormMessage } from '@/components/ui/field';
import { BadRowsTable } from './bad-rows-table';
import type { BadRow } from './upload';

export type ImportCounts = { created: number; updated: number; unchanged: number; rows: number } & Record<string, number>;

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'uploading'; sent: number }
  | { kind: 'processing'; step: 'waiting' | 'validating' | 'writing'; written?: number; rows?: number }
  | { kind: 'done'; counts: ImportCounts }
  | { kind: 'failed'; message: string; rows: BadRow[] };

/** The progress bar of an import under way: upload share, then validation, then rows written. */
export function ImportProgress({ phase }: { phase: ImportPhase }) {
  if (phase.kind !== 'uploading' && phase.kind !== 'processing') return null;
  const writing = phase.kind === 'processing' && phase.step === 'writing' && phase.rows ? phase : null;
  const pct = phase.kind === 'uploading' ? Math.round(phase.sent * 100) : writing ? Math.round(((writing.written ?? 0) / writing.rows!) * 100) : 100;
  const label = phase.kind === 'uploading' ? 'Upload' : writing ? 'Writing' : 'Validation';
  const text =
    phase.kind === 'uploading'
      ? `Uploading… ${pct} %`
      : writing
        ? `Writing… ${writing.written!.toLocaleString('en-US')} of ${writing.rows!.toLocaleString('en-US')} rows`
        : 'Validating every row…';
  return (
    <div className="space-y-1" role="status">
      <div className="h-2 overflow-hidden rounded bg-canvas">
        <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} className="h-full bg-brand-600 transition-all" style={{ width: `${pct}%` }} />
      </div>
      <p className="text-xs text-muted">{text}</p>
    </div>
  );
}

/** The outcome: the counts (plus any extra ones, e.g. references set), or the message and every bad row. */
export function ImportReport({ phase, extraCounts = [] }: { phase: ImportPhase; extraCounts?: { key: string; label: string }[] }) {
  if (phase.kind === 'failed') {
    return (
      <div className="space-y-2">
        <FormMessage>{phase.message}</FormMessage>
        <BadRowsTable rows={phase.rows} caption="Rows that could not be imported" />
      </div>
    );
  }
  if (phase.kind !== 'done') return null;
  const c = phase.counts;
  const shown = [{ key: 'created', label: 'Created' }, { key: 'updated', label: 'Updated' }, { key: 'unchanged', label: 'Unchanged' }, ...extraCounts];
  return (
    <div role="status" className="rounded-md bg-success-bg px-3 py-2 text-sm text-success">
      <p className="font-medium">Imported {c.rows} {c.rows === 1 ? 'row' : 'rows'}.</p>
      <dl className="mt-1 flex flex-wrap gap-x-4">
        {shown.map(({ key, label }) => (
          <div key={key} className="flex gap-1">
            <dt>{label}:</dt>
            <dd data-testid={`import-${key}`}>{c[key] ?? 0}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
