import Link from 'next/link';
import { Plus } from 'lucide-react';
import { requireWorkspace } from '@/lib/workspace';
import { can } from '@/lib/authz';
import { listPersonas } from '@/db/queries/personas';
import { PageHeader, EmptyState } from '@/components/ui/page-header';
import { Button } from '@/components/ui/button';
import { PersonaAvatar } from '@/components/persona-avatar';

export const metadata = { title: 'Personas' };

const journeysLabel = (n: number) => (n === 0 ? 'No journeys' : n === 1 ? '1 journey' : `${n} journeys`);

export default async function PersonasPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requireWorkspace(slug);
  const base = `/w/${ctx.workspace.slug}/personas`;
  const personas = await listPersonas(ctx.workspace.id);
  const canWrite = can(ctx.role, 'content.write');
  const newButton = canWrite ? (
    <Button asChild>
      <Link href={`${base}/new`}>
        <Plus className="h-4 w-4" aria-hidden /> New persona
      </Link>
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader title="Personas" description="Who your customers are: the people your journeys are mapped for." action={personas.length ? newButton : undefined} />
      {personas.length === 0 ? (
        <EmptyState title="No personas yet" action={newButton}>
          A persona describes one kind of customer: their segment, goals, needs and frustrations. Give each journey a persona so the team maps
          it from that customer’s point of view.
          {!canWrite && ' Editors can create them.'}
        </EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-label="Personas">
          {personas.map((p) => (
            <li key={p.id}>
              <Link
                href={`${base}/${p.id}`}
                className="flex h-full items-start gap-3 rounded-lg border border-line bg-surface p-4 shadow-sm hover:border-brand-500 hover:bg-brand-50/40"
              >
                <PersonaAvatar name={p.name} color={p.color} />
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium">{p.name}</span>
                  <span className="block truncate text-sm text-muted">{p.segment || 'No segment'}</span>
                  <span className="mt-2 block text-xs text-muted">{journeysLabel(p.journeyCount)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
