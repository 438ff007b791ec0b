import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Label, Select } from '@/components/ui/input';
import type { Option } from '@/lib/locale-options';

/** A plain GET form: filters live in the URL, so they survive reloads and can be shared. */
export function ActivityFilters({ base, people, kinds, person, kind }: { base: string; people: Option[]; kinds: Option[]; person?: string; kind?: string }) {
  return (
    <form method="get" action={base} className="mb-4 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end" aria-label="Filter activity">
      <div className="space-y-1.5 sm:w-56">
        <Label htmlFor="filter-person">Person</Label>
        <Select id="filter-person" name="person" defaultValue={person ?? ''}>
          <option value="">Everyone</option>
          {people.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1.5 sm:w-56">
        <Label htmlFor="filter-kind">Kind</Label>
        <Select id="filter-kind" name="kind" defaultValue={kind ?? ''}>
          <option value="">All kinds</option>
          {kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
        {(person || kind) && (
          <Button asChild variant="ghost">
            <Link href={base}>Clear</Link>
          </Button>
        )}
      </div>
    </form>
  );
}
