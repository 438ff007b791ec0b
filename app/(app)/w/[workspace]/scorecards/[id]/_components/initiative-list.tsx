'use client';

import * as React from 'react';
import { AlarmClock, Pencil, Trash2 } from 'lucide-react';
import { SpriteIcon } from '@/components/icon-sprite';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { initiativeStatusLabels } from '@/lib/scorecards/initiative-status';
import type { InitiativeView } from '@/lib/scorecards/view-types';
import { deleteInitiativeAction } from '../actions';
import { ConfirmDelete } from './confirm-delete';
import { InitiativeDialog } from './initiative-dialog';
import { useScorecard } from './scorecard-context';
import type { ScorecardContext } from './types';

const tone = { planned: 'neutral', on_track: 'success', at_risk: 'warning', done: 'brand' } as const;

function formatDate(d: string | null, locale: string) {
  if (!d) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
}

function Row({ ctx, objective, i }: { ctx: ScorecardContext; objective: { id: string; name: string }; i: InitiativeView }) {
  const [dialog, setDialog] = React.useState<'edit' | 'delete' | null>(null);
  const start = formatDate(i.startDate, ctx.locale);
  const due = formatDate(i.dueDate, ctx.locale);
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm">
      <span className="min-w-0 flex-1 basis-40 break-words font-medium">{i.name}</span>
      <Badge tone={tone[i.status]}>{initiativeStatusLabels[i.status]}</Badge>
      {i.overdue && (
        <Badge tone="danger">
          <AlarmClock className="h-3 w-3" aria-hidden /> Overdue
        </Badge>
      )}
      <span className="text-xs text-muted">{i.owner ? i.owner.name : 'No owner'}</span>
      {(start || due) && (
        <span className="text-xs text-muted">
          {start ?? '…'} – {due ?? '…'}
        </span>
      )}
      <span className="inline-flex items-center gap-2 text-xs text-muted">
        <span className="h-1.5 w-16 overflow-hidden rounded-full bg-canvas ring-1 ring-line ring-inset" aria-hidden>
          <span className="block h-full bg-brand-600" style={{ width: `${i.progress}%` }} />
        </span>
        {i.progress} % done
      </span>
      {ctx.canEdit && (
        <span className="flex gap-1">
          <Button variant="ghost" size="icon" className="h-8 w-8" aria-label={`Edit initiative ${i.name}`} onClick={() => setDialog('edit')}>
            <Pencil className="h-4 w-4" aria-hidden />
          </Button>
          <Button variant="ghost" size="icon" className="h-8 w-8" aria-label={`Delete initiative ${i.name}`} onClick={() => setDialog('delete')}>
            <Trash2 className="h-4 w-4" aria-hidden />
          </Button>
          <InitiativeDialog ctx={ctx} objective={objective} initiative={{ ...i, ownerId: i.owner?.id ?? null }} open={dialog === 'edit'} onOpenChange={(o) => setDialog(o ? 'edit' : null)} />
          <ConfirmDelete
            open={dialog === 'delete'}
            onOpenChange={(o) => setDialog(o ? 'delete' : null)}
            title={`Delete “${i.name}”?`}
            description="This cannot be undone."
            confirmLabel="Delete initiative"
            done={`Deleted “${i.name}”.`}
            run={() => deleteInitiativeAction(null, { workspace: ctx.slug, scorecardId: ctx.scorecardId, initiativeId: i.id })}
          />
        </span>
      )}
    </li>
  );
}

/** An objective's initiatives: status in words, owner, dates, progress and an "Overdue" flag; editors add, edit and delete. */
export function InitiativeList({ objective, initiatives }: { objective: { id: string; name: string }; initiatives: InitiativeView[] }) {
  const ctx = useScorecard();
  const [adding, setAdding] = React.useState(false);
  if (!initiatives.length && !ctx.canEdit) return null;
  return (
    <section aria-label={`Initiatives of ${objective.name}`} className="mt-3">
      <div className="flex items-center justify-between gap-2">
        <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">Initiatives</h4>
        {ctx.canEdit && (
          <Button variant="ghost" size="sm" className="h-7 px-2 text-xs" onClick={() => setAdding(true)} aria-label={`Add initiative to ${objective.name}`}>
            <SpriteIcon name="plus" className="h-3.5 w-3.5" /> Add initiative
          </Button>
        )}
      </div>
      {initiatives.length ? (
        <ul className="divide-y divide-line">
          {initiatives.map((i) => (
            <Row key={i.id} ctx={ctx} objective={objective} i={i} />
          ))}
        </ul>
      ) : (
        <p className="py-1 text-xs text-muted">No initiatives yet: add the projects that move this objective.</p>
      )}
      {ctx.canEdit && <InitiativeDialog ctx={ctx} objective={objective} open={adding} onOpenChange={setAdding} />}
    </section>
  );
}
