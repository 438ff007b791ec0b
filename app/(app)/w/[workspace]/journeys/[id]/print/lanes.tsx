import { channelLabels, emotionLabels } from '@/lib/journeys/templates';
import type { StageView, TouchpointView } from '@/lib/journeys/types';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function List({ items }: { items: string[] }) {
  if (!items.length) return <span className="text-muted">—</span>;
  return (
    <ul className="list-disc space-y-0.5 pl-4">
      {items.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </ul>
  );
}

/** One row of the printed map: a label and, per stage, what the lane shows for that stage's touchpoints. */
export type Lane = { label: string; cell: (s: StageView) => React.ReactNode };

const each = (s: StageView, f: (t: TouchpointView) => string | null) => s.touchpoints.map(f).filter((x): x is string => !!x);

export const lanes: Lane[] = [
  { label: 'Customer actions', cell: (s) => <List items={each(s, (t) => t.customerActions || null)} /> },
  { label: 'Touchpoints', cell: (s) => <List items={each(s, (t) => `${t.name} (${channelLabels[t.channel]})`)} /> },
  {
    label: 'Emotion',
    cell: (s) => <List items={each(s, (t) => (t.emotion === null ? null : `${t.name}: ${emotionLabels[String(t.emotion)]} (${signed(t.emotion)})`))} />,
  },
  { label: 'Pain points', cell: (s) => <List items={s.touchpoints.flatMap((t) => t.painPoints.map((p) => p.text))} /> },
  { label: 'Opportunities', cell: (s) => <List items={s.touchpoints.flatMap((t) => t.opportunities.map((o) => o.text))} /> },
  {
    label: 'Moments of truth',
    cell: (s) => (
      <List
        items={each(s, (t) => {
          if (!t.isMomentOfTruth) return null;
          const strategy = [t.proactiveStrategy && `proactive: ${t.proactiveStrategy}`, t.reactiveStrategy && `reactive: ${t.reactiveStrategy}`].filter(Boolean).join('; ');
          return `${t.name}${t.momentPolarity ? ` (${t.momentPolarity})` : ''}${strategy ? ` — ${strategy}` : ''}`;
        })}
      />
    ),
  },
];
