import { canvasBlockEnum } from '@/db/schema/enums';

export type CanvasBlock = (typeof canvasBlockEnum.enumValues)[number];
export const CANVAS_BLOCKS = canvasBlockEnum.enumValues;

/** Each block's label and its one-line prompt (Osterwalder's question). */
export const blockInfo: Record<CanvasBlock, { label: string; prompt: string }> = {
  key_partners: { label: 'Key Partners', prompt: 'Who helps us? Suppliers, alliances, joint ventures.' },
  key_activities: { label: 'Key Activities', prompt: 'What must we do well to deliver the value?' },
  key_resources: { label: 'Key Resources', prompt: 'What assets do we need: people, IP, money, things?' },
  value_propositions: { label: 'Value Propositions', prompt: 'Which customer pains do we relieve, which gains do we create?' },
  customer_relationships: { label: 'Customer Relationships', prompt: 'How do we get, keep and grow customers?' },
  channels: { label: 'Channels', prompt: 'Through which touchpoints do we reach customers?' },
  customer_segments: { label: 'Customer Segments', prompt: 'For whom do we create value?' },
  cost_structure: { label: 'Cost Structure', prompt: 'What are the biggest costs?' },
  revenue_streams: { label: 'Revenue Streams', prompt: 'What are customers willing to pay for, and how?' },
};

/**
 * Grid placement on wide screens and in print (10 columns × 3 rows, the classic canvas); on a phone the blocks
 * stack in CANVAS_BLOCKS order: partners → activities → resources → value → relationships →
 * channels → segments → costs → revenue.
 */
export const blockArea: Record<CanvasBlock, string> = {
  key_partners: 'lg:col-start-1 lg:col-span-2 lg:row-start-1 lg:row-span-2 print:col-start-1 print:col-span-2 print:row-start-1 print:row-span-2',
  key_activities: 'lg:col-start-3 lg:col-span-2 lg:row-start-1 print:col-start-3 print:col-span-2 print:row-start-1',
  key_resources: 'lg:col-start-3 lg:col-span-2 lg:row-start-2 print:col-start-3 print:col-span-2 print:row-start-2',
  value_propositions: 'lg:col-start-5 lg:col-span-2 lg:row-start-1 lg:row-span-2 print:col-start-5 print:col-span-2 print:row-start-1 print:row-span-2',
  customer_relationships: 'lg:col-start-7 lg:col-span-2 lg:row-start-1 print:col-start-7 print:col-span-2 print:row-start-1',
  channels: 'lg:col-start-7 lg:col-span-2 lg:row-start-2 print:col-start-7 print:col-span-2 print:row-start-2',
  customer_segments: 'lg:col-start-9 lg:col-span-2 lg:row-start-1 lg:row-span-2 print:col-start-9 print:col-span-2 print:row-start-1 print:row-span-2',
  cost_structure: 'lg:col-start-1 lg:col-span-5 lg:row-start-3 print:col-start-1 print:col-span-5 print:row-start-3',
  revenue_streams: 'lg:col-start-6 lg:col-span-5 lg:row-start-3 print:col-start-6 print:col-span-5 print:row-start-3',
};

/** Sticky-note palette: stored as the key; dark text on a light tint passes AA contrast. */
export const noteColors = {
  yellow: { label: 'Yellow', className: 'bg-yellow-100 border-yellow-300' },
  blue: { label: 'Blue', className: 'bg-sky-100 border-sky-300' },
  green: { label: 'Green', className: 'bg-green-100 border-green-300' },
  pink: { label: 'Pink', className: 'bg-pink-100 border-pink-300' },
  violet: { label: 'Violet', className: 'bg-violet-100 border-violet-300' },
  grey: { label: 'Grey', className: 'bg-slate-100 border-slate-300' },
} as const;
export type NoteColor = keyof typeof noteColors;
export const NOTE_COLORS = Object.keys(noteColors) as [NoteColor, ...NoteColor[]];

export const NOTE_TEXT_MAX = 280;

/** What a note of each block may link to in the journey (DOMAIN.md: the canvas is aligned with the journey). */
export type LinkKind = 'touchpoint' | 'persona' | 'pain_point';
export function linkKindOf(block: CanvasBlock): LinkKind | null {
  if (block === 'channels' || block === 'customer_relationships') return 'touchpoint';
  if (block === 'customer_segments') return 'persona';
  if (block === 'value_propositions') return 'pain_point';
  return null;
}
export const linkKindLabel: Record<LinkKind, string> = { touchpoint: 'touchpoint', persona: 'persona', pain_point: 'pain point' };
