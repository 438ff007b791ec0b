import type { LucideIcon } from 'lucide-react';
import { cn } from '@/lib/utils';

// Pages that repeat the same few icons hundreds of times (the journey map) draw each icon once as
// a hidden <svg id> and reference it with <use>: ~90 bytes an icon instead of ~400.

/** Renders each icon once, hidden, under the id `icon-<name>`. Put it once on the page. */
export function IconSprite({ icons }: { icons: Record<string, LucideIcon> }) {
  return (
    <svg aria-hidden width="0" height="0" style={{ position: 'absolute', width: 0, height: 0, overflow: 'hidden' }}>
      {Object.entries(icons).map(([name, Icon]) => (
        <Icon key={name} id={`icon-${name}`} />
      ))}
    </svg>
  );
}

/** One icon from the page's sprite (decorative: the text next to it carries the meaning). */
export function SpriteIcon({ name, className }: { name: string; className?: string }) {
  return (
    <svg aria-hidden className={cn('shrink-0', className)}>
      <use href={`#icon-${name}`} width="100%" height="100%" />
    </svg>
  );
}
