import { cn } from '@/lib/utils';
import { personaColors, type PersonaColor } from '@/lib/validations/personas';

/** Up to two initials from a name: "Budget-minded Ben" → "BB", "ana" → "A". */
export function initialsOf(name: string) {
  const words = name.trim().split(/[\s\-_.]+/).filter(Boolean);
  const first = (w: string | undefined) => (w ? (Array.from(w)[0] ?? '') : '');
  const picked = words.length > 1 ? first(words[0]) + first(words[words.length - 1]) : first(words[0]);
  return picked.toLocaleUpperCase() || '?';
}

const sizes = { sm: 'h-8 w-8 text-xs', md: 'h-10 w-10 text-sm', lg: 'h-16 w-16 text-xl' } as const;

/**
 * A persona's initials on its palette colour. Decorative by default (the name is shown next to it);
 * pass `label` when the avatar stands alone so screen readers hear who it is.
 */
export function PersonaAvatar({ name, color, size = 'md', label, className }: { name: string; color: string; size?: keyof typeof sizes; label?: string; className?: string }) {
  const palette = personaColors[color as PersonaColor] ?? personaColors.slate;
  return (
    <span
      className={cn('inline-flex shrink-0 select-none items-center justify-center rounded-full font-semibold', sizes[size], palette.className, className)}
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      {initialsOf(name)}
    </span>
  );
}
