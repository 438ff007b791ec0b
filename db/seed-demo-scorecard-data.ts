// The demo workspace's "Company scorecard" as data (db/seed-demo-scorecard.ts writes it). Objectives follow the
// classic cause → effect chain (learning → internal → customer → financial) and align to the demo journey's stages
// by name. Each measure's series ends on `end`, chosen so today's statuses are a known mix (noted per measure).
import type { Frequency } from '@/lib/periods';

type PerspectiveKind = 'financial' | 'customer' | 'internal' | 'learning';

export const DEMO_SCORECARD = {
  name: 'Company scorecard',
  description: 'How the subscription business is doing, from the team’s skills to recurring revenue.',
};

export const DEMO_PERSPECTIVES: { kind: PerspectiveKind; label: string }[] = [
  { kind: 'financial', label: 'Financial' },
  { kind: 'customer', label: 'Customer' },
  { kind: 'internal', label: 'Internal Process' },
  { kind: 'learning', label: 'Learning & Growth' },
];

export type DemoObjective = { key: string; perspective: PerspectiveKind; name: string; description: string; stage?: string };

export const DEMO_OBJECTIVES: DemoObjective[] = [
  { key: 'revenue', perspective: 'financial', name: 'Grow recurring revenue', description: 'More subscribers who stay longer.', stage: 'Retention' },
  { key: 'marketing', perspective: 'financial', name: 'Get more from marketing spend', description: 'Every campaign pays for itself.', stage: 'Awareness' },
  { key: 'loyalty', perspective: 'customer', name: 'Improve customer loyalty', description: 'Subscribers recommend us and stay.', stage: 'Retention' },
  { key: 'trials', perspective: 'customer', name: 'Turn more trials into subscribers', description: 'An easy first week.', stage: 'Decision' },
  { key: 'support', perspective: 'internal', name: 'Faster support resolution', description: 'Answer quickly, fix it the first time.', stage: 'Retention' },
  { key: 'bank', perspective: 'internal', name: 'Effortless bank connection', description: 'Connecting a bank just works.', stage: 'Decision' },
  { key: 'skills', perspective: 'learning', name: 'Skilled support team', description: 'Trained people who know the product.' },
  { key: 'insight', perspective: 'learning', name: 'Customer insight in every team', description: 'Everyone hears customers first-hand.', stage: 'Consideration' },
];

/** Cause → effect, along the strategy map's chain. */
export const DEMO_LINKS: [cause: string, effect: string][] = [
  ['skills', 'support'],
  ['insight', 'bank'],
  ['insight', 'support'],
  ['support', 'loyalty'],
  ['bank', 'trials'],
  ['loyalty', 'revenue'],
  ['trials', 'revenue'],
  ['trials', 'marketing'],
];

type Series = { start: number; end: number; noise: number; min?: number; max?: number };
type Common = {
  /** KPI library key (lib/kpi/library.ts), or a custom measure with its own name. */
  library?: string;
  name?: string;
  objective: string;
  frequency?: Frequency;
  decimals: number;
  unitLabel?: string;
  stage?: string;
  indicator?: 'leading' | 'lagging';
  dataSource: string;
  source: 'manual' | 'import' | 'api' | 'survey';
  /** The last `stalePeriods` periods have no value (the measure is grey). */
  stalePeriods?: number;
  series: Series;
};
export type DemoMeasure =
  | (Common & { direction: 'higher' | 'lower'; baseline: number; targets: [twoYearsAgo: number, yearAgo: number] })
  | (Common & { direction: 'range'; tolerance: number; band: { lo: number; hi: number } });

export const DEMO_MEASURES: DemoMeasure[] = [
  // green: 1,260 against 1,200
  { library: 'customer-lifetime-value', objective: 'revenue', decimals: 0, direction: 'higher', baseline: 900, targets: [1100, 1200], dataSource: 'Billing (Stripe) export', source: 'import', series: { start: 880, end: 1260, noise: 25, min: 0 } },
  // green: 5.4 against 5.0
  { library: 'roas', objective: 'marketing', decimals: 1, unitLabel: '×', direction: 'higher', baseline: 3, targets: [4, 5], dataSource: 'Ad platforms report', source: 'import', series: { start: 3.1, end: 5.4, noise: 0.15, min: 0 } },
  // amber: (70 − 40) / (80 − 40) = 0.75
  { library: 'campaign-roi', objective: 'marketing', decimals: 0, direction: 'higher', baseline: 40, targets: [60, 80], dataSource: 'Marketing finance sheet', source: 'import', series: { start: 38, end: 70, noise: 4 } },
  // amber: (≈39 − 20) / (45 − 20) ≈ 0.76; values come from survey counts
  { library: 'nps', objective: 'loyalty', decimals: 1, direction: 'higher', baseline: 20, targets: [35, 45], dataSource: 'In-app survey', source: 'survey', series: { start: 18, end: 39, noise: 2.5, min: -100, max: 100 } },
  // red: (4.0 − 3.7) / (4.0 − 2.5) = 0.2
  { library: 'churn-rate', objective: 'loyalty', decimals: 1, direction: 'lower', baseline: 4, targets: [3, 2.5], dataSource: 'Billing (Stripe) export', source: 'import', series: { start: 4.2, end: 3.7, noise: 0.15, min: 0, max: 100 } },
  // grey: the survey paused three months ago
  { library: 'csat', objective: 'loyalty', decimals: 1, direction: 'higher', baseline: 75, targets: [80, 85], dataSource: 'Support ticket survey (paused)', source: 'import', stalePeriods: 3, series: { start: 74, end: 81, noise: 1.5, min: 0, max: 100 } },
  // green: 12.6 % against 12 %
  { library: 'conversion-rate', objective: 'trials', decimals: 1, direction: 'higher', baseline: 8, targets: [10, 12], dataSource: 'Product analytics', source: 'api', series: { start: 7.8, end: 12.6, noise: 0.3, min: 0, max: 100 } },
  // green: 5.7 against 5.6
  { library: 'ces', objective: 'trials', decimals: 2, direction: 'higher', baseline: 4.5, targets: [5.2, 5.6], dataSource: 'Onboarding survey', source: 'import', series: { start: 4.4, end: 5.7, noise: 0.08, min: 1, max: 7 } },
  // green: 3.4 h inside [2, 4] h
  { library: 'first-response-time', objective: 'support', decimals: 1, unitLabel: 'hours', direction: 'range', tolerance: 2, band: { lo: 2, hi: 4 }, dataSource: 'Helpdesk', source: 'api', series: { start: 6.5, end: 3.4, noise: 0.3, min: 0.2 } },
  // red: (30 − 27) / (30 − 18) = 0.25
  { library: 'resolution-time', objective: 'support', decimals: 1, unitLabel: 'hours', direction: 'lower', baseline: 30, targets: [24, 18], dataSource: 'Helpdesk', source: 'api', series: { start: 31, end: 27, noise: 1, min: 1 } },
  // green: 97.4 % against 97 %
  { library: 'successful-transactions', name: 'Successful bank connections', objective: 'bank', decimals: 1, direction: 'higher', baseline: 92, targets: [95, 97], stage: 'Decision', dataSource: 'Connector logs', source: 'api', series: { start: 91.5, end: 97.4, noise: 0.3, min: 0, max: 100 } },
  // amber: (7 − 4) / (8 − 4) = 0.75
  { library: 'training-hours', objective: 'skills', decimals: 1, unitLabel: 'hours', direction: 'higher', baseline: 4, targets: [6, 8], indicator: 'leading', dataSource: 'HR learning platform', source: 'manual', series: { start: 3.5, end: 7, noise: 0.4, min: 0 } },
  // green: 42 % against 40 %
  { name: 'Staff who joined a customer call', objective: 'insight', frequency: 'monthly', decimals: 0, direction: 'higher', baseline: 10, targets: [25, 40], indicator: 'leading', dataSource: 'Team survey', source: 'manual', series: { start: 8, end: 42, noise: 2, min: 0, max: 100 } },
];

/** Initiatives, with dates in days from today: one at risk, one overdue, one done, one planned. */
export const DEMO_INITIATIVES: { objective: string; name: string; status: 'planned' | 'on_track' | 'at_risk' | 'done'; start: number; due: number; progress: number }[] = [
  { objective: 'support', name: 'Chat-first support rota', status: 'at_risk', start: -90, due: 30, progress: 40 },
  { objective: 'bank', name: 'Add 40 more banks to the connector', status: 'on_track', start: -120, due: -14, progress: 80 },
  { objective: 'skills', name: 'Support academy, level 1', status: 'done', start: -200, due: -60, progress: 100 },
  { objective: 'loyalty', name: 'Celebrate savings streaks in the monthly email', status: 'planned', start: 14, due: 100, progress: 0 },
];
