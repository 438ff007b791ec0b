import { Archive, CircleCheck } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/lib/utils';

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

const dots: Record<string, string> = {
  blue: 'bg-blue-500',
  green: 'bg-green-600',
  amber: 'bg-amber-500',
  orange: 'bg-orange-500',
  red: 'bg-red-500',
  rose: 'bg-rose-500',
  pink: 'bg-pink-500',
  purple: 'bg-purple-500',
  violet: 'bg-violet-500',
  indigo: 'bg-indigo-500',
  teal: 'bg-teal-600',
  cyan: 'bg-cyan-600',
  slate: 'bg-slate-500',
  gray: 'bg-gray-500',
};

/** A persona's name with its colour as a small dot (the name carries the meaning). */
export function PersonaLabel({ name, color, className }: { name: string; color?: string | null; className?: string }) {
  return (
    <span className={cn('inline-flex min-w-0 items-center gap-1.5', className)}>
      <span className={cn('h-2.5 w-2.5 shrink-0 rounded-full', dots[color ?? ''] ?? 'bg-gray-400')} aria-hidden />
      <span className="truncate">{name}</span>
    </span>
  );
}
