'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Archive, ArchiveRestore, Braces, Copy, FileSpreadsheet, MoreHorizontal, Pencil, Printer, Trash2 } from 'lucide-react';
import { deleteJourneyAction, duplicateJourneyAction, setJourneyStatusAction } from '../actions';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions, DialogContent } from '@/components/ui/dialog';
import { DropdownContent, DropdownItem, DropdownLabel, DropdownMenu, DropdownSeparator, DropdownTrigger } from '@/components/ui/dropdown';
import { toast } from '@/components/ui/toaster';
import { EditJourneyDialog } from './edit-journey-dialog';
import type { JourneyDetails, PersonaOption } from './types';

type Props = {
  slug: string;
  journey: JourneyDetails;
  personas: PersonaOption[];
  /** Editors get the editing items; everyone gets the exports (when shown). */
  canEdit: boolean;
  /** The map page's menu also offers the exports, and leaves the page after a delete or duplicate. */
  onMapPage?: boolean;
};

function DeleteDialog({ slug, journey, open, onOpenChange, onDeleted }: { slug: string; journey: JourneyDetails; open: boolean; onOpenChange: (o: boolean) => void; onDeleted: () => void }) {
  const [pending, startTransition] = React.useTransition();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={`Delete “${journey.name}”?`} description="Its stages, touchpoints, pain points and opportunities are deleted with it. This cannot be undone.">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            startTransition(async () => {
              const res = await deleteJourneyAction(null, { workspace: slug, journeyId: journey.id });
              if (!res.ok) {
                toast.error(res.error);
                return;
              }
              toast.success(`Deleted “${journey.name}”.`);
              onOpenChange(false);
              onDeleted();
            });
          }}
        >
          <DialogActions>
            <Button type="submit" variant="danger" loading={pending}>
              Delete journey
            </Button>
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/** The "…" menu of one journey: edit details, duplicate, archive/unarchive, delete and (on the map page) exports. */
export function JourneyMenu({ slug, journey, personas, canEdit, onMapPage = false }: Props) {
  const router = useRouter();
  const [dialog, setDialog] = React.useState<'edit' | 'delete' | null>(null);
  const base = `/w/${slug}/journeys/${journey.id}`;
  const archived = journey.status === 'archived';

  async function duplicate() {
    const res = await duplicateJourneyAction(null, { workspace: slug, journeyId: journey.id });
    if (!res.ok) return void toast.error(res.error);
    toast.success(`Created “${res.data.name}”.`);
    if (onMapPage) router.push(`/w/${slug}/journeys/${res.data.id}`);
    else router.refresh();
  }
  async function toggleArchive() {
    const status = archived ? 'active' : 'archived';
    const res = await setJourneyStatusAction(null, { workspace: slug, journeyId: journey.id, version: journey.version, status });
    if (res.ok) toast.success(status === 'archived' ? `Archived “${journey.name}”.` : `“${journey.name}” is active again.`);
    else toast.error(res.error);
    router.refresh();
  }

  return (
    <>
      <DropdownMenu>
        <DropdownTrigger asChild>
          <Button variant={onMapPage ? 'secondary' : 'ghost'} size={onMapPage ? 'md' : 'icon'} aria-label={`Actions for ${journey.name}`}>
            <MoreHorizontal className="h-4 w-4" aria-hidden />
            {onMapPage && <span>Actions</span>}
          </Button>
        </DropdownTrigger>
        <DropdownContent align="end">
          {canEdit && (
            <>
              <DropdownItem onSelect={() => setDialog('edit')}>
                <Pencil className="h-4 w-4" aria-hidden /> Edit details
              </DropdownItem>
              <DropdownItem onSelect={() => void duplicate()}>
                <Copy className="h-4 w-4" aria-hidden /> Duplicate
              </DropdownItem>
              <DropdownItem onSelect={() => void toggleArchive()}>
                {archived ? <ArchiveRestore className="h-4 w-4" aria-hidden /> : <Archive className="h-4 w-4" aria-hidden />}
                {archived ? 'Unarchive' : 'Archive'}
              </DropdownItem>
              <DropdownItem onSelect={() => setDialog('delete')} className="text-danger">
                <Trash2 className="h-4 w-4" aria-hidden /> Delete
              </DropdownItem>
            </>
          )}
          {onMapPage && (
            <>
              {canEdit && <DropdownSeparator />}
              <DropdownLabel>Export</DropdownLabel>
              <DropdownItem asChild>
                <a href={`${base}/print`}>
                  <Printer className="h-4 w-4" aria-hidden /> Print view
                </a>
              </DropdownItem>
              <DropdownItem asChild>
                <a href={`${base}/export.csv`} download>
                  <FileSpreadsheet className="h-4 w-4" aria-hidden /> CSV of touchpoints
                </a>
              </DropdownItem>
              <DropdownItem asChild>
                <a href={`${base}/export.json`} download>
                  <Braces className="h-4 w-4" aria-hidden /> JSON
                </a>
              </DropdownItem>
            </>
          )}
        </DropdownContent>
      </DropdownMenu>
      {canEdit && (
        <>
          <EditJourneyDialog slug={slug} journey={journey} personas={personas} open={dialog === 'edit'} onOpenChange={(o) => setDialog(o ? 'edit' : null)} />
          <DeleteDialog
            slug={slug}
            journey={journey}
            open={dialog === 'delete'}
            onOpenChange={(o) => setDialog(o ? 'delete' : null)}
            onDeleted={() => (onMapPage ? router.push(`/w/${slug}/journeys`) : router.refresh())}
          />
        </>
      )}
    </>
  );
}
