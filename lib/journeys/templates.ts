// Stage sets a journey can start from (DOMAIN.md). Stages are the user's own afterwards: nothing
// may rely on these names or positions.
export const journeyTemplates = [
  { id: 'blank', label: 'Blank', stages: [] as string[] },
  { id: 'acdr', label: 'Awareness → Consideration → Decision → Retention', stages: ['Awareness', 'Consideration', 'Decision', 'Retention'] },
  { id: 'aipp', label: 'Awareness → Interest → Purchase → Post-purchase', stages: ['Awareness', 'Interest', 'Purchase', 'Post-purchase'] },
  {
    id: 'acdpp',
    label: 'Awareness → Consideration → Decision → Purchase → Post-purchase',
    stages: ['Awareness', 'Consideration', 'Decision', 'Purchase', 'Post-purchase'],
  },
] as const;

export type JourneyTemplateId = (typeof journeyTemplates)[number]['id'];
export const templateIds = journeyTemplates.map((t) => t.id) as [JourneyTemplateId, ...JourneyTemplateId[]];

export const channelLabels = {
  web: 'Web',
  mobile_app: 'Mobile app',
  store: 'Store',
  email: 'Email',
  social: 'Social',
  phone_support: 'Phone / support',
  advertising: 'Advertising',
  word_of_mouth: 'Word of mouth',
  partner: 'Partner',
  other: 'Other',
} as const;

export const emotionLabels: Record<string, string> = {
  '-2': 'Very negative',
  '-1': 'Negative',
  '0': 'Neutral',
  '1': 'Positive',
  '2': 'Very positive',
};
