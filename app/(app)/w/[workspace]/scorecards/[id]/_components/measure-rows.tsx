'use client';

import Link from 'next/link';
import { ProgressBar } from '@/components/scorecard/progress-bar';
import { Sparkline } from '@/components/scorecard/sparkline';
import { StatusBadge } from '@/components/scorecard/status-badge';
import { TrendIndicator } from '@/components/scorecard/trend-indicator';
import type { MeasureRowData } from './measure-row-data';

/** An objective's measures: status in words and icon, latest value with its period, target, progress, sparkline, trend and gap to the reference. */
export function MeasureRows({ slug, rows, locale }: { slug: string; rows: MeasureRowData[]; locale: string }) {
  if (!rows.length) return <p className="py-1 text-xs text-muted">No measures yet.</p>;
  return (
    <ul className="divide-y divide-line" aria-label="Measures">
      {rows.map((m) => (
        <li key={m.id} className="measure-row">
          <div className="flex min-w-0 flex-wrap items-center gap-2">
            <Link href={`/w/${slug}/kpis/${m.id}`} prefetch={false} className="break-words font-medium hover:underline">
              {m.name}
            </Link>
            <StatusBadge status={m.status} />
          </div>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1.5">
            <span>
              <span className="font-medium tabular-nums">{m.value}</span>
              {m.period && <span className="text-xs text-muted">{` in ${m.period}`}</span>}
            </span>
            <span className="text-xs text-muted">{`Target ${m.target}`}</span>
            <ProgressBar value={m.progress} status={m.status} locale={locale} className="w-24" />
            <Sparkline values={m.recent} />
            <TrendIndicator trend={m.trend} />
            {m.gap && (
              <span className="text-xs text-muted" data-testid="reference-gap">
                {m.gap.mark && <span aria-hidden>{`${m.gap.mark} `}</span>}
                {m.gap.text}
              </span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
