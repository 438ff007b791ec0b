'use client';

import * as React from 'react';
import Link from 'next/link';
import { ChartLine } from 'lucide-react';
import { DataTable } from '@/components/data-table/data-table';
import { dataColumns, sortBy, type DataColumn } from '@/components/data-table/features';
import { Badge } from '@/components/ui/badge';
import { benchmarkKindLabels } from '@/lib/validations/benchmarks';
import { distinct, PERSPECTIVE_ORDER, perspectiveOptions } from '../../kpis/_components/kpi-rows';
import type { BenchmarkPageRow } from './benchmark-rows';

const col = dataColumns<BenchmarkPageRow>();
const NONE = 'none';
const NO_STAGE = 'No stage';
const POSITION_ORDER = { behind: 0, on_par: 1, ahead: 2 } as const;
const tone = { ahead: 'success', on_par: 'neutral', behind: 'danger' } as const;
const muted = (text = '—') => <span className="text-muted">{text}</span>;

/** Ahead / On par / Behind as a badge in words, or why there is no position. */
function PositionText({ r }: { r: BenchmarkPageRow }) {
  if (r.position) return <Badge tone={tone[r.position]}>{r.positionLabel}</Badge>;
  return muted(r.positionLabel ?? (r.benchmark ? 'No value yet' : '—'));
}

const by = sortBy<BenchmarkPageRow>;

function columnsFor(slug: string): DataColumn<BenchmarkPageRow>[] {
  return [
    // The search looks at the measure, its scorecard and the benchmark's name (a competitor's too).
    col.accessor((r) => `${r.measure} ${r.scorecard} ${r.benchmark ?? ''}`, {
      id: 'measure',
      header: 'Measure',
      sortFn: by((r) => r.measure.toLowerCase()),
      cell: ({ row: { original: r } }) => (
        <span className="block min-w-20 max-w-[14rem]">
          <Link href={`/w/${slug}/kpis/${r.measureId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {r.measure}
          </Link>
          <span className="block text-xs text-muted">
            {r.scorecard}
            <span className="2xl:hidden"> · {r.perspective}</span>
          </span>
        </span>
      ),
    }),
    col.accessor('perspectiveKind', {
      id: 'perspective',
      header: 'Perspective',
      sortFn: by((r) => PERSPECTIVE_ORDER[r.perspectiveKind]),
      filterFn: 'equalsString',
      enableGlobalFilter: false,
      // On narrower screens the perspective is said under the measure's name.
      meta: { className: 'hidden 2xl:table-cell' },
      cell: ({ row }) => <span className="whitespace-nowrap">{row.original.perspective}</span>,
    }),
    col.accessor((r) => r.stage ?? NO_STAGE, {
      id: 'stage',
      header: 'Stage',
      sortFn: 'text',
      filterFn: 'equalsString',
      enableGlobalFilter: false,
      meta: { className: 'hidden 2xl:table-cell' },
      cell: ({ row: { original: r } }) =>
        r.stage ? (
          <span className="whitespace-nowrap">
            {r.stage}
            <span className="block text-xs text-muted">{r.journey}</span>
          </span>
        ) : (
          muted()
        ),
    }),
    col.accessor((r) => r.kind ?? NONE, {
      id: 'kind',
      header: 'Benchmark',
      sortFn: by((r) => r.benchmark?.toLowerCase() ?? '\uffff'),
      filterFn: 'equalsString',
      enableGlobalFilter: false,
      cell: ({ row: { original: r } }) =>
        r.benchmark === null ? (
          <span className="block min-w-24">
            <span className="text-muted">No benchmark yet</span>
            <Link href={`/w/${slug}/kpis/${r.measureId}`} className="block text-xs text-brand-700 underline underline-offset-2">
              Add one<span className="sr-only"> to {r.measure}</span>
            </Link>
          </span>
        ) : (
          <span className="block min-w-24 max-w-[12rem]">
            <span data-testid="benchmark-name">{r.benchmark}</span> {r.reference && <Badge tone="brand">Reference</Badge>}
          </span>
        ),
    }),
    col.accessor('benchmarkValue', {
      header: 'Value',
      enableSorting: false,
      enableGlobalFilter: false,
      meta: { numeric: true, className: 'hidden md:table-cell normal-case' },
      cell: ({ row: { original: r } }) =>
        r.benchmarkValue === null ? muted() : (
          <span className="whitespace-nowrap">
            {r.benchmarkValue}
            <span className="block text-xs text-muted">As of {r.asOf}</span>
          </span>
        ),
    }),
    col.accessor('latest', {
      header: 'Ours',
      enableSorting: false,
      enableGlobalFilter: false,
      meta: { numeric: true, className: 'hidden sm:table-cell normal-case' },
      cell: ({ row: { original: r } }) =>
        r.latest === null ? muted('No values') : (
          <span className="whitespace-nowrap">
            {r.latest}
            <span className="block text-xs text-muted">{r.latestPeriod}</span>
          </span>
        ),
    }),
    col.accessor('gap', {
      header: 'Gap',
      enableSorting: false,
      enableGlobalFilter: false,
      meta: { numeric: true, className: 'normal-case' },
      // On phones the relative gap and the position are said here, under the gap.
      cell: ({ row: { original: r } }) =>
        r.gap === null ? (
          <PositionText r={r} />
        ) : (
          <>
            <span className="whitespace-nowrap" data-testid="gap">{r.gap}</span>
            <span className="block whitespace-nowrap text-xs text-muted sm:hidden">{r.relative}</span>
            <span className="block sm:hidden">
              <PositionText r={r} />
            </span>
          </>
        ),
    }),
    col.accessor((r) => (r.relativeValue === null ? undefined : Math.abs(r.relativeValue)), {
      id: 'relative',
      header: 'Relative gap',
      sortFn: 'basic',
      sortUndefined: 'last',
      sortDescFirst: true,
      enableGlobalFilter: false,
      meta: { numeric: true, className: 'hidden sm:table-cell' },
      cell: ({ row: { original: r } }) => (r.relative === null ? muted() : <span className="whitespace-nowrap" data-testid="relative-gap">{r.relative}</span>),
    }),
    col.accessor((r) => (r.position === null ? undefined : POSITION_ORDER[r.position]), {
      id: 'position',
      header: 'Position',
      sortFn: 'basic',
      sortUndefined: 'last',
      enableGlobalFilter: false,
      meta: { className: 'hidden sm:table-cell' },
      cell: ({ row: { original: r } }) => <PositionText r={r} />,
    }),
    col.display({
      id: 'chart',
      header: () => <span className="sr-only">Chart</span>,
      // Tight on phones, where only the icon shows: the link stays in view at 390 px.
      meta: { className: 'pl-0 pr-2 sm:px-4' },
      cell: ({ row: { original: r } }) => (
        <Link href={`?measure=${r.measureId}#chart`} className="inline-flex items-center gap-1 whitespace-nowrap text-brand-700 underline-offset-2 hover:underline">
          <ChartLine aria-hidden className="size-4" />
          <span className="sr-only sm:not-sr-only">Chart</span>
          <span className="sr-only"> of {r.measure}</span>
        </Link>
      ),
    }),
  ];
}

const rowId = (r: BenchmarkPageRow) => r.key;
const kindOptions = [...Object.entries(benchmarkKindLabels).map(([value, label]) => ({ value, label })), { value: NONE, label: 'No benchmark yet' }];

/** Every benchmark of every measure (and each measure without one): largest relative gap first, sortable, filtered by kind, perspective and stage. */
export function BenchmarkTable({ rows, slug }: { rows: BenchmarkPageRow[]; slug: string }) {
  const columns = React.useMemo(() => columnsFor(slug), [slug]);
  return (
    <DataTable
      columns={columns}
      data={rows}
      getRowId={rowId}
      caption="Benchmarks of every measure in this workspace"
      searchLabel="Search measures and competitors"
      filters={[
        { columnId: 'kind', label: 'Benchmark kind', allLabel: 'All kinds', options: kindOptions },
        { columnId: 'perspective', label: 'Perspective', allLabel: 'All perspectives', options: perspectiveOptions },
        { columnId: 'stage', label: 'Stage', allLabel: 'All stages', options: distinct(rows.map((r) => r.stage), NO_STAGE) },
      ]}
      initialSorting={[{ id: 'relative', desc: true }]}
      pageSize={25}
      noun={{ one: 'row', other: 'rows' }}
    />
  );
}
