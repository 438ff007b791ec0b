'use client';

import { AlertTriangle } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/badge';
import { personaColors } from '@/lib/validations/personas';
import { PERSONA_KEYS, PERSONA_LABELS, type PersonaValues } from './types';

const shown = (k: keyof PersonaValues, v: string) => (k === 'color' ? personaColors[v as keyof typeof personaColors]?.label ?? v : v);

/** Shown after a stale save: the persona as someone else saved it, next to the form that still holds the user's text. */
export function PersonaConflict({ mine, theirs, onUseTheirs }: { mine: PersonaValues; theirs: PersonaValues; onUseTheirs: () => void }) {
  return (
    <section role="alert" aria-labelledby="persona-conflict-title" className="rounded-lg border border-warning/30 bg-warning-bg p-4 text-sm">
      <h3 id="persona-conflict-title" className="flex items-center gap-2 font-semibold text-warning">
        <AlertTriangle className="h-4 w-4" aria-hidden />
        Someone else saved this persona while you were editing
      </h3>
      <p className="mt-1 text-ink">Nothing of yours was saved. Your changes are still in the form: save again to replace their version, or take theirs.</p>
      <dl className="mt-3 grid gap-x-4 gap-y-1.5 sm:grid-cols-[auto_1fr]">
        {PERSONA_KEYS.map((k) => (
          <div key={k} className="contents">
            <dt className="text-muted">{PERSONA_LABELS[k]}</dt>
            <dd className="flex flex-wrap items-start gap-2">
              <span className="whitespace-pre-line break-words">{shown(k, theirs[k]) || <span className="text-muted">(empty)</span>}</span>
              {theirs[k] !== mine[k] && <Badge tone="warning">differs from yours</Badge>}
            </dd>
          </div>
        ))}
      </dl>
      <Button type="button" variant="secondary" size="sm" className="mt-3" onClick={onUseTheirs}>
        Use their version
      </Button>
    </section>
  );
}
