'use client';

import * as React from 'react';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { FlexRender, useTable, type ColumnFiltersState, type Header, type RowData, type SortingState } from '@tanstack/react-table';
import { cn } from '@/lib/utils';
import { Button } from '@/components/ui/button';
import { dataTableFeatures, type DataColumn, type DataTableFeatures } from './features';
import { DataTableToolbar, type SelectFilter } from './data-table-toolbar';
import { DataTablePager } from './data-table-pager';

export type { SelectFilter };

type Props<T extends RowData> = {
  /** Keep them stable (module scope or useMemo on primitive values): cell renderers are components, so new ones remount every cell. */
  columns: DataColumn<T>[];
  data: T[];
  getRowId: (row: T) => string;
  /** Read by screen readers as the table's name. */
  caption: string;
  /** The label of the text filter, e.g. 'Search members'; omit for no text filter. */
  searchLabel?: string;
  filters?: SelectFilter[];
  initialSorting?: SortingState;
  /** Filters applied on first render, e.g. from the URL. */
  initialColumnFilters?: ColumnFiltersState;
  /** Rows per page; omit to show every row on one page. */
  pageSize?: number;
  /** Count nouns for the "Showing 3 of 5 members" line. */
  noun?: { one: string; other: string };
};

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

function HeaderCell<T extends RowData>({ header }: { header: Header<DataTableFeatures, T> }) {
  const column = header.column;
  const meta = column.columnDef.meta;
  const canSort = column.getCanSort();
  const sorted = column.getIsSorted();
  const Icon = sorted === 'asc' ? ArrowUp : sorted === 'desc' ? ArrowDown : ArrowUpDown;
  return (
    <th
      scope="col"
      aria-sort={canSort ? (sorted ? ariaSort[sorted] : 'none') : undefined}
      className={cn('whitespace-nowrap px-3 py-2.5 font-medium sm:px-4', meta?.numeric && 'text-right', meta?.className)}
    >
      {header.isPlaceholder ? null : canSort ? (
        <button
          type="button"
          onClick={column.getToggleSortingHandler()}
          className="-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 hover:text-ink focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
        >
          <FlexRender header={header} />
          <Icon className={cn('h-3.5 w-3.5', !sorted && 'opacity-50')} aria-hidden />
        </button>
      ) : (
        <FlexRender header={header} />
      )}
    </th>
  );
}

/**
 * The generic table of the app (tanstack table v9): sortable column headers announcing aria-sort, a
 * text filter over the searchable columns, select filters per column, and a live row count. Wide
 * tables scroll sideways on phones; columns can also hide themselves there (meta.className).
 */
export function DataTable<T extends RowData>({
  columns,
  data,
  getRowId,
  caption,
  searchLabel,
  filters = [],
  initialSorting = [],
  initialColumnFilters = [],
  pageSize,
  noun = { one: 'row', other: 'rows' },
}: Props<T>) {
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    initialState: {
      sorting: initialSorting,
      globalFilter: '',
      columnFilters: initialColumnFilters,
      pagination: { pageIndex: 0, pageSize: pageSize ?? Number.MAX_SAFE_INTEGER },
    },
    globalFilterFn: 'includesString',
    enableSortingRemoval: false,
  });
  const rows = table.getRowModel().rows;
  const matching = table.getPrePaginatedRowModel().rows.length;
  const total = data.length;
  const filtered = table.state.globalFilter !== '' || table.state.columnFilters.length > 0;
  const count = (n: number) => `${n} ${n === 1 ? noun.one : noun.other}`;
  const clear = () => {
    table.setGlobalFilter('');
    table.resetColumnFilters(true);
  };
  return (
    <div className="space-y-3">
      {(searchLabel || filters.length > 0) && <DataTableToolbar table={table} searchLabel={searchLabel} filters={filters} />}
      {/* relative: keeps the sr-only caption/labels inside the scroll box, or they widen the page on phones */}
      <div className="relative overflow-x-auto rounded-lg border border-line bg-surface" tabIndex={0} role="region" aria-label={caption}>
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-line bg-canvas text-left text-xs uppercase tracking-wide text-muted">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <HeaderCell key={header.id} header={header} />
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-line last:border-0 hover:bg-canvas/60">
                {row.getAllCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  return (
                    <td key={cell.id} className={cn('px-3 py-3 align-middle sm:px-4', meta?.numeric && 'text-right tabular-nums', meta?.className)}>
                      <FlexRender cell={cell} />
                    </td>
                  );
                })}
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="px-4 py-8 text-center text-muted">
                  {total === 0 ? `No ${noun.other} yet.` : `No ${noun.other} match these filters.`}{' '}
                  {filtered && (
                    <Button variant="ghost" size="sm" onClick={clear}>
                      Clear filters
                    </Button>
                  )}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" aria-live="polite" className="text-xs text-muted">
          {filtered ? `Showing ${matching} of ${count(total)}` : count(total)}
        </p>
        {pageSize !== undefined && <DataTablePager table={table} />}
      </div>
    </div>
  );
}
