'use client';

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartRow } from '@/lib/measurements/series';

export type BenchmarkLine = { label: string; value: number; reference: boolean };

/**
 * The measured series against the target(s) in force (a step line, since targets change from a period on) and the
 * baseline. Decorative for screen readers: the summary and the table beside it say the same in words.
 */
export function MeasureChart({ rows, baseline, range, unit, benchmarks = [] }: { rows: ChartRow[]; baseline: number | null; range: boolean; unit: string; benchmarks?: BenchmarkLine[] }) {
  return (
    <div aria-hidden className="h-72 w-full min-w-0">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--color-line)" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
          <YAxis tick={{ fontSize: 11 }} width={48} domain={['auto', 'auto']} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? `${v}${unit ? ` ${unit}` : ''}` : String(v))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {baseline !== null && <ReferenceLine y={baseline} ifOverflow="extendDomain" stroke="var(--color-muted)" strokeDasharray="6 4" label={{ value: 'Baseline', fontSize: 11, position: 'insideTopLeft' }} />}
          {benchmarks.map((b, i) => (
            <ReferenceLine
              key={`${b.label}-${i}`}
              y={b.value}
              ifOverflow="extendDomain"
              stroke={b.reference ? 'var(--color-danger)' : 'var(--color-muted)'}
              strokeDasharray={b.reference ? '2 2' : '1 3'}
              label={{ value: `${b.label}${b.reference ? ' (reference)' : ''}`, fontSize: 11, position: 'insideBottomRight' }}
            />
          ))}
          {range ? (
            <>
              <Line name="Range low" type="stepAfter" dataKey="lo" stroke="var(--color-warning)" strokeDasharray="5 3" dot={false} isAnimationActive={false} />
              <Line name="Range high" type="stepAfter" dataKey="hi" stroke="var(--color-warning)" strokeDasharray="5 3" dot={false} isAnimationActive={false} />
            </>
          ) : (
            <Line name="Target" type="stepAfter" dataKey="target" stroke="var(--color-warning)" strokeDasharray="5 3" dot={false} isAnimationActive={false} />
          )}
          <Line name="Measured" type="linear" dataKey="value" stroke="var(--color-brand-600)" strokeWidth={2} connectNulls dot={{ r: 2 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
