import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireWorkspace } from '@/lib/workspace';
import { can } from '@/lib/authz';
import { getPersona } from '@/db/queries/personas';
import { listNotesLinkedTo } from '@/db/queries/canvas-links';
import { PersonaAvatar } from '@/components/persona-avatar';
import { PersonaProfile } from '../_components/persona-profile';
import { PersonaJourneys } from '../_components/persona-journeys';
import { PersonaCanvasNotes } from '../_components/persona-canvas-notes';
import { PersonaEditor } from '../_components/persona-editor';
import { DeletePersona } from '../_components/delete-persona';
import { toValues } from '../_components/types';

export const metadata = { title: 'Persona' };

export default async function PersonaPage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  const ctx = await requireWorkspace(slug);
  if (!z.uuid().safeParse(id).success) notFound();
  const [persona, canvasNotes] = await Promise.all([getPersona(ctx.workspace.id, id), listNotesLinkedTo(ctx.workspace.id, 'persona', [id])]);
  if (!persona) notFound();
  const base = `/w/${ctx.workspace.slug}`;
  const canWrite = can(ctx.role, 'content.write');
  const profile = <PersonaProfile persona={persona} />;

  return (
    <div className="max-w-5xl space-y-6">
      <Link href={`${base}/personas`} className="text-sm text-brand-700 hover:underline">
        ← Personas
      </Link>
      <div className="flex flex-wrap items-center gap-4">
        <PersonaAvatar name={persona.name} color={persona.color} size="lg" />
        <div className="min-w-0 flex-1 basis-48">
          <h1 className="break-words text-2xl font-semibold tracking-tight">{persona.name}</h1>
          <p className="text-sm text-muted">{persona.segment || 'No segment'}</p>
        </div>
        {canWrite && <DeletePersona slug={ctx.workspace.slug} personaId={persona.id} name={persona.name} journeyCount={persona.journeys.length} />}
      </div>
      {canWrite ? (
        <PersonaEditor slug={ctx.workspace.slug} personaId={persona.id} version={persona.version} values={toValues(persona)}>
          {profile}
        </PersonaEditor>
      ) : (
        profile
      )}
      <PersonaJourneys base={base} journeys={persona.journeys} />
      <PersonaCanvasNotes base={base} notes={canvasNotes} />
    </div>
  );
}
