'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { ClipboardList } from 'lucide-react';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { Button } from '@/components/ui/button';
import { Field, FormMessage } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { toast } from '@/components/ui/toaster';
import { IMPORT_MAX_BYTES } from '@/lib/csv/measurements-import';
import { describeSurvey } from '@/lib/measurements/view';
import type { SurveyCounts } from '@/db/schema/measures';
import { BadRowsTable } from '@/components/csv-import/bad-rows-table';
import { errorOf, uploadWithProgress, type BadRow } from '@/components/csv-import/upload';

type Kind = 'nps' | 'csat' | 'ces';
const KINDS: Record<Kind, string> = { nps: 'NPS (answers 0–10)', csat: 'CSAT (answers 1–5)', ces: 'CES (answers 1–7)' };
const SHORT: Record<Kind, string> = { nps: 'NPS', csat: 'CSAT', ces: 'CES' };

export type SurveyUploadButtonProps = {
  workspace: string;
  measureId: string;
  /** The measure's survey kind; null lets the user choose which survey the answers are from. */
  surveyKind: Kind | null;
  /** The current period's label (the default). */
  defaultPeriod: string;
  periodHint: string;
};

type Result = { period: string; display: string; survey: SurveyCounts; created: number; updated: number; unchanged: number };

/** "Upload survey answers": raw answers (a CSV of one column, or pasted one per line) → the period's score, recorded with its counts. */
export function SurveyUploadButton({ workspace, measureId, surveyKind, defaultPeriod, periodHint }: SurveyUploadButtonProps) {
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const [kind, setKind] = React.useState<Kind>(surveyKind ?? 'nps');
  const [period, setPeriod] = React.useState(defaultPeriod);
  const [answers, setAnswers] = React.useState('');
  const [file, setFile] = React.useState<File | null>(null);
  const [pending, setPending] = React.useState(false);
  const [result, setResult] = React.useState<Result | null>(null);
  const [failure, setFailure] = React.useState<{ message: string; rows: BadRow[]; fields: Record<string, string[]> } | null>(null);
  const id = React.useId();

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setResult(null);
    setFailure(null);
    if (file && file.size > IMPORT_MAX_BYTES) return setFailure({ message: 'The file is larger than 5 MB.', rows: [], fields: {} });
    if (!file && answers.trim() === '') return setFailure({ message: 'Paste the answers or choose a file.', rows: [], fields: { answers: ['Paste the answers, one per line, or choose a file.'] } });
    setPending(true);
    try {
      const q = new URLSearchParams({ period: period.trim(), kind });
      const a = await uploadWithProgress(`/api/v1/workspaces/${workspace}/measures/${measureId}/survey-answers?${q}`, file ?? answers, () => {});
      if (a.status === 200 && a.json) {
        const r = a.json as Result;
        setResult(r);
        toast.success(`${SHORT[kind]} ${r.display} recorded for ${r.period}.`);
        router.refresh();
      } else setFailure(errorOf(a));
    } catch (err) {
      setFailure({ message: (err as Error).message, rows: [], fields: {} });
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog open={open} onOpenChange={(o) => !pending && setOpen(o)}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          <ClipboardList className="h-4 w-4" aria-hidden /> Upload survey answers
        </Button>
      </DialogTrigger>
      <DialogContent title="Upload survey answers" description="The score is computed from the raw answers and recorded for the period, with its counts. Answers must be whole numbers on the survey’s scale.">
        <form onSubmit={submit} noValidate className="space-y-4">
          {failure && (
            <div className="space-y-2">
              <FormMessage>{failure.message}</FormMessage>
              <BadRowsTable rows={failure.rows} caption="Answers that are not valid" />
            </div>
          )}
          {surveyKind === null && (
            <Field id={`${id}-kind`} label="Survey" errors={failure?.fields.kind}>
              {(aria) => (
                <Select {...aria} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
                  {(Object.keys(KINDS) as Kind[]).map((k) => (
                    <option key={k} value={k}>{KINDS[k]}</option>
                  ))}
                </Select>
              )}
            </Field>
          )}
          <Field id={`${id}-period`} label="Period" hint={`e.g. ${periodHint}`} errors={failure?.fields.period}>
            {(aria) => <Input {...aria} value={period} onChange={(e) => setPeriod(e.target.value)} autoComplete="off" />}
          </Field>
          <Field id={`${id}-answers`} label="Answers (one per line)" hint={`${KINDS[kind]}; a header line is optional.`} errors={failure?.fields.answers}>
            {(aria) => <Textarea {...aria} rows={5} value={answers} disabled={!!file} onChange={(e) => setAnswers(e.target.value)} className="font-mono" />}
          </Field>
          <Field id={`${id}-file`} label="…or a CSV file of answers (one column)">
            {(aria) => <input {...aria} type="file" accept=".csv,text/csv,text/plain" className="block max-w-full text-sm" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
          </Field>
          {result && (
            <div role="status" className="rounded-md bg-success-bg px-3 py-2 text-sm text-success">
              <p className="font-medium">
                {SHORT[kind]} for {result.period}: <span data-testid="survey-score">{result.display.replace('-', '−')}</span>
              </p>
              <p>{describeSurvey(result.survey)}</p>
            </div>
          )}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" disabled={pending} onClick={() => setOpen(false)}>
              Done
            </Button>
            <Button type="submit" loading={pending}>
              Compute and record
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
