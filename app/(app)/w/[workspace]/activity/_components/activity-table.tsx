import { KeyRound } from 'lucide-react';
import type { Activity } from '@/db/schema';
import { Badge } from '@/components/ui/badge';
import { describeActivity, kindLabel } from '@/lib/activity-text';

/** The log as a table; on a phone it scrolls sideways inside its own container, never the page. */
export function ActivityTable({ rows, locale, timeZone }: { rows: Activity[]; locale: string; timeZone: string }) {
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface" tabIndex={0} role="region" aria-label="Activity log">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">Activity, newest first</caption>
        <thead className="border-b border-line bg-canvas text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-4 py-2.5 font-medium">
              When
            </th>
            <th scope="col" className="px-4 py-2.5 font-medium">
              Who
            </th>
            <th scope="col" className="px-4 py-2.5 font-medium">
              What
            </th>
            <th scope="col" className="px-4 py-2.5 font-medium">
              Item
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((a) => (
            <tr key={a.id} className="align-top">
              <td className="whitespace-nowrap px-4 py-3 text-muted">
                <time dateTime={a.createdAt.toISOString()}>{when.format(a.createdAt)}</time>
              </td>
              <td className="min-w-[9rem] px-4 py-3">
                <span className="font-medium">{a.actorName}</span>
                {a.actorTokenId && (
                  <Badge className="ml-2">
                    <KeyRound className="h-3 w-3" aria-hidden /> API token
                  </Badge>
                )}
              </td>
              <td className="px-4 py-3">{describeActivity(a)}</td>
              <td className="px-4 py-3">
                <span className="block text-xs text-muted">{kindLabel(a.targetType, { one: true })}</span>
                {a.targetLabel && <span className="break-words">{a.targetLabel}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
