import type { Tx } from './client';
import { journeys, personas, stages, touchpointItems, touchpoints } from './schema';

type TP = {
  name: string;
  channel: (typeof touchpoints.$inferInsert)['channel'];
  mode?: 'digital' | 'physical';
  actions: string;
  emotion: number | null;
  pains?: string[];
  ideas?: string[];
  mot?: { polarity: 'positive' | 'negative'; proactive: string; reactive: string };
};

const demo: { stage: string; description: string; touchpoints: TP[] }[] = [
  {
    stage: 'Awareness',
    description: 'Maya learns that a better budgeting app exists.',
    touchpoints: [
      { name: 'Instagram ad', channel: 'social', actions: 'Scrolls past a short video ad', emotion: 0, ideas: ['Show real household savings'] },
      { name: 'Friend recommendation', channel: 'word_of_mouth', mode: 'physical', actions: 'Hears about it over coffee', emotion: 2 },
    ],
  },
  {
    stage: 'Consideration',
    description: 'She compares us with two other apps.',
    touchpoints: [
      { name: 'Pricing page', channel: 'web', actions: 'Compares plans', emotion: -1, pains: ['Plan differences are unclear'], ideas: ['Side-by-side plan table'] },
      { name: 'App store reviews', channel: 'mobile_app', actions: 'Reads reviews about bank sync', emotion: 0 },
    ],
  },
  {
    stage: 'Decision',
    description: 'She signs up for the trial.',
    touchpoints: [
      {
        name: 'Bank connection',
        channel: 'mobile_app',
        actions: 'Connects her bank account',
        emotion: -2,
        pains: ['Her bank is not listed', 'Two-factor prompt times out'],
        ideas: ['Manual CSV import as a fallback'],
        mot: { polarity: 'negative', proactive: 'Check bank coverage before sign-up', reactive: 'Support calls back within one hour' },
      },
    ],
  },
  {
    stage: 'Retention',
    description: 'Monthly check-ins keep her engaged.',
    touchpoints: [
      { name: 'Monthly summary email', channel: 'email', actions: 'Opens the summary', emotion: 1, ideas: ['Celebrate savings streaks'] },
      {
        name: 'Support chat',
        channel: 'phone_support',
        actions: 'Asks about a duplicate transaction',
        emotion: 1,
        mot: { polarity: 'positive', proactive: 'Explain duplicates in the app', reactive: 'Fix it in the chat and follow up' },
      },
    ],
  },
];

/** The demo workspace's persona and one complete journey (all stages, touchpoints, items, moments of truth). */
export async function seedDemoJourney(tx: Tx, workspaceId: string, ownerId: string) {
  const [persona] = await tx
    .insert(personas)
    .values({
      workspaceId,
      name: 'Maya, the busy parent',
      segment: 'Young families',
      description: 'Works full time, manages the household budget on her phone.',
      demographics: '34, two children, suburban',
      goals: ['Save for a family holiday', 'Stop overspending on groceries'],
      needs: ['A quick weekly overview', 'Automatic categorisation'],
      frustrations: ['Manual data entry', 'Apps that nag'],
      color: 'violet',
    })
    .returning();
  const [journey] = await tx
    .insert(journeys)
    .values({ workspaceId, personaId: persona.id, name: 'Trial to paid subscription', description: 'From first hearing about us to a loyal subscriber.' })
    .returning();
  for (const [si, s] of demo.entries()) {
    const [stage] = await tx.insert(stages).values({ workspaceId, journeyId: journey.id, name: s.stage, description: s.description, position: si }).returning();
    for (const [ti, t] of s.touchpoints.entries()) {
      const [tp] = await tx
        .insert(touchpoints)
        .values({
          workspaceId,
          journeyId: journey.id,
          stageId: stage.id,
          position: ti,
          name: t.name,
          channel: t.channel,
          mode: t.mode ?? 'digital',
          ownerId,
          customerActions: t.actions,
          emotion: t.emotion,
          isMomentOfTruth: !!t.mot,
          momentPolarity: t.mot?.polarity ?? null,
          proactiveStrategy: t.mot?.proactive ?? '',
          reactiveStrategy: t.mot?.reactive ?? '',
        })
        .returning();
      const items = [
        ...(t.pains ?? []).map((text, i) => ({ kind: 'pain_point' as const, text, position: i })),
        ...(t.ideas ?? []).map((text, i) => ({ kind: 'opportunity' as const, text, position: i })),
      ];
      if (items.length) await tx.insert(touchpointItems).values(items.map((it) => ({ ...it, workspaceId, journeyId: journey.id, touchpointId: tp.id })));
    }
  }
  return { personaId: persona.id, journeyId: journey.id };
}
