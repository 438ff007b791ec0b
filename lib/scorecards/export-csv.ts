// A scorecard's measures and measurements as CSV for spreadsheets. Values are raw numbers (full precision, no
// unit, "." decimals) so they can be computed with; statuses and trends are words. The measurements file has the
// columns the measurement import reads (measure, period, value, note), so it can be edited and imported again.
import { toCsv } from '@/lib/csv/write';
import { formatPeriod, type Frequency } from '@/lib/periods';
import { gapOf } from '@/lib/benchmarks/gap';
import { benchmarkName } from '@/lib/benchmarks/format';
import { directionLabels, frequencyLabels, statusLabels, trendLabel } from './format';
import type { ScorecardView } from './view-types';

export const MEASURE_COLUMNS = [
  'perspective', 'objective', 'measure', 'description', 'unit', 'direction', 'frequency', 'indicator', 'weight', 'baseline',
  'target', 'target low', 'target high', 'latest period', 'latest value', 'status', 'progress %', 'trend', 'owner',
  'stage', 'journey', 'data source', 'formula', 'reference benchmark', 'benchmark value', 'gap', 'relative gap %', 'measure id',
] as const;

/** One row per measure, in scorecard order (perspective, objective, measure). */
export function measuresToCsv(view: ScorecardView): string {
  const rows = view.perspectives.flatMap((p) =>
    p.objectives.flatMap((o) =>
      o.measures.map((m) => {
        const { latest, target, status, progress, trend } = m.score;
        const band = target !== null && typeof target === 'object' ? target : null;
        const gap = m.reference && gapOf(latest?.value ?? null, m.reference.value, {
          direction: m.direction === 'range' ? { kind: 'range', band } : m.direction,
          decimals: m.decimals,
          unit: m.unit,
        });
        return [
          p.label, o.name, m.name, m.description, m.unit === '%' ? '%' : m.unitLabel.trim() || m.unit,
          directionLabels[m.direction], frequencyLabels[m.frequency], m.indicator, m.weight, m.baseline,
          typeof target === 'number' ? target : null, band?.lo, band?.hi,
          latest ? formatPeriod(latest.period, m.frequency) : null, latest?.value, statusLabels[status],
          progress === null ? null : Math.round(progress * 1000) / 10, trend ? trendLabel(trend) : null,
          m.owner?.name, m.stage?.name, m.stage?.journeyName, m.dataSource, m.formula,
          m.reference ? benchmarkName(m.reference) : null, m.reference?.value, gap?.gap, gap?.relative, m.id,
        ];
      }),
    ),
  );
  return toCsv(MEASURE_COLUMNS, rows);
}

export const MEASUREMENT_COLUMNS = ['measure', 'period', 'value', 'note', 'updated at', 'measure id'] as const;

export type MeasurementExportRow = {
  measureId: string;
  measureName: string;
  frequency: Frequency;
  period: string;
  value: number;
  note: string;
  updatedAt: Date;
};

/** One row per measurement, measures in scorecard order and periods oldest first (as the query returns them). */
export function measurementsToCsv(rows: readonly MeasurementExportRow[]): string {
  return toCsv(
    MEASUREMENT_COLUMNS,
    rows.map((r) => [r.measureName, formatPeriod(r.period, r.frequency), r.value, r.note, r.updatedAt.toISOString(), r.measureId]),
  );
}
