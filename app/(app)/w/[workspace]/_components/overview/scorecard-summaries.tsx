import Link from 'next/link';
import { StatusBadge } from '@/components/scorecard/status-badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { formatScore } from '@/lib/scorecards/format';
import type { ScorecardView } from '@/lib/scorecards/view-types';

/** Each scorecard's score and status, and each of its perspectives' scores and statuses, linking to the scorecard. */
export function ScorecardSummaries({ base, views, locale }: { base: string; views: ScorecardView[]; locale: string }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {views.map((s) => (
        <Card key={s.id}>
          <CardHeader
            title={
              <Link href={`${base}/scorecards/${s.id}`} className="hover:underline">
                {s.name}
              </Link>
            }
            action={
              <span className="flex items-center gap-2 text-sm">
                <strong className="tabular-nums">{formatScore(s.score, { locale })}</strong>
                <StatusBadge status={s.status} />
              </span>
            }
          />
          <CardBody>
            <ul className="divide-y divide-line text-sm" aria-label={`Perspectives of ${s.name}`}>
              {s.perspectives.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
                  <span className="min-w-0 break-words">{p.label}</span>
                  <span className="flex items-center gap-2">
                    <span className="tabular-nums">{formatScore(p.score, { locale })}</span>
                    <StatusBadge status={p.status} />
                  </span>
                </li>
              ))}
            </ul>
          </CardBody>
        </Card>
      ))}
    </div>
  );
}
