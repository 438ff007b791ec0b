import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
  type ColumnDef,
  type Row,
  type RowData,
} from '@tanstack/react-table';

/** Per-column presentation hints the kit understands. */
export type DataColumnMeta = {
  /** Plain-text column name (labels, filter selects); defaults to the header when it is a string. */
  label?: string;
  /** Classes for both the header and the body cells, e.g. 'hidden md:table-cell' to drop a column on phones. */
  className?: string;
  /** Right-align numbers. */
  numeric?: boolean;
};

/** The one feature set of the kit: client-side sorting, a text search, per-column filters and (opt-in) pages. */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, datetime: sortFn_datetime, basic: sortFn_basic },
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { includesString: filterFn_includesString, equalsString: filterFn_equalsString },
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
  columnMeta: {} as DataColumnMeta,
});

export type DataTableFeatures = typeof dataTableFeatures;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DataColumn<T extends RowData> = ColumnDef<DataTableFeatures, T, any>;

/** A typed column helper for rows of type T. */
export const dataColumns = <T extends RowData>() => createColumnHelper<DataTableFeatures, T>();

/** A sortFn comparing rows by a key of their original data (numbers or strings). */
export const sortBy =
  <T extends RowData>(key: (r: T) => number | string) =>
  (a: Row<DataTableFeatures, T>, b: Row<DataTableFeatures, T>) => {
    const x = key(a.original);
    const y = key(b.original);
    return x < y ? -1 : x > y ? 1 : 0;
  };
