'use client';

import { CsvImportDialog } from '@/components/csv-import/csv-import-dialog';
import { measurementsTemplate } from '@/lib/csv/measurements-import';

export type ImportMeasurementsDialogProps = {
  workspace: string;
  scorecardId: string;
  /** The scorecard's measures with an example period label each, for the downloadable template. */
  templateRows?: { name: string; period: string }[];
  /** The trigger's size: small in a card's toolbar, regular in a page header. */
  size?: 'sm' | 'md';
};

const SAMPLE = 'measure,period,value,note\nNet Promoter Score,2026-02,41.5,after launch\nWebsite traffic,2026-W07,12000,';

/** "Import CSV": a scorecard's measurements from a file, all rows or none. */
export function ImportMeasurementsDialog({ workspace, scorecardId, templateRows = [], size = 'sm' }: ImportMeasurementsDialogProps) {
  return (
    <CsvImportDialog
      trigger="Import CSV"
      title="Import measurements"
      description="Columns by header name: measure (name or id), period, value and optionally note. Comma or semicolon, decimals with a point, UTF-8, up to 5 MB / 50,000 rows."
      url={`/api/v1/workspaces/${workspace}/scorecards/${scorecardId}/measurement-imports`}
      template={{ csv: measurementsTemplate(templateRows), filename: 'measurements-template.csv' }}
      size={size}
      format={
        <>
          <pre className="mt-2 overflow-x-auto rounded-md bg-canvas p-3 text-xs">{SAMPLE}</pre>
          <p className="mt-1 text-xs text-muted">Periods follow each measure’s frequency: 2026-W07 (week), 2026-02 (month), 2026-Q1 (quarter). A period that already has a value gets it replaced; the old value stays in the history.</p>
        </>
      }
    />
  );
}
