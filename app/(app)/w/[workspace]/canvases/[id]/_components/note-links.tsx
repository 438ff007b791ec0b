'use client';

import * as React from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Link2, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions, DialogContent } from '@/components/ui/dialog';
import { Label, Select } from '@/components/ui/input';
import { toast } from '@/components/ui/toaster';
import { linkKindLabel, type LinkKind } from '@/lib/canvases/blocks';
import { linkNoteAction, unlinkNoteAction } from '../../actions';
import type { BoardContext, LinkView } from './types';

const kindTitle: Record<LinkKind, string> = { touchpoint: 'Touchpoint', persona: 'Persona', pain_point: 'Pain point' };

/** The journey things a note points at; editors can remove a link. */
export function NoteLinks({ ctx, links }: { ctx: BoardContext; links: LinkView[] }) {
  const router = useRouter();
  if (links.length === 0) return null;
  const href = (l: LinkView) => (l.kind === 'persona' ? `/w/${ctx.slug}/personas/${l.targetId}` : l.journeyId ? `/w/${ctx.slug}/journeys/${l.journeyId}` : undefined);
  const unlink = async (l: LinkView) => {
    const r = await unlinkNoteAction(null, { workspace: ctx.slug, linkId: l.id });
    if (!r.ok) return void toast.error(r.error);
    toast.success(`Removed the link to “${l.label}”.`);
    router.refresh();
  };
  return (
    <ul className="mt-1.5 space-y-1 border-t border-black/10 pt-1.5 text-xs" aria-label="Linked to">
      {links.map((l) => {
        const to = href(l);
        return (
          <li key={l.id} className="flex items-start gap-1">
            <Link2 className="mt-0.5 h-3 w-3 shrink-0" aria-hidden />
            <span className="min-w-0 flex-1 break-words">
              <span className="font-medium">{kindTitle[l.kind]}:</span>{' '}
              {to ? (
                <Link href={to} className="underline underline-offset-2">
                  {l.label}
                </Link>
              ) : (
                l.label
              )}
              {l.kind !== 'persona' && l.journeyName && <span className="text-muted"> ({l.journeyName})</span>}
            </span>
            {ctx.canEdit && (
              <button type="button" className="rounded p-0.5 hover:bg-white/60 focus-visible:ring-2 focus-visible:ring-brand-500" aria-label={`Remove link to ${l.label}`} onClick={() => void unlink(l)}>
                <X className="h-3 w-3" aria-hidden />
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Editors: pick a touchpoint, persona or pain point (the kind the note's block takes) to link the note to. */
export function LinkDialog({ ctx, noteId, kind, open, onOpenChange }: { ctx: BoardContext; noteId: string; kind: LinkKind; open: boolean; onOpenChange: (o: boolean) => void }) {
  const router = useRouter();
  const options = ctx.targets?.[kind] ?? [];
  const [targetId, setTargetId] = React.useState('');
  const [error, setError] = React.useState<string>();
  const [pending, start] = React.useTransition();
  const what = linkKindLabel[kind];
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await linkNoteAction(null, { workspace: ctx.slug, noteId, targetId });
      if (!r.ok) return void setError(r.fieldErrors?.targetId?.join(' ') ?? r.error);
      toast.success(`Linked to “${r.data.label}”.`);
      setError(undefined);
      onOpenChange(false);
      router.refresh();
    });
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={`Link to a ${what}`} description={options.length ? undefined : `There is no ${what} in this workspace yet.`}>
        <form onSubmit={submit} noValidate className="space-y-3">
          <div>
            <Label htmlFor={`link-${noteId}`}>{kindTitle[kind]}</Label>
            <Select
              id={`link-${noteId}`}
              value={targetId}
              onChange={(e) => setTargetId(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `link-${noteId}-error` : undefined}
            >
              <option value="">Choose a {what}…</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </Select>
            {error && (
              <p id={`link-${noteId}-error`} className="mt-1 text-sm text-danger">
                {error}
              </p>
            )}
          </div>
          <DialogActions>
            <Button type="submit" loading={pending} disabled={!options.length}>
              Link
            </Button>
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
