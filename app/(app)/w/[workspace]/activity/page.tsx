import Link from 'next/link';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { requireWorkspace } from '@/lib/workspace';
import { listActivityKinds, listActivityPage, type ActivityKey } from '@/db/queries/activity';
import { listMembers } from '@/db/queries/workspaces';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import { kindLabel } from '@/lib/activity-text';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { Button } from '@/components/ui/button';
import { ActivityFilters } from './_components/activity-filters';
import { ActivityTable } from './_components/activity-table';

export const metadata = { title: 'Activity' };

const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// PostgreSQL's timestamptz text, as listActivityPage hands it out (or ISO 8601).
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}(?::?\d{2})?)$/;

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === 'string' && v.length <= 200 ? v : undefined);

function cursorKey(v: string | undefined): ActivityKey | undefined {
  try {
    const d = decodeCursor(v, 2);
    return d && typeof d[0] === 'string' && typeof d[1] === 'string' && UUID.test(d[1]) && TIMESTAMP.test(d[0]) && !Number.isNaN(Date.parse(d[0])) ? { createdAt: d[0], id: d[1] } : undefined;
  } catch {
    return undefined; // a hand-edited cursor just shows the newest page
  }
}

export default async function ActivityPage({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<Search> }) {
  const { workspace: slug } = await params;
  const ctx = await requireWorkspace(slug, 'activity.read');
  const sp = await searchParams;
  const rawPerson = one(sp.person);
  const person = rawPerson === 'tokens' || (rawPerson && UUID.test(rawPerson)) ? rawPerson : undefined;
  const kind = one(sp.kind) || undefined;
  const before = cursorKey(one(sp.before));
  const after = before ? undefined : cursorKey(one(sp.after));
  const w = ctx.workspace;

  const page = await listActivityPage(w.id, { actor: person, kind, before, after, limit: PAGE_SIZE });
  const members = await listMembers(w.id);
  const kinds = await listActivityKinds(w.id);

  const base = `/w/${w.slug}/activity`;
  const href = (extra: Record<string, string>) => {
    const q = new URLSearchParams({ ...(person ? { person } : {}), ...(kind ? { kind } : {}), ...extra });
    const s = q.toString();
    return s ? `${base}?${s}` : base;
  };
  const people = [...members.map((m) => ({ value: m.userId, label: m.name })), { value: 'tokens', label: 'API tokens' }];
  const kindOptions = [...new Set([...kinds, ...(kind ? [kind] : [])])].map((k) => ({ value: k, label: kindLabel(k) }));
  const filtered = !!(person || kind);
  const paged = !!(before || after);

  return (
    <>
      <PageHeader title="Activity" description={`Who changed what in this workspace, newest first. Times are in ${w.timeZone}.`} />
      <ActivityFilters base={base} people={people} kinds={kindOptions} person={person} kind={kind} />
      {page.rows.length > 0 ? (
        <ActivityTable rows={page.rows} locale={w.locale} timeZone={w.timeZone} />
      ) : paged ? (
        <EmptyState title="No more entries" action={<Button asChild variant="secondary"><Link href={href({})}>Back to the newest entries</Link></Button>}>
          Nothing further in this direction.
        </EmptyState>
      ) : filtered ? (
        <EmptyState title="No activity matches these filters" action={<Button asChild variant="secondary"><Link href={base}>Clear filters</Link></Button>}>
          Try another person or kind, or show everything.
        </EmptyState>
      ) : (
        <EmptyState title="Nothing has happened here yet">
          Changes to settings, members, invitations and API tokens show up here as people make them.
        </EmptyState>
      )}
      {(page.newer || page.older) && (
        <nav aria-label="Activity pages" className="mt-4 flex items-center justify-between gap-2">
          {page.newer ? (
            <Button asChild variant="secondary" size="sm">
              <Link href={href({ after: encodeCursor([String(page.newer.createdAt), page.newer.id]) })} rel="prev">
                <ChevronLeft className="h-4 w-4" aria-hidden /> Newer
              </Link>
            </Button>
          ) : (
            <span />
          )}
          {page.older && (
            <Button asChild variant="secondary" size="sm">
              <Link href={href({ before: encodeCursor([String(page.older.createdAt), page.older.id]) })} rel="next">
                Older <ChevronRight className="h-4 w-4" aria-hidden />
              </Link>
            </Button>
          )}
        </nav>
      )}
    </>
  );
}
