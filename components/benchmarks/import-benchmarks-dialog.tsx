'use client';

import * as React from 'react';
import { CsvImportDialog } from '@/components/csv-import/csv-import-dialog';
import { Label, Select } from '@/components/ui/input';
import { benchmarksTemplate } from '@/lib/csv/benchmarks-import';

export type ImportBenchmarksDialogProps = {
  workspace: string;
  /** The scorecards a file may go into, with their measures' names (for the template); a picker shows when there are several. */
  scorecards: { id: string; name: string; measures: string[] }[];
  size?: 'sm' | 'md';
};

const SAMPLE = [
  'measure,kind,value,as_of,period,competitor,source,source_url,note,reference',
  'Net Promoter Score,industry average,32,2026-01-31,,,Sector survey,https://example.com/nps,,yes',
  'Churn rate,competitor,1.8,,2026-Q1,Acme,Annual report,,,',
].join('\n');

/** "Import benchmarks": a scorecard's benchmarks from a CSV file, all rows or none (editors; mount it only for them). */
export function ImportBenchmarksDialog({ workspace, scorecards, size = 'sm' }: ImportBenchmarksDialogProps) {
  const [chosen, setChosen] = React.useState(scorecards.length === 1 ? scorecards[0].id : '');
  const pickerId = React.useId();
  if (scorecards.length === 0) return null;
  const sc = scorecards.find((s) => s.id === chosen);
  const names = sc ? sc.measures : scorecards.flatMap((s) => s.measures);
  return (
    <CsvImportDialog
      trigger="Import benchmarks"
      title="Import benchmarks"
      description="Columns by header name: measure (name or id), kind, value, as_of and/or period, and optionally competitor, source, source_url, note and reference. Comma or semicolon, decimals with a point, UTF-8, up to 5 MB / 5,000 rows."
      url={sc ? `/api/v1/workspaces/${workspace}/scorecards/${sc.id}/benchmark-imports` : null}
      template={{ csv: benchmarksTemplate(names, new Date().toISOString().slice(0, 10)), filename: 'benchmarks-template.csv' }}
      extraCounts={[{ key: 'references', label: 'References set' }]}
      size={size}
      before={
        scorecards.length > 1 && (
          <div className="space-y-1">
            <Label htmlFor={pickerId}>Scorecard</Label>
            <Select id={pickerId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">Choose the scorecard of the measures…</option>
              {scorecards.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          </div>
        )
      }
      format={
        <>
          <pre className="mt-2 overflow-x-auto rounded-md bg-canvas p-3 text-xs">{SAMPLE}</pre>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs text-muted">
            <li>kind: industry average, top quartile (or best in class), competitor or internal best practice.</li>
            <li>as_of: the date the value is as of (YYYY-MM-DD); with only a period (2026-W07, 2026-02, 2026-Q1, as the measure counts) it is the period’s last day.</li>
            <li>competitor: the competitor’s name, for the kind competitor only. source_url: an http:// or https:// address.</li>
            <li>reference: yes makes the row the measure’s reference benchmark (one per measure).</li>
            <li>A row with the kind, competitor, as-of date and period of an existing benchmark updates it; the same file twice changes nothing.</li>
          </ul>
        </>
      }
    />
  );
}
