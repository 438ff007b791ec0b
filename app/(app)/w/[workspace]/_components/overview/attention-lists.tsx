import Link from 'next/link';
import { StatusBadge } from '@/components/scorecard/status-badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { referenceGap } from '@/lib/benchmarks/format';
import { statusLabels, type NumberStyle } from '@/lib/scorecards/format';
import { emotionLabels } from '@/lib/journeys/templates';
import type { AttentionInitiative, ReferenceGap, StatusChange } from '@/lib/overview/executive';
import type { NegativeMoment } from '@/db/queries/moments';

function ListCard({ title, description, empty, children, count }: { title: string; description: string; empty: string; children: React.ReactNode; count: number }) {
  return (
    <Card>
      <CardHeader title={title} description={description} />
      <CardBody>{count === 0 ? <p className="text-sm text-muted">{empty}</p> : <ul className="space-y-2.5 text-sm">{children}</ul>}</CardBody>
    </Card>
  );
}

const where = (x: { scorecardName: string }) => <span className="block text-xs text-muted">{x.scorecardName}</span>;

export function StatusChanges({ base, changes }: { base: string; changes: StatusChange[] }) {
  return (
    <ListCard title="Status changes" description="Measures whose status changed since the previous period" empty="No measure changed status since the previous period." count={changes.length}>
      {changes.map((c) => (
        <li key={c.measure.id} className="flex flex-wrap items-center justify-between gap-2">
          <span className="min-w-0">
            <Link href={`${base}/kpis/${c.measure.id}`} className="font-medium hover:underline">
              {c.measure.name}
            </Link>
            {where(c)}
          </span>
          <span className="flex flex-wrap items-center gap-1.5" aria-label={`${statusLabels[c.from]} to ${statusLabels[c.to]}`}>
            <StatusBadge status={c.from} /> <span aria-hidden>→</span> <StatusBadge status={c.to} />
          </span>
        </li>
      ))}
    </ListCard>
  );
}

export function LargestGaps({ base, gaps, style }: { base: string; gaps: ReferenceGap[]; style: NumberStyle }) {
  return (
    <ListCard title="Largest gaps to benchmarks" description="Latest values against each measure’s reference benchmark" empty="No measure has a reference benchmark and a value yet." count={gaps.length}>
      {gaps.map((g) => (
        <li key={g.measure.id}>
          <Link href={`${base}/kpis/${g.measure.id}`} className="font-medium hover:underline">
            {g.measure.name}
          </Link>
          <span className="block">{referenceGap(g.measure, style)?.text}</span>
          {where(g)}
        </li>
      ))}
    </ListCard>
  );
}

export function NegativeMoments({ base, moments }: { base: string; moments: NegativeMoment[] }) {
  return (
    <ListCard title="Negative moments of truth" description="Pivotal touchpoints where customers feel bad" empty="No moment of truth has a negative emotion." count={moments.length}>
      {moments.map((t) => (
        <li key={t.id}>
          <Link href={`${base}/journeys/${t.journeyId}`} className="font-medium hover:underline">
            {t.name}
          </Link>{' '}
          <span className="text-muted">· {emotionLabels[String(t.emotion)] ?? t.emotion} emotion</span>
          <span className="block text-xs text-muted">
            {t.journeyName} › {t.stageName}
          </span>
        </li>
      ))}
    </ListCard>
  );
}

export function AttentionInitiatives({ base, items }: { base: string; items: AttentionInitiative[] }) {
  return (
    <ListCard title="Initiatives needing attention" description="At risk or past their due date" empty="No initiative is at risk or overdue." count={items.length}>
      {items.map(({ initiative: i, ...x }) => (
        <li key={i.id}>
          <Link href={`${base}/scorecards/${x.scorecardId}`} className="font-medium hover:underline">
            {i.name}
          </Link>{' '}
          <span className="text-muted">· {i.overdue ? `Overdue since ${i.dueDate}` : 'At risk'}</span>
          {where(x)}
        </li>
      ))}
    </ListCard>
  );
}
