import { Archive, CircleCheck } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/lib/utils';
import { personaColors, type PersonaColor } from '@/lib/validations/personas';

/** Active / Archived, with an icon and a word (never colour alone). */
export function JourneyStatusBadge({ status }: { status: 'active' | 'archived' }) {
  return status === 'archived' ? (
    <Badge tone="neutral">
      <Archive className="h-3 w-3" aria-hidden /> Archived
    </Badge>
  ) : (
    <Badge tone="success">
      <CircleCheck className="h-3 w-3" aria-hidden /> Active
    </Badge>
  );
}


/** A persona's name with its colour as a small dot (the name carries the meaning). */
export function PersonaLabel({ name, color, className }: { name: string; color?: string | null; className?: string }) {
  return (
    <span className={cn('inline-flex min-w-0 items-center gap-1.5', className)}>
      <span className={cn('h-2.5 w-2.5 shrink-0 rounded-full', personaColors[color as PersonaColor]?.className ?? 'bg-gray-400')} aria-hidden />
      <span className="truncate">{name}</span>
    </span>
  );
}
