import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChevronLeft } from 'lucide-react';
import { requireWorkspace } from '@/lib/workspace';
import { getJourneyMap } from '@/db/queries/journey-map';
import { JourneyStatusBadge } from '../../_components/journey-badges';
import { PrintButton } from './print-button';
import { lanes } from './lanes';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const metadata = { title: 'Print view' };

/** The map for paper: stages as columns, lanes as rows, landscape; the toolbar does not print. */
export default async function JourneyPrintPage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  const ctx = await requireWorkspace(slug, 'content.read');
  if (!UUID_RE.test(id)) notFound();
  const map = await getJourneyMap(ctx.workspace.id, id);
  if (!map) notFound();
  const { journey, stages } = map;
  return (
    <div className="space-y-4 print:space-y-2">
      <style>{'@page { size: landscape; margin: 10mm; } @media print { body { background: #fff; } main { padding: 0 !important; } }'}</style>
      <div className="no-print flex flex-wrap items-center justify-between gap-2">
        <Link href={`/w/${ctx.workspace.slug}/journeys/${journey.id}`} className="inline-flex items-center gap-1 text-sm text-muted hover:text-ink">
          <ChevronLeft className="h-4 w-4" aria-hidden /> Back to the map
        </Link>
        <PrintButton />
      </div>
      <header>
        <h1 className="text-xl font-semibold">{journey.name}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
          <JourneyStatusBadge status={journey.status} />
          {journey.persona && <span>Persona: {journey.persona.name}</span>}
          <span>{ctx.workspace.name}</span>
        </p>
        {journey.description && <p className="mt-1 text-sm">{journey.description}</p>}
      </header>
      {stages.length === 0 ? (
        <p className="text-sm text-muted">This journey has no stages yet.</p>
      ) : (
        <div className="overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label="Journey map">
          <table className="w-full table-fixed border-collapse text-xs">
            <caption className="sr-only">Journey map of {journey.name}: stages as columns, lanes as rows</caption>
            <thead>
              <tr>
                <th scope="col" className="w-28 border border-line bg-canvas p-2 text-left">
                  <span className="sr-only">Lane</span>
                </th>
                {stages.map((s) => (
                  <th key={s.id} scope="col" className="min-w-40 border border-line bg-canvas p-2 text-left font-semibold">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lanes.map((lane) => (
                <tr key={lane.label} className="break-inside-avoid">
                  <th scope="row" className="border border-line bg-canvas p-2 text-left align-top font-medium">
                    {lane.label}
                  </th>
                  {stages.map((s) => (
                    <td key={s.id} className="border border-line p-2 align-top">
                      {lane.cell(s)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
