'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Download, Upload } from 'lucide-react';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/field';
import { Label } from '@/components/ui/input';
import { toast } from '@/components/ui/toaster';
import { IMPORT_MAX_BYTES, measurementsTemplate } from '@/lib/csv/measurements-import';
import { cn } from '@/lib/utils';
import { BadRowsTable } from './bad-rows-table';
import { errorOf, uploadWithProgress, type BadRow } from './upload';

export type ImportMeasurementsDialogProps = {
  workspace: string;
  scorecardId: string;
  /** The scorecard's measures with an example period label each, for the downloadable template. */
  templateRows?: { name: string; period: string }[];
  /** The trigger's size: small in a card's toolbar, regular in a page header. */
  size?: 'sm' | 'md';
};

type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; sent: number }
  | { kind: 'processing'; step: 'waiting' | 'validating' | 'writing'; written?: number; rows?: number }
  | { kind: 'done'; created: number; updated: number; unchanged: number; rows: number }
  | { kind: 'failed'; message: string; rows: BadRow[] };

const SAMPLE = 'measure,period,value,note\nNet Promoter Score,2026-02,41.5,after launch\nWebsite traffic,2026-W07,12000,';

/** "Import CSV": pick or drop a file, watch it upload, then read the counts or every bad row (nothing written). */
export function ImportMeasurementsDialog({ workspace, scorecardId, templateRows = [], size = 'sm' }: ImportMeasurementsDialogProps) {
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const [file, setFile] = React.useState<File | null>(null);
  const [phase, setPhase] = React.useState<Phase>({ kind: 'idle' });
  const [dragging, setDragging] = React.useState(false);
  const inputId = React.useId();
  const busy = phase.kind === 'uploading' || phase.kind === 'processing';
  const template = React.useMemo(() => `data:text/csv;charset=utf-8,${encodeURIComponent(measurementsTemplate(templateRows))}`, [templateRows]);

  const choose = (f: File | null | undefined) => {
    setFile(f ?? null);
    setPhase(f && f.size > IMPORT_MAX_BYTES ? { kind: 'failed', message: 'The file is larger than 5 MB: split it into smaller files.', rows: [] } : { kind: 'idle' });
  };

  async function start() {
    if (!file || busy) return;
    setPhase({ kind: 'uploading', sent: 0 });
    try {
      const url = `/api/v1/workspaces/${workspace}/scorecards/${scorecardId}/measurement-imports`;
      const answer = await uploadWithProgress(
        url,
        file,
        (sent) => setPhase(sent >= 1 ? { kind: 'processing', step: 'waiting' } : { kind: 'uploading', sent }),
        (line) => {
          if (line.phase === 'validating') setPhase({ kind: 'processing', step: 'validating' });
          if (line.phase === 'writing') setPhase({ kind: 'processing', step: 'writing', written: Number(line.written), rows: Number(line.rows) });
        },
      );
      if (answer.status === 200 && answer.json) {
        const r = answer.json as { created: number; updated: number; unchanged: number; rows: number };
        setPhase({ kind: 'done', ...r });
        toast.success(`Imported ${r.rows} rows: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged.`);
        router.refresh();
      } else {
        const e = errorOf(answer);
        setPhase({ kind: 'failed', message: e.message, rows: e.rows });
      }
    } catch (e) {
      setPhase({ kind: 'failed', message: (e as Error).message, rows: [] });
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        if (busy) return;
        setOpen(o);
        if (!o) choose(null);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary" size={size}>
          <Upload className="h-4 w-4" aria-hidden /> Import CSV
        </Button>
      </DialogTrigger>
      <DialogContent title="Import measurements" description="Columns by header name: measure (name or id), period, value and optionally note. Comma or semicolon, decimals with a point, UTF-8, up to 5 MB / 50,000 rows." className="max-w-2xl">
        <div className="space-y-4">
          <details className="text-sm">
            <summary className="cursor-pointer text-brand-700">Expected format</summary>
            <pre className="mt-2 overflow-x-auto rounded-md bg-canvas p-3 text-xs">{SAMPLE}</pre>
            <p className="mt-1 text-xs text-muted">Periods follow each measure’s frequency: 2026-W07 (week), 2026-02 (month), 2026-Q1 (quarter). A period that already has a value gets it replaced; the old value stays in the history.</p>
          </details>
          <a href={template} download="measurements-template.csv" className="inline-flex items-center gap-1 text-sm text-brand-700 hover:underline">
            <Download className="h-4 w-4" aria-hidden /> Download a template
          </a>
          <div
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              if (!busy) choose(e.dataTransfer.files[0]);
            }}
            className={cn('rounded-lg border-2 border-dashed p-4 text-center text-sm', dragging ? 'border-brand-500 bg-brand-50' : 'border-line')}
          >
            <Label htmlFor={inputId}>CSV file</Label>
            <p className="text-xs text-muted">Drop it here or choose it.</p>
            <input id={inputId} type="file" accept=".csv,text/csv,text/plain" disabled={busy} className="mx-auto mt-2 block max-w-full text-sm" onChange={(e) => choose(e.target.files?.[0])} />
            {file && <p className="mt-1 text-xs text-muted">{file.name} · {(file.size / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} kB</p>}
          </div>
          <Progress phase={phase} />
          <Report phase={phase} />
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" disabled={busy} onClick={() => setOpen(false)}>
              Done
            </Button>
            <Button type="button" onClick={start} disabled={!file || busy || (phase.kind === 'failed' && file.size > IMPORT_MAX_BYTES)} loading={busy}>
              Import
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}

function Progress({ phase }: { phase: Phase }) {
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

function Report({ phase }: { phase: Phase }) {
  if (phase.kind === 'failed') {
    return (
      <div className="space-y-2">
        <FormMessage>{phase.message}</FormMessage>
        <BadRowsTable rows={phase.rows} caption="Rows that could not be imported" />
      </div>
    );
  }
  if (phase.kind !== 'done') return null;
  return (
    <div role="status" className="rounded-md bg-success-bg px-3 py-2 text-sm text-success">
      <p className="font-medium">Imported {phase.rows} {phase.rows === 1 ? 'row' : 'rows'}.</p>
      <dl className="mt-1 flex flex-wrap gap-x-4">
        {(['created', 'updated', 'unchanged'] as const).map((k) => (
          <div key={k} className="flex gap-1">
            <dt className="capitalize">{k}:</dt>
            <dd data-testid={`import-${k}`}>{phase[k]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
