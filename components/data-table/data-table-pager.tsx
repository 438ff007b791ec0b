'use client';

import { ChevronLeft, ChevronRight } from 'lucide-react';
import type { ReactTable, RowData } from '@tanstack/react-table';
import { Button } from '@/components/ui/button';
import type { DataTableFeatures } from './features';

/** Previous / next page buttons with "Page 2 of 5"; hidden when everything fits on one page. */
export function DataTablePager<T extends RowData>({ table }: { table: ReactTable<DataTableFeatures, T> }) {
  const pages = table.getPageCount();
  if (pages <= 1) return null;
  const page = table.state.pagination.pageIndex + 1;
  return (
    <nav aria-label="Pages" className="flex items-center gap-2 text-sm">
      <Button variant="secondary" size="sm" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
        <ChevronLeft aria-hidden className="size-4" />
        Previous
      </Button>
      <span className="tabular-nums text-muted" aria-live="polite">
        Page {page} of {pages}
      </span>
      <Button variant="secondary" size="sm" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
        Next
        <ChevronRight aria-hidden className="size-4" />
      </Button>
    </nav>
  );
}
