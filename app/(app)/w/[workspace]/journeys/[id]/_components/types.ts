import type { TouchpointView } from '@/lib/journeys/types';
import type { DraftItem } from './item-list-editor';

/** What the map's client components need to call actions and fill selects. */
export type MapContext = { slug: string; journeyId: string; members: { userId: string; name: string }[] };

export type TouchpointDraft = {
  name: string;
  channel: TouchpointView['channel'];
  mode: TouchpointView['mode'];
  ownerId: string;
  customerActions: string;
  emotion: string;
  expectations: string;
  perceptions: string;
  isMomentOfTruth: boolean;
  momentPolarity: '' | 'positive' | 'negative';
  proactiveStrategy: string;
  reactiveStrategy: string;
  painPoints: DraftItem[];
  opportunities: DraftItem[];
};

export function draftOf(t: TouchpointView | null): TouchpointDraft {
  return {
    name: t?.name ?? '',
    channel: t?.channel ?? 'web',
    mode: t?.mode ?? 'digital',
    ownerId: t?.ownerId ?? '',
    customerActions: t?.customerActions ?? '',
    emotion: t?.emotion === null || t?.emotion === undefined ? '' : String(t.emotion),
    expectations: t?.expectations ?? '',
    perceptions: t?.perceptions ?? '',
    isMomentOfTruth: t?.isMomentOfTruth ?? false,
    momentPolarity: t?.momentPolarity ?? '',
    proactiveStrategy: t?.proactiveStrategy ?? '',
    reactiveStrategy: t?.reactiveStrategy ?? '',
    painPoints: (t?.painPoints ?? []).map((i) => ({ key: i.id, id: i.id, text: i.text })),
    opportunities: (t?.opportunities ?? []).map((i) => ({ key: i.id, id: i.id, text: i.text })),
  };
}

/** The draft as action input: items keep their ids; blank items are dropped. */
export function inputOf(d: TouchpointDraft) {
  const items = (list: DraftItem[]) => list.filter((i) => i.text.trim()).map((i) => (i.id ? { id: i.id, text: i.text } : { text: i.text }));
  return { ...d, momentPolarity: d.isMomentOfTruth ? d.momentPolarity : '', painPoints: items(d.painPoints), opportunities: items(d.opportunities) };
}
