'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Pencil, Plus, Trash2 } from 'lucide-react';
import { deleteMeasurementAction } from '../actions';
import { MeasurementDialog } from './measurement-dialog';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/page-header';
import { toast } from '@/components/ui/toaster';
import { describeSurvey, SOURCE_LABELS, type MeasureForPanel, type MeasurementView } from '@/lib/measurements/view';
import { formatMeasureValue } from '@/lib/scorecards/format';

const PERIOD_HINT = { weekly: '2026-W07', monthly: '2026-02', quarterly: '2026-Q1' } as const;

export type MeasurementsPanelProps = {
  workspace: string;
  measure: MeasureForPanel;
  /** toMeasurementViews(listMeasurements(...), frequency): newest period first. */
  measurements: MeasurementView[];
  /** The label of the current period of the measure's frequency (workspace time zone): the default for "Add value". */
  currentPeriod: string;
  canEdit: boolean;
  locale?: string;
  currency?: string;
  /** Extra buttons in the header (e.g. <SurveyUploadButton />). */
  actions?: React.ReactNode;
};

/** The measure's values by period (newest first) with who set each; editors add, edit (versioned) and delete. */
export function MeasurementsPanel({ workspace, measure, measurements, currentPeriod, canEdit, locale = 'en-US', currency = 'USD', actions }: MeasurementsPanelProps) {
  const router = useRouter();
  const [dialog, setDialog] = React.useState<{ editing?: MeasurementView } | null>(null);
  const fmt = (v: number) => formatMeasureValue(v, measure, { locale, currency });
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Card>
      <CardHeader
        title="Measurements"
        description={`One value per ${measure.frequency.replace('ly', '')}, e.g. ${PERIOD_HINT[measure.frequency]}.`}
        action={
          canEdit && (
            <div className="flex flex-wrap gap-2">
              {actions}
              <Button size="sm" onClick={() => setDialog({})}>
                <Plus className="h-4 w-4" aria-hidden /> Add value
              </Button>
            </div>
          )
        }
      />
      <CardBody>
        {measurements.length === 0 ? (
          <EmptyState title="No values yet">
            {canEdit ? 'Add a value for a period, import a CSV or upload survey answers.' : 'Editors can add values, import a CSV or upload survey answers.'}
          </EmptyState>
        ) : (
          <div className="relative -mx-2 overflow-x-auto">
            <table className="w-full min-w-[36rem] text-sm">
              <caption className="sr-only">Values of {measure.name} by period</caption>
              <thead className="text-left text-xs uppercase tracking-wide text-muted">
                <tr>
                  <th scope="col" className="px-2 py-2 font-medium">Period</th>
                  <th scope="col" className="px-2 py-2 text-right font-medium">Value</th>
                  <th scope="col" className="px-2 py-2 font-medium">Note</th>
                  <th scope="col" className="px-2 py-2 font-medium">Last change</th>
                  {canEdit && <th scope="col" className="px-2 py-2"><span className="sr-only">Actions</span></th>}
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {measurements.map((m) => (
                  <tr key={m.id} aria-label={m.period}>
                    <th scope="row" className="whitespace-nowrap px-2 py-2 font-medium">{m.period}</th>
                    <td className="px-2 py-2 text-right tabular-nums">
                      <span data-testid="measurement-value">{fmt(m.value)}</span>
                      {m.survey && <span className="block text-xs text-muted">{describeSurvey(m.survey)}</span>}
                    </td>
                    <td className="max-w-[16rem] break-words px-2 py-2">{m.note || <span className="text-muted">—</span>}</td>
                    <td className="px-2 py-2 text-xs text-muted">
                      {m.changedBy ?? 'Someone'} ({SOURCE_LABELS[m.source]})
                      <span className="block">{when.format(new Date(m.updatedAt))}</span>
                    </td>
                    {canEdit && (
                      <td className="whitespace-nowrap px-2 py-2 text-right">
                        <Button variant="ghost" size="icon" aria-label={`Edit ${m.period}`} onClick={() => setDialog({ editing: m })}>
                          <Pencil className="h-4 w-4" aria-hidden />
                        </Button>
                        <ConfirmDialog
                          trigger={
                            <Button variant="ghost" size="icon" aria-label={`Delete ${m.period}`}>
                              <Trash2 className="h-4 w-4" aria-hidden />
                            </Button>
                          }
                          title={`Delete the value of ${m.period}?`}
                          description={`${fmt(m.value)} will be removed from ${measure.name}; the history keeps it.`}
                          confirmLabel="Delete value"
                          onConfirm={async () => {
                            const r = await deleteMeasurementAction(null, { workspace, id: m.id, version: m.version });
                            if (!r.ok) {
                              toast.error(r.code === 'conflict' ? 'Someone changed this value meanwhile: look at it again before deleting.' : r.error);
                              router.refresh();
                              return false;
                            }
                            toast.success(`Deleted the value of ${r.data.period}.`);
                            router.refresh();
                          }}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </CardBody>
      {canEdit && (
        <MeasurementDialog
          workspace={workspace}
          measureId={measure.id}
          measureName={measure.name}
          periodHint={PERIOD_HINT[measure.frequency]}
          defaultPeriod={currentPeriod}
          editing={dialog?.editing}
          open={dialog !== null}
          onOpenChange={(o) => !o && setDialog(null)}
        />
      )}
    </Card>
  );
}
