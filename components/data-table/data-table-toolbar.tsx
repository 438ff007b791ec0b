'use client';

import * as React from 'react';
import { Search } from 'lucide-react';
import type { ReactTable, RowData } from '@tanstack/react-table';
import { Input, Label, Select } from '@/components/ui/input';
import type { DataTableFeatures } from './features';

/** A select that filters one column to one value (compared case-insensitively). */
export type SelectFilter = { columnId: string; label: string; allLabel?: string; options: { value: string; label: string }[] };

export function DataTableToolbar<T extends RowData>({
  table,
  searchLabel,
  filters,
}: {
  table: ReactTable<DataTableFeatures, T>;
  searchLabel?: string;
  filters: SelectFilter[];
}) {
  const id = React.useId();
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-end">
      {searchLabel && (
        <div className="min-w-0 flex-1 sm:max-w-xs">
          <Label htmlFor={`${id}-q`} className="sr-only">
            {searchLabel}
          </Label>
          <div className="relative">
            <Search className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-muted" aria-hidden />
            <Input
              id={`${id}-q`}
              type="search"
              placeholder={`${searchLabel}…`}
              value={String(table.state.globalFilter ?? '')}
              onChange={(e) => table.setGlobalFilter(e.target.value)}
              className="pl-9"
            />
          </div>
        </div>
      )}
      {filters.map((f) => {
        const column = table.getColumn(f.columnId);
        if (!column) return null;
        return (
          <div key={f.columnId} className="sm:w-44">
            <Label htmlFor={`${id}-${f.columnId}`} className="sr-only">
              {f.label}
            </Label>
            <Select id={`${id}-${f.columnId}`} value={String(column.getFilterValue() ?? '')} onChange={(e) => column.setFilterValue(e.target.value || undefined)}>
              <option value="">{f.allLabel ?? `All (${f.label.toLowerCase()})`}</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </div>
        );
      })}
    </div>
  );
}
