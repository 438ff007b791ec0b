import Link from 'next/link';
import { ChevronLeft } from 'lucide-react';
import type { JourneyMap } from '@/lib/journeys/types';
import { JourneyMenu } from '../../_components/journey-menu';
import { JourneyStatusBadge, PersonaLabel } from '../../_components/journey-badges';
import type { PersonaOption } from '../../_components/types';

/**
 * The top of a journey's map page: back link, title, persona, status, description and the actions
 * menu (editing items for editors; exports for everyone).
 */
export function JourneyHeader({ slug, journey, personas, canEdit }: { slug: string; journey: JourneyMap['journey']; personas: PersonaOption[]; canEdit: boolean }) {
  const details = { id: journey.id, name: journey.name, description: journey.description, personaId: journey.persona?.id ?? null, status: journey.status, version: journey.version };
  return (
    <header className="mb-6 space-y-2">
      <Link href={`/w/${slug}/journeys`} className="no-print inline-flex items-center gap-1 text-sm text-muted hover:text-ink">
        <ChevronLeft className="h-4 w-4" aria-hidden /> Journeys
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-1">
          <h1 className="break-words text-2xl font-semibold tracking-tight">{journey.name}</h1>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <JourneyStatusBadge status={journey.status} />
            {journey.persona ? (
              <span className="inline-flex items-center gap-1 text-muted">
                Persona: <PersonaLabel name={journey.persona.name} color={journey.persona.color} className="text-ink" />
              </span>
            ) : (
              <span className="text-muted">No persona</span>
            )}
          </div>
          {journey.description && <p className="max-w-3xl whitespace-pre-line text-sm text-muted">{journey.description}</p>}
        </div>
        <div className="no-print shrink-0">
          <JourneyMenu slug={slug} journey={details} personas={personas} canEdit={canEdit} onMapPage />
        </div>
      </div>
    </header>
  );
}
