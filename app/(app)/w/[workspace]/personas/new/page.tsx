import Link from 'next/link';
import { requireWorkspace } from '@/lib/workspace';
import { PageHeader } from '@/components/ui/page-header';
import { Card, CardBody } from '@/components/ui/card';
import { NewPersonaForm } from '../_components/new-persona-form';

export const metadata = { title: 'New persona' };

export default async function NewPersonaPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requireWorkspace(slug, 'content.write');
  return (
    <div className="max-w-4xl">
      <Link href={`/w/${ctx.workspace.slug}/personas`} className="text-sm text-brand-700 hover:underline">
        ← Personas
      </Link>
      <PageHeader title="New persona" description="Describe one kind of customer. Lists take one item per line; only the name is required." />
      <Card>
        <CardBody>
          <NewPersonaForm slug={ctx.workspace.slug} />
        </CardBody>
      </Card>
    </div>
  );
}
