'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { createBenchmarkAction, updateBenchmarkAction } from '../actions';
import { Dialog, DialogActions, DialogContent } from '@/components/ui/dialog';
import { Field, FormMessage } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { Button } from '@/components/ui/button';
import { ConflictPanel } from '@/components/ui/conflict-panel';
import { KeepValuesForm, useActionForm } from '@/components/ui/action-form';
import { toast } from '@/components/ui/toaster';
import { BENCHMARK_KINDS, benchmarkKindLabels } from '@/lib/validations/benchmarks';
import type { BenchmarkView } from '@/db/queries/benchmarks';

type Props = { workspace: string; measureId: string; measureName: string; editing?: BenchmarkView; open: boolean; onOpenChange: (open: boolean) => void };
type Values = Pick<BenchmarkView, 'kind' | 'competitorName' | 'asOf' | 'periodLabel' | 'source' | 'sourceUrl' | 'note'> & { value: string };
const FIELDS: { key: keyof Values; label: string }[] = [
  { key: 'kind', label: 'Kind' },
  { key: 'competitorName', label: 'Competitor' },
  { key: 'value', label: 'Value' },
  { key: 'asOf', label: 'As of' },
  { key: 'periodLabel', label: 'Period' },
  { key: 'source', label: 'Source' },
  { key: 'sourceUrl', label: 'Source URL' },
  { key: 'note', label: 'Note' },
];

const valuesOf = (b?: BenchmarkView): Values => ({
  kind: b?.kind ?? 'industry_average',
  competitorName: b?.competitorName ?? '',
  value: b ? String(b.value) : '',
  asOf: b?.asOf ?? new Date().toISOString().slice(0, 10),
  periodLabel: b?.periodLabel ?? '',
  source: b?.source ?? '',
  sourceUrl: b?.sourceUrl ?? '',
  note: b?.note ?? '',
});

/** Add or edit a benchmark (versioned: a stale save shows the other person's benchmark, keeping yours). */
export function BenchmarkDialog({ workspace, measureId, measureName, editing, open, onOpenChange }: Props) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={editing ? 'Edit benchmark' : 'Add a benchmark'} description={`${measureName}: an external reference value to compare the latest value with.`}>
        {open && <BenchmarkForm key={editing?.id ?? 'new'} {...{ workspace, measureId, editing }} onDone={() => onOpenChange(false)} />}
      </DialogContent>
    </Dialog>
  );
}

function BenchmarkForm({ workspace, measureId, editing, onDone }: Pick<Props, 'workspace' | 'measureId' | 'editing'> & { onDone: () => void }) {
  const router = useRouter();
  const [v, setV] = React.useState<Values>(() => valuesOf(editing));
  const [version, setVersion] = React.useState(editing?.version ?? 0);
  const onSaved = React.useCallback(() => {
    toast.success(editing ? 'Benchmark saved.' : 'Benchmark added.');
    router.refresh();
    onDone();
  }, [router, onDone, editing]);
  const action = editing ? updateBenchmarkAction : createBenchmarkAction;
  const { state, formAction, pending, errors, formError } = useActionForm(action as typeof createBenchmarkAction, onSaved);
  const current = state && !state.ok && state.code === 'conflict' ? (state.current as BenchmarkView | undefined) : undefined;
  const theirs = current ? valuesOf(current) : null;
  const set = (k: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setV((p) => ({ ...p, [k]: e.target.value }));
  const id = (k: string) => `bm-${k}-${editing?.id ?? measureId}`;
  return (
    <KeepValuesForm action={formAction} className="space-y-4">
      <input type="hidden" name="workspace" value={workspace} />
      {editing ? <input type="hidden" name="id" value={editing.id} /> : <input type="hidden" name="measureId" value={measureId} />}
      {editing && <input type="hidden" name="version" value={current?.version ?? version} />}
      {current && theirs && (
        <ConflictPanel
          what="this benchmark"
          rows={FIELDS.map((f) => ({ key: f.key, label: f.label, theirs: f.key === 'kind' ? benchmarkKindLabels[theirs.kind] : theirs[f.key], differs: theirs[f.key] !== v[f.key] }))}
          onUseTheirs={() => {
            setV(theirs);
            setVersion(current.version);
          }}
        />
      )}
      {formError && !current && <FormMessage>{formError}</FormMessage>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id('kind')} label="Kind" errors={errors('kind')}>
          {(aria) => (
            <Select {...aria} name="kind" value={v.kind} onChange={set('kind')}>
              {BENCHMARK_KINDS.map((k) => (
                <option key={k} value={k}>{benchmarkKindLabels[k]}</option>
              ))}
            </Select>
          )}
        </Field>
        {v.kind === 'competitor' && (
          <Field id={id('competitor')} label="Competitor name" errors={errors('competitorName')}>
            {(aria) => <Input {...aria} name="competitorName" value={v.competitorName} onChange={set('competitorName')} autoComplete="off" />}
          </Field>
        )}
        <Field id={id('value')} label="Value" hint="Use a point for decimals, e.g. 12.5" errors={errors('value')}>
          {(aria) => <Input {...aria} name="value" inputMode="decimal" value={v.value} onChange={set('value')} autoComplete="off" />}
        </Field>
        <Field id={id('asof')} label="As of" errors={errors('asOf')}>
          {(aria) => <Input {...aria} type="date" name="asOf" value={v.asOf} onChange={set('asOf')} />}
        </Field>
        <Field id={id('period')} label="Period (optional)" hint="e.g. 2025 or Q3 2025" errors={errors('periodLabel')}>
          {(aria) => <Input {...aria} name="periodLabel" value={v.periodLabel} onChange={set('periodLabel')} autoComplete="off" />}
        </Field>
        <Field id={id('source')} label="Source (optional)" errors={errors('source')}>
          {(aria) => <Input {...aria} name="source" value={v.source} onChange={set('source')} autoComplete="off" />}
        </Field>
        <Field id={id('url')} label="Source URL (optional)" errors={errors('sourceUrl')}>
          {(aria) => <Input {...aria} type="url" name="sourceUrl" value={v.sourceUrl} onChange={set('sourceUrl')} autoComplete="off" />}
        </Field>
      </div>
      <Field id={id('note')} label="Note (optional)" errors={errors('note')}>
        {(aria) => <Textarea {...aria} name="note" rows={2} value={v.note} onChange={set('note')} />}
      </Field>
      <DialogActions>
        <Button type="submit" loading={pending}>
          {current ? 'Save mine anyway' : editing ? 'Save benchmark' : 'Add benchmark'}
        </Button>
      </DialogActions>
    </KeepValuesForm>
  );
}
