import type { PersonaColor } from '@/lib/validations/personas';

/** A persona as the form holds it: text, with each list as one item per line. */
export type PersonaValues = {
  name: string;
  segment: string;
  color: PersonaColor;
  description: string;
  demographics: string;
  goals: string;
  needs: string;
  frustrations: string;
};

export const PERSONA_KEYS = ['name', 'segment', 'color', 'description', 'demographics', 'goals', 'needs', 'frustrations'] as const;

export const PERSONA_LABELS: Record<keyof PersonaValues, string> = {
  name: 'Name',
  segment: 'Segment',
  color: 'Avatar colour',
  description: 'Description',
  demographics: 'Demographics',
  goals: 'Goals',
  needs: 'Needs',
  frustrations: 'Frustrations',
};

export const emptyPersona: PersonaValues = { name: '', segment: '', color: 'blue', description: '', demographics: '', goals: '', needs: '', frustrations: '' };

type PersonaLike = { name: string; segment: string; color: string; description: string; demographics: string; goals: string[]; needs: string[]; frustrations: string[] };

export function toValues(p: PersonaLike): PersonaValues {
  return {
    name: p.name,
    segment: p.segment,
    color: p.color as PersonaColor,
    description: p.description,
    demographics: p.demographics,
    goals: p.goals.join('\n'),
    needs: p.needs.join('\n'),
    frustrations: p.frustrations.join('\n'),
  };
}
