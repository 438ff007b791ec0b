'use client';

import { Plus, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input, Label } from '@/components/ui/input';
import type { Frequency } from '@/lib/periods';
import { emptyTarget, type TargetRow } from './measure-types';

const EXAMPLE: Record<Frequency, string> = { weekly: '2026-W07', monthly: '2026-02', quarterly: '2026-Q1' };

/** Time-phased targets: each row applies from its period on; ranges take a lower and an upper bound. */
export function TargetsEditor({
  rows,
  onChange,
  range,
  frequency,
  errors,
}: {
  rows: TargetRow[];
  onChange: (rows: TargetRow[]) => void;
  range: boolean;
  frequency: Frequency;
  errors: (key: string) => string[] | undefined;
}) {
  const set = (key: string, patch: Partial<TargetRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const listError = errors('targets');
  const cell = (i: number, row: TargetRow, k: 'from' | 'target' | 'lo' | 'hi', label: string) => {
    const id = `target-${row.key}-${k}`;
    const err = errors(`targets.${i}.${k}`);
    // On a phone the period takes its own line and the numbers share the next.
    return (
      <div className={k === 'from' ? 'min-w-0 basis-full space-y-1 sm:flex-1 sm:basis-0' : 'min-w-0 flex-1 space-y-1'}>
        <Label htmlFor={id} className="text-xs">
          {label}
        </Label>
        <Input
          id={id}
          value={row[k]}
          placeholder={k === 'from' ? EXAMPLE[frequency] : undefined}
          aria-invalid={err ? true : undefined}
          aria-describedby={err ? `${id}-error` : undefined}
          onChange={(e) => set(row.key, { [k]: e.target.value })}
        />
        {err && (
          <p id={`${id}-error`} className="text-xs text-danger">
            {err.join(' ')}
          </p>
        )}
      </div>
    );
  };
  return (
    <fieldset className="space-y-3 rounded-md border border-line p-3">
      <legend className="px-1 text-sm font-medium">Targets over time</legend>
      <p className="text-xs text-muted">
        Each target applies from its period on (written like {EXAMPLE[frequency]}), until the next one. Past periods are scored against the target then in force.
      </p>
      <ol className="space-y-3">
        {rows.map((row, i) => (
          <li key={row.key} className="flex flex-wrap items-start gap-2 sm:flex-nowrap" aria-label={`Target ${i + 1}`}>
            {cell(i, row, 'from', `Target ${i + 1} from period`)}
            {range ? (
              <>
                {cell(i, row, 'lo', 'Lower bound')}
                {cell(i, row, 'hi', 'Upper bound')}
              </>
            ) : (
              cell(i, row, 'target', 'Target')
            )}
            <Button type="button" variant="ghost" size="icon" className="mt-5 shrink-0" aria-label={`Remove target ${i + 1}`} disabled={rows.length === 1} onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
              <X className="h-4 w-4" aria-hidden />
            </Button>
          </li>
        ))}
      </ol>
      {listError && <p className="text-sm text-danger">{listError.join(' ')}</p>}
      <Button type="button" variant="secondary" size="sm" onClick={() => onChange([...rows, { ...emptyTarget(frequency), from: '' }])}>
        <Plus className="h-4 w-4" aria-hidden /> Add target
      </Button>
    </fieldset>
  );
}
