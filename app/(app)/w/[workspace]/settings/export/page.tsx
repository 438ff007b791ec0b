import type { Metadata } from 'next';
import Link from 'next/link';
import { Download } from 'lucide-react';
import { requireWorkspace } from '@/lib/workspace';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Button } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Export and import' };

export default async function ExportPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const { workspace } = await requireWorkspace(slug, 'workspace.export');
  return (
    <Card>
      <CardHeader
        title="Export and import"
        description="The whole workspace as one JSON file: keep it as a backup, or import it as a new workspace here or on another Wayfinder."
      />
      <CardBody className="space-y-4 text-sm">
        <div>
          <p className="font-medium">What the file holds</p>
          <p className="text-muted">
            The workspace’s settings, personas, journeys (stages, touchpoints, pain points and opportunities), canvases (notes and their links),
            scorecards (perspectives, objectives, strategy map links, initiatives, measures with their targets, measurements and benchmarks).
          </p>
        </div>
        <div>
          <p className="font-medium">What it leaves out</p>
          <p className="text-muted">
            Members and their emails, invitations, API tokens, share links, the activity log, measurement history and who owns what: an import
            starts with the importing person as its only owner.
          </p>
        </div>
        <Button asChild>
          <a href={`/w/${workspace.slug}/export.json`} download={`${workspace.slug}-workspace.json`}>
            <Download className="h-4 w-4" aria-hidden />
            Download workspace (JSON)
          </a>
        </Button>
        <p className="text-muted">
          To import a file, open{' '}
          <Link href="/w#import" className="text-brand-700 underline">
            Your workspaces
          </Link>{' '}
          and use “Import a workspace from a file”: it always creates a new workspace and never changes this one.
        </p>
      </CardBody>
    </Card>
  );
}
