'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Download, Upload } from 'lucide-react';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/input';
import { toast } from '@/components/ui/toaster';
import { IMPORT_MAX_BYTES } from '@/lib/csv/csv-table';
import { cn } from '@/lib/utils';
import { ImportProgress, ImportReport, type ImportCounts, type ImportPhase } from './import-status';
import { errorOf, uploadWithProgress } from './upload';

export type CsvImportDialogProps = {
  /** The trigger's text, the dialog's title and description. */
  trigger: string;
  title: string;
  description: string;
  /** The import route; null while the caller still needs a choice (e.g. a scorecard) from `before`. */
  url: string | null;
  /** The column description and a sample, shown under "Expected format". */
  format: React.ReactNode;
  template: { csv: string; filename: string };
  /** Fields above the file picker (e.g. which scorecard). */
  before?: React.ReactNode;
  extraCounts?: { key: string; label: string }[];
  size?: 'sm' | 'md';
};

const TOO_LARGE = 'The file is larger than 5 MB: split it into smaller files.';

/** A CSV import: pick or drop a file, watch it upload, then read the counts or every bad row (nothing written). */
export function CsvImportDialog({ trigger, title, description, url, format, template, before, extraCounts, size = 'sm' }: CsvImportDialogProps) {
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const [file, setFile] = React.useState<File | null>(null);
  const [phase, setPhase] = React.useState<ImportPhase>({ kind: 'idle' });
  const [dragging, setDragging] = React.useState(false);
  const inputId = React.useId();
  const busy = phase.kind === 'uploading' || phase.kind === 'processing';
  const href = React.useMemo(() => `data:text/csv;charset=utf-8,${encodeURIComponent(template.csv)}`, [template.csv]);

  const choose = (f: File | null | undefined) => {
    setFile(f ?? null);
    setPhase(f && f.size > IMPORT_MAX_BYTES ? { kind: 'failed', message: TOO_LARGE, rows: [] } : { kind: 'idle' });
  };

  async function start() {
    if (!file || !url || busy) return;
    setPhase({ kind: 'uploading', sent: 0 });
    try {
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
        const counts = answer.json as ImportCounts;
        setPhase({ kind: 'done', counts });
        toast.success(`Imported ${counts.rows} rows: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged.`);
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
          <Upload className="h-4 w-4" aria-hidden /> {trigger}
        </Button>
      </DialogTrigger>
      <DialogContent title={title} description={description} className="max-w-2xl">
        <div className="space-y-4">
          <details className="text-sm">
            <summary className="cursor-pointer text-brand-700">Expected format</summary>
            {format}
          </details>
          <a href={href} download={template.filename} className="inline-flex items-center gap-1 text-sm text-brand-700 hover:underline">
            <Download className="h-4 w-4" aria-hidden /> Download a template
          </a>
          {before}
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
          <ImportProgress phase={phase} />
          <ImportReport phase={phase} extraCounts={extraCounts} />
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" disabled={busy} onClick={() => setOpen(false)}>
              Done
            </Button>
            <Button type="button" onClick={start} disabled={!file || !url || busy || (phase.kind === 'failed' && file.size > IMPORT_MAX_BYTES)} loading={busy}>
              Import
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
