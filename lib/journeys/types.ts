import type { Channel } from '@/db/schema';

// The shape the journey map is loaded in (db/queries/journeys.ts getJourneyMap) and drawn from.

export type Item = { id: string; text: string };

export type TouchpointView = {
  id: string;
  stageId: string;
  position: number;
  name: string;
  channel: Channel;
  mode: 'digital' | 'physical';
  ownerId: string | null;
  /** The owner's display name, or null (no owner, or the owner left the workspace). */
  ownerName: string | null;
  customerActions: string;
  /** −2 … +2, or null when not recorded. */
  emotion: number | null;
  expectations: string;
  perceptions: string;
  isMomentOfTruth: boolean;
  momentPolarity: 'positive' | 'negative' | null;
  proactiveStrategy: string;
  reactiveStrategy: string;
  painPoints: Item[];
  opportunities: Item[];
  version: number;
};

export type StageView = {
  id: string;
  name: string;
  description: string;
  position: number;
  version: number;
  touchpoints: TouchpointView[];
};

export type JourneyMap = {
  journey: {
    id: string;
    name: string;
    description: string;
    status: 'active' | 'archived';
    version: number;
    updatedAt: Date;
    persona: { id: string; name: string; segment: string; color: string } | null;
  };
  /** In position order; each stage's touchpoints in position order. */
  stages: StageView[];
};
