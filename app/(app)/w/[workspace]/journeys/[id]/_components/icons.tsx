import {
  Angry,
  CircleHelp,
  Frown,
  Globe,
  GripVertical,
  Handshake,
  Laugh,
  Mail,
  Megaphone,
  Meh,
  MessagesSquare,
  MoreHorizontal,
  Phone,
  Share2,
  Smartphone,
  Smile,
  Sparkles,
  Store,
  ThumbsDown,
  ThumbsUp,
  UserRound,
  type LucideIcon,
} from 'lucide-react';
import { SpriteIcon } from '@/components/icon-sprite';
import type { Channel } from '@/db/schema';
import { channelLabels, emotionLabels } from '@/lib/journeys/templates';
import { cn } from '@/lib/utils';

const channelIcons: Record<Channel, LucideIcon> = {
  web: Globe,
  mobile_app: Smartphone,
  store: Store,
  email: Mail,
  social: Share2,
  phone_support: Phone,
  advertising: Megaphone,
  word_of_mouth: MessagesSquare,
  partner: Handshake,
  other: CircleHelp,
};

const faces = { '-2': Angry, '-1': Frown, '0': Meh, '1': Smile, '2': Laugh } as const;

/** Every icon the map repeats per stage or touchpoint: rendered once by <IconSprite icons={mapIcons} />. */
export const mapIcons: Record<string, LucideIcon> = {
  ...Object.fromEntries(Object.entries(channelIcons).map(([k, v]) => [`ch-${k}`, v])),
  ...Object.fromEntries(Object.entries(faces).map(([k, v]) => [`face${k}`, v])),
  grip: GripVertical,
  more: MoreHorizontal,
  owner: UserRound,
  moment: Sparkles,
  up: ThumbsUp,
  down: ThumbsDown,
};

/** The channel's icon with its name as text (never the icon alone). */
export function ChannelTag({ channel, className }: { channel: Channel; className?: string }) {
  return (
    <span className={cn('inline-flex items-center gap-1 text-xs text-muted', className)}>
      <SpriteIcon name={`ch-${channel}`} className="h-3.5 w-3.5" />
      {channelLabels[channel]}
    </span>
  );
}

const tones = { '-2': 'text-danger', '-1': 'text-danger', '0': 'text-muted', '1': 'text-success', '2': 'text-success' } as const;

/** A face and its label for an emotion −2…2 (rounded for means); "No emotion" when null. */
export function EmotionTag({ value, suffix }: { value: number | null; suffix?: string }) {
  if (value === null) return <span className="text-xs text-muted">No emotion recorded</span>;
  const key = String(Math.max(-2, Math.min(2, Math.round(value)))) as keyof typeof faces;
  return (
    <span className={cn('inline-flex items-center gap-1 text-xs font-medium', tones[key])}>
      <SpriteIcon name={`face${key}`} className="h-4 w-4" />
      {emotionLabels[key]}
      {suffix && <span className="font-normal text-muted">{suffix}</span>}
    </span>
  );
}
