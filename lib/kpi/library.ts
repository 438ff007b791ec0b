// The KPI library of DOMAIN.md as data: what "create a measure from the library" prefills. Stage names are
// suggestions matched by name when the journey has such a stage; perspectives are suggestions too.
import type { SurveyKind } from '@/lib/kpi/surveys';
import type { Frequency } from '@/lib/periods';

export const KPI_UNITS = ['%', 'count', 'currency', 'duration', 'score'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];
export type KpiPerspective = 'financial' | 'customer' | 'internal' | 'learning';

export type LibraryKpi = {
  key: string;
  name: string;
  formula: string;
  unit: KpiUnit;
  /** For unit 'duration': what the value counts. */
  durationIn?: 'minutes' | 'hours';
  direction: 'higher' | 'lower';
  /** Suggested journey stage name, or null (any stage, or none for learning & growth). */
  stage: string | null;
  perspective: KpiPerspective;
  frequency: Frequency;
  /** Can be computed from raw survey answers. */
  survey?: SurveyKind;
};

export const KPI_LIBRARY: readonly LibraryKpi[] = [
  { key: 'nps', name: 'Net Promoter Score (NPS)', formula: '% promoters (9–10) − % detractors (0–6) on 0–10 answers; −100 to 100', unit: 'score', direction: 'higher', stage: 'retention', perspective: 'customer', frequency: 'monthly', survey: 'nps' },
  { key: 'csat', name: 'Customer satisfaction (CSAT)', formula: '% of answers 4–5 on a 1–5 scale', unit: '%', direction: 'higher', stage: null, perspective: 'customer', frequency: 'monthly', survey: 'csat' },
  { key: 'ces', name: 'Customer effort score (CES)', formula: 'mean answer on a 1–7 agreement scale ("the company made it easy to handle my issue")', unit: 'score', direction: 'higher', stage: 'decision', perspective: 'customer', frequency: 'monthly', survey: 'ces' },
  { key: 'retention-rate', name: 'Customer retention rate', formula: '(customers at end − new customers) / customers at start × 100', unit: '%', direction: 'higher', stage: 'retention', perspective: 'customer', frequency: 'monthly' },
  { key: 'churn-rate', name: 'Churn rate', formula: 'customers lost / customers at start × 100', unit: '%', direction: 'lower', stage: 'retention', perspective: 'customer', frequency: 'monthly' },
  { key: 'customer-lifetime-value', name: 'Customer lifetime value', formula: 'revenue per customer per period × gross margin (fraction) / churn per period (fraction); none when churn is 0', unit: 'currency', direction: 'higher', stage: 'retention', perspective: 'financial', frequency: 'quarterly' },
  { key: 'conversion-rate', name: 'Conversion rate', formula: 'conversions / visitors × 100', unit: '%', direction: 'higher', stage: 'decision', perspective: 'customer', frequency: 'weekly' },
  { key: 'cart-abandonment-rate', name: 'Cart abandonment rate', formula: '(1 − completed purchases / carts created) × 100', unit: '%', direction: 'lower', stage: 'purchase', perspective: 'internal', frequency: 'weekly' },
  { key: 'average-order-value', name: 'Average order value', formula: 'revenue / orders', unit: 'currency', direction: 'higher', stage: 'purchase', perspective: 'financial', frequency: 'monthly' },
  { key: 'click-through-rate', name: 'Click-through rate', formula: 'clicks / impressions × 100', unit: '%', direction: 'higher', stage: 'interest', perspective: 'customer', frequency: 'weekly' },
  { key: 'website-traffic', name: 'Website traffic', formula: 'visits per period', unit: 'count', direction: 'higher', stage: 'awareness', perspective: 'customer', frequency: 'weekly' },
  { key: 'social-media-engagement', name: 'Social media engagement', formula: 'likes + comments + shares per period', unit: 'count', direction: 'higher', stage: 'awareness', perspective: 'customer', frequency: 'weekly' },
  { key: 'newsletter-sign-ups', name: 'Newsletter sign-ups', formula: 'count per period', unit: 'count', direction: 'higher', stage: 'interest', perspective: 'customer', frequency: 'weekly' },
  { key: 'inquiries', name: 'Inquiries', formula: 'count per period', unit: 'count', direction: 'higher', stage: 'interest', perspective: 'customer', frequency: 'weekly' },
  { key: 'time-to-purchase', name: 'Time to complete a purchase', formula: 'median minutes', unit: 'duration', durationIn: 'minutes', direction: 'lower', stage: 'purchase', perspective: 'internal', frequency: 'weekly' },
  { key: 'first-response-time', name: 'First response time', formula: 'median hours', unit: 'duration', durationIn: 'hours', direction: 'lower', stage: 'retention', perspective: 'internal', frequency: 'weekly' },
  { key: 'resolution-time', name: 'Resolution time', formula: 'median hours', unit: 'duration', durationIn: 'hours', direction: 'lower', stage: 'retention', perspective: 'internal', frequency: 'weekly' },
  { key: 'successful-transactions', name: 'Successful transactions', formula: '% of payments that succeed', unit: '%', direction: 'higher', stage: 'purchase', perspective: 'internal', frequency: 'weekly' },
  { key: 'roas', name: 'Return on ad spend (ROAS)', formula: 'revenue / ad spend (5.0 means 500 %)', unit: 'score', direction: 'higher', stage: 'awareness', perspective: 'financial', frequency: 'monthly' },
  { key: 'campaign-roi', name: 'Campaign ROI', formula: '(revenue − cost) / cost × 100', unit: '%', direction: 'higher', stage: 'awareness', perspective: 'financial', frequency: 'monthly' },
  { key: 'training-hours', name: 'Employee training hours', formula: 'hours per employee per period', unit: 'duration', durationIn: 'hours', direction: 'higher', stage: null, perspective: 'learning', frequency: 'quarterly' },
];

/** The library entry with this key, if any. */
export const findLibraryKpi = (key: string) => KPI_LIBRARY.find((k) => k.key === key);
