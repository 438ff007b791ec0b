import { z } from 'zod';
import { benchmarkKindEnum } from '@/db/schema/enums';
import { valueSchema } from './measurements';

const id = (what: string) => z.uuid(`Not a valid ${what} id.`);
const version = z.coerce.number({ error: 'Missing version.' }).int().min(1);
const text = (max: number, what: string) => z.string().trim().max(max, `Keep the ${what} to ${max} characters.`);

export const BENCHMARK_KINDS = benchmarkKindEnum.enumValues;
export const benchmarkKindLabels: Record<(typeof BENCHMARK_KINDS)[number], string> = {
  industry_average: 'Industry average',
  top_quartile: 'Top quartile / best in class',
  competitor: 'Competitor',
  internal_best_practice: 'Internal best practice',
};

const isoDate = z
  .string({ error: 'Give the as-of date (YYYY-MM-DD).' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the as-of date as YYYY-MM-DD.')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'Not a calendar date.');

const url = z
  .string()
  .trim()
  .max(2000, 'Keep the URL to 2000 characters.')
  .refine((s) => s === '' || /^https?:\/\/[^\s]+$/i.test(s), 'Give a web address starting with http:// or https://.');

/** The editable fields of a benchmark (form and API alike); a competitor needs its name, other kinds have none. */
export const benchmarkFields = z
  .object({
    kind: z.enum(BENCHMARK_KINDS, 'Choose a kind.'),
    competitorName: text(120, 'competitor name').default(''),
    value: valueSchema,
    asOf: isoDate.describe('The date the value is as of (YYYY-MM-DD).'),
    periodLabel: text(40, 'period').default('').describe('Optional label of the period it covers, e.g. "2025" or "Q3 2025".'),
    source: text(200, 'source').default(''),
    sourceUrl: url.default(''),
    note: text(1000, 'note').default(''),
  })
  .superRefine((b, ctx) => {
    if (b.kind === 'competitor' && !b.competitorName) ctx.addIssue({ code: 'custom', path: ['competitorName'], message: 'Name the competitor.' });
  })
  .transform((b) => ({ ...b, competitorName: b.kind === 'competitor' ? b.competitorName : '' }));
export type BenchmarkFields = z.infer<typeof benchmarkFields>;

// Server actions (FormData).
export const createBenchmarkSchema = z.object({ measureId: id('measure') }).and(benchmarkFields);
export const updateBenchmarkSchema = z.object({ id: id('benchmark'), version }).and(benchmarkFields);
export const deleteBenchmarkSchema = z.object({ id: id('benchmark'), version: version.optional() });
export const setReferenceSchema = z.object({
  measureId: id('measure'),
  benchmarkId: z.preprocess((v) => (v === '' ? null : v), id('benchmark').nullable()),
  version: version.describe('The measure’s version read.'),
});
