'use client';

import * as React from 'react';
import Link from 'next/link';
import { DataTable } from '@/components/data-table/data-table';
import { dataColumns, sortBy, type DataColumn } from '@/components/data-table/features';
import { ProgressBar } from '@/components/scorecard/progress-bar';
import { StatusBadge } from '@/components/scorecard/status-badge';
import { TrendIndicator } from '@/components/scorecard/trend-indicator';
import { statusLabels } from '@/lib/scorecards/format';
import type { Status } from '@/lib/scoring';
import { distinct, PERSPECTIVE_ORDER, perspectiveOptions, type KpiRow } from './kpi-rows';

const col = dataColumns<KpiRow>();
const NO_OWNER = 'No owner';
const NO_STAGE = 'No stage';
const SEVERITY: Record<Status, number> = { red: 0, amber: 1, green: 2, grey: 3 };
const muted = <span className="text-muted">—</span>;

const by = sortBy<KpiRow>;

function columnsFor(slug: string, locale: string, manyScorecards: boolean): DataColumn<KpiRow>[] {
  return [
    col.accessor('name', {
      header: 'Measure',
      sortFn: 'text',
      cell: ({ row }) => (
        <Link href={`/w/${slug}/kpis/${row.original.id}`} className="block min-w-32 max-w-[14rem] font-medium text-brand-700 underline-offset-2 hover:underline">
          {row.original.name}
        </Link>
      ),
    }),
    col.accessor('scorecardId', {
      id: 'scorecard',
      header: 'Scorecard',
      sortFn: by((r) => r.scorecard.toLowerCase()),
      filterFn: 'equalsString',
      enableGlobalFilter: false,
      // Always there for the filter; shown only when there is more than one scorecard to tell apart.
      meta: { className: manyScorecards ? 'hidden lg:table-cell' : 'hidden' },
      cell: ({ row }) => <span className="whitespace-nowrap">{row.original.scorecard}</span>,
    }),
    col.accessor('perspectiveKind', {
      id: 'perspective',
      header: 'Perspective',
      sortFn: by((r) => PERSPECTIVE_ORDER[r.perspectiveKind]),
      filterFn: 'equalsString',
      enableGlobalFilter: false,
      meta: { className: 'hidden md:table-cell' },
      cell: ({ row }) => <span className="whitespace-nowrap">{row.original.perspective}</span>,
    }),
    col.accessor('objective', {
      header: 'Objective',
      sortFn: 'text',
      meta: { className: 'hidden lg:table-cell' },
      cell: ({ row }) => <span className="block min-w-32 max-w-[12rem]">{row.original.objective}</span>,
    }),
    col.accessor('status', {
      header: 'Status',
      sortFn: by((r) => SEVERITY[r.status]),
      filterFn: 'equalsString',
      enableGlobalFilter: false,
      cell: ({ row }) => <StatusBadge status={row.original.status} />,
    }),
    col.accessor((r) => r.valueNumber ?? undefined, {
      id: 'latest',
      header: 'Latest',
      sortFn: 'basic',
      sortUndefined: 'last',
      enableGlobalFilter: false,
      meta: { numeric: true },
      cell: ({ row }) =>
        row.original.value === null ? (
          <span className="text-muted">No values</span>
        ) : (
          <span className="whitespace-nowrap">
            {row.original.value}
            <span className="block text-xs text-muted">{row.original.period}</span>
          </span>
        ),
    }),
    col.accessor('target', {
      header: 'Target',
      enableSorting: false,
      enableGlobalFilter: false,
      // normal-case: like the sortable headers, whose buttons do not inherit the header row's capitals.
      meta: { numeric: true, className: 'hidden sm:table-cell normal-case' },
      cell: ({ row }) => <span className="whitespace-nowrap">{row.original.target}</span>,
    }),
    col.accessor((r) => r.progress ?? undefined, {
      id: 'progress',
      header: 'Progress',
      sortFn: 'basic',
      sortUndefined: 'last',
      enableGlobalFilter: false,
      meta: { className: 'hidden sm:table-cell' },
      // No bar when not scored: a meter needs a value (and "Not scored" says it in words).
      cell: ({ row }) =>
        row.original.progress === null ? (
          <span className="whitespace-nowrap text-xs text-muted">Not scored</span>
        ) : (
          <div className="flex min-w-28 items-center gap-2">
            <ProgressBar value={row.original.progress} status={row.original.status} locale={locale} className="w-16" />
            <span className="whitespace-nowrap text-xs tabular-nums text-muted">{row.original.progressText}</span>
          </div>
        ),
    }),
    col.display({
      id: 'trend',
      header: 'Trend',
      meta: { className: 'hidden md:table-cell normal-case' },
      cell: ({ row }) => <TrendIndicator trend={row.original.trend} className="whitespace-nowrap" />,
    }),
    col.accessor((r) => r.owner ?? NO_OWNER, {
      id: 'owner',
      header: 'Owner',
      sortFn: 'text',
      filterFn: 'equalsString',
      meta: { className: 'hidden lg:table-cell' },
      cell: ({ row }) => (row.original.owner ? <span className="whitespace-nowrap">{row.original.owner}</span> : muted),
    }),
    col.accessor((r) => r.stage ?? NO_STAGE, {
      id: 'stage',
      header: 'Stage',
      sortFn: 'text',
      filterFn: 'equalsString',
      meta: { className: 'hidden lg:table-cell' },
      cell: ({ row }) =>
        row.original.stage ? (
          <span className="whitespace-nowrap">
            {row.original.stage}
            <span className="block text-xs text-muted">{row.original.journey}</span>
          </span>
        ) : (
          muted
        ),
    }),
  ];
}

const rowId = (r: KpiRow) => r.id;
const statusOptions = (['red', 'amber', 'green', 'grey'] as const).map((s) => ({ value: s, label: `${statusLabels[s]} (${s})` }));

/** Every measure of the workspace: sortable, searchable, filtered by scorecard, perspective, status, owner and stage, 25 a page. */
export function KpiTable({ rows, scorecards, slug, locale, scorecardId }: { rows: KpiRow[]; scorecards: { id: string; name: string }[]; slug: string; locale: string; scorecardId?: string }) {
  const many = scorecards.length > 1;
  const columns = React.useMemo(() => columnsFor(slug, locale, many), [slug, locale, many]);
  const filters = [
    { columnId: 'scorecard', label: 'Scorecard', allLabel: 'All scorecards', options: scorecards.map((s) => ({ value: s.id, label: s.name })) },
    { columnId: 'perspective', label: 'Perspective', allLabel: 'All perspectives', options: perspectiveOptions },
    { columnId: 'status', label: 'Status', allLabel: 'All statuses', options: statusOptions },
    { columnId: 'owner', label: 'Owner', allLabel: 'All owners', options: distinct(rows.map((r) => r.owner), NO_OWNER) },
    { columnId: 'stage', label: 'Stage', allLabel: 'All stages', options: distinct(rows.map((r) => r.stage), NO_STAGE) },
  ];
  return (
    <DataTable
      columns={columns}
      data={rows}
      getRowId={rowId}
      caption="Measures of every scorecard in this workspace"
      searchLabel="Search measures"
      filters={many ? filters : filters.slice(1)}
      initialColumnFilters={scorecardId ? [{ id: 'scorecard', value: scorecardId }] : []}
      pageSize={25}
      noun={{ one: 'measure', other: 'measures' }}
    />
  );
}
