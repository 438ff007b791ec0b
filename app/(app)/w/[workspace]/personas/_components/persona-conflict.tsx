'use client';

import { ConflictPanel } from '@/components/ui/conflict-panel';
import { personaColors } from '@/lib/validations/personas';
import { PERSONA_KEYS, PERSONA_LABELS, type PersonaValues } from './types';

const shown = (k: keyof PersonaValues, v: string) => (k === 'color' ? personaColors[v as keyof typeof personaColors]?.label ?? v : v);

/** Shown after a stale save: the persona as someone else saved it, next to the form that still holds the user's text. */
export function PersonaConflict({ mine, theirs, onUseTheirs }: { mine: PersonaValues; theirs: PersonaValues; onUseTheirs: () => void }) {
  const rows = PERSONA_KEYS.map((k) => ({ key: k, label: PERSONA_LABELS[k], theirs: shown(k, theirs[k]), differs: theirs[k] !== mine[k] }));
  return <ConflictPanel what="this persona" rows={rows} useLabel="Use their version" onUseTheirs={onUseTheirs} />;
}
