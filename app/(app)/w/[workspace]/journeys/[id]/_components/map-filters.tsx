import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/input';
import { channelLabels } from '@/lib/journeys/templates';
import type { MapFilters as Filters } from './journey-map';

/** Filters as URL search parameters: a plain GET form, so they work without JavaScript and can be shared. */
export function MapFilters({ filters, path }: { filters: Filters; path: string }) {
  const active = filters.mot || filters.negative || !!filters.channel;
  return (
    <form method="get" action={path} className="mb-3 flex flex-wrap items-end gap-3 text-sm" aria-label="Filter the map">
      <label className="flex items-center gap-2">
        <input type="checkbox" name="mot" value="1" defaultChecked={filters.mot} className="h-4 w-4" />
        Only moments of truth
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="negative" value="1" defaultChecked={filters.negative} className="h-4 w-4" />
        Only negative emotion
      </label>
      <label className="flex items-center gap-2">
        <span>Channel</span>
        <Select name="channel" defaultValue={filters.channel} className="h-9 w-auto">
          <option value="">All channels</option>
          {Object.entries(channelLabels).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </Select>
      </label>
      <Button type="submit" variant="secondary" size="sm">
        Apply filters
      </Button>
      {active && (
        <Link href={path} className="text-sm underline">
          Clear filters
        </Link>
      )}
    </form>
  );
}
