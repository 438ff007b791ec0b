import Link from 'next/link';
import { Archive, Route } from 'lucide-react';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Badge } from '@/components/ui/badge';
import type { PersonaDetail } from '@/db/queries/personas';

/** The journeys mapped for a persona, each linking to its map. */
export function PersonaJourneys({ base, journeys }: { base: string; journeys: PersonaDetail['journeys'] }) {
  return (
    <Card>
      <CardHeader title="Journeys" description="Journeys mapped from this persona’s point of view." />
      <CardBody>
        {journeys.length === 0 ? (
          <p className="text-sm text-muted">
            No journey uses this persona yet. Choose it when you create a journey on the{' '}
            <Link href={`${base}/journeys`} className="text-brand-700 hover:underline">
              Journeys
            </Link>{' '}
            page.
          </p>
        ) : (
          <ul className="divide-y divide-line">
            {journeys.map((j) => (
              <li key={j.id} className="flex items-center justify-between gap-3 py-2">
                <Link href={`${base}/journeys/${j.id}`} className="flex min-w-0 items-center gap-2 text-sm font-medium text-brand-700 hover:underline">
                  <Route className="h-4 w-4 shrink-0" aria-hidden />
                  <span className="truncate">{j.name}</span>
                </Link>
                {j.status === 'archived' ? (
                  <Badge>
                    <Archive className="mr-1 inline h-3 w-3" aria-hidden />
                    Archived
                  </Badge>
                ) : (
                  <Badge tone="success">Active</Badge>
                )}
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
