import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/page-header';
import { describeHistory, type HistoryView } from '@/lib/measurements/view';
import { formatNumber } from '@/lib/scorecards/format';

export type MeasurementHistoryProps = {
  /** toHistoryViews(listMeasurementHistory(...).data, frequency): newest first. */
  items: HistoryView[];
  decimals: number;
  locale?: string;
  timeZone?: string;
  /** Whether older changes exist beyond these. */
  more?: boolean;
};

/** Who changed which period's value, from what to what, and how (entered, import, API, survey), newest first. */
export function MeasurementHistory({ items, decimals, locale = 'en-US', timeZone = 'UTC', more }: MeasurementHistoryProps) {
  const fmt = (v: number) => formatNumber(v, decimals, { locale });
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return (
    <Card>
      <CardHeader title="History" description="Every change to a value, including values replaced by imports." />
      <CardBody>
        {items.length === 0 ? (
          <EmptyState title="No changes yet">Changes to this measure’s values will be listed here.</EmptyState>
        ) : (
          <ol className="space-y-2 text-sm" aria-label="Value history">
            {items.map((h) => (
              <li key={h.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 border-b border-line pb-2 last:border-0">
                <span className="min-w-0 break-words">
                  {describeHistory(h, fmt)}
                  {h.change !== 'deleted' && h.note !== null && h.note !== h.previousNote && h.note !== '' && (
                    <span className="block text-xs text-muted">Note: {h.note}</span>
                  )}
                </span>
                <time dateTime={h.createdAt} className="text-xs text-muted">
                  {when.format(new Date(h.createdAt))}
                </time>
              </li>
            ))}
          </ol>
        )}
        {more && <p className="mt-3 text-xs text-muted">Showing the latest {items.length} changes.</p>}
      </CardBody>
    </Card>
  );
}
