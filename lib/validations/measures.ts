import { z } from 'zod';
import { frequencyEnum, indicatorKindEnum, measureDirectionEnum, measureUnitEnum, surveyKindEnum } from '@/db/schema/enums';
import type { FieldErrors } from '@/lib/errors';
import { findLibraryKpi } from '@/lib/kpi/library';
import { parsePeriodOf, type Frequency } from '@/lib/periods';

const id = (what: string) => z.uuid(`Not a valid ${what} id.`);
const blankToNull = (v: unknown) => (v === '' || v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v);
const text = (max: number) => z.string().trim().max(max, `Keep it under ${max.toLocaleString('en-US')} characters.`);
const version = z.coerce.number({ error: 'Missing version.' }).int().min(1, 'Missing version.');

/** A number typed into a form: blank → null; anything else must be a finite number. */
const formNumber = (msg = 'Enter a number.') => z.preprocess(blankToNull, z.coerce.number({ error: msg }).nullable());

export const unitSchema = z.enum(measureUnitEnum.enumValues, 'Choose a unit.');
export const directionSchema = z.enum(measureDirectionEnum.enumValues, 'Choose higher is better, lower is better or within a range.');
export const frequencySchema = z.enum(frequencyEnum.enumValues, 'Choose weekly, monthly or quarterly.');
export const indicatorSchema = z.enum(indicatorKindEnum.enumValues, 'Choose leading or lagging.');
export const surveyKindSchema = z.enum(surveyKindEnum.enumValues, 'Choose NPS, CSAT or CES.');
export const measureNameSchema = z.string().trim().min(1, 'Give the measure a name.').max(120, 'Keep the name under 120 characters.');
const libraryKeySchema = z.string().refine((k) => !!findLibraryKpi(k), 'Not a KPI of the library.');

/** One time-phased target as the user writes it: from a period label on, a target (or a band for ranges). */
export const targetInputSchema = z.object({
  // An empty or malformed label is reported by checkMeasureRules with the frequency's format.
  from: z.string({ error: 'Enter the period this target applies from.' }).trim(),
  target: formNumber().optional(),
  lo: formNumber().optional(),
  hi: formNumber().optional(),
});
export type TargetInput = z.infer<typeof targetInputSchema>;

// Forms send the list as one JSON-encoded field; API bodies send an array.
const targetsField = z.preprocess((v) => {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}, z.array(targetInputSchema, 'Add at least one target.').min(1, 'Add at least one target.').max(100, 'At most 100 targets.'));

/** Every editable field of a measure, as forms send them (strings coerced). */
export const measureFormFields = {
  name: measureNameSchema,
  description: text(2000).default(''),
  unit: unitSchema,
  unitLabel: text(40).default(''),
  direction: directionSchema,
  tolerance: formNumber(),
  frequency: frequencySchema,
  baseline: formNumber(),
  // Whole percent in the form; stored as a fraction (amberThreshold).
  amberPercent: z.preprocess(blankToNull, z.coerce.number({ error: 'Enter a whole percent from 0 to 100.' }).int('Enter a whole percent from 0 to 100.').min(0, 'At least 0 %.').max(100, 'At most 100 %.').nullable()),
  weight: z.preprocess(blankToNull, z.coerce.number({ error: 'Enter a number.' }).min(0, 'The weight is 0 or more.').nullable()),
  decimals: z.preprocess(blankToNull, z.coerce.number({ error: 'Enter a whole number from 0 to 6.' }).int('Enter a whole number from 0 to 6.').min(0, 'At least 0.').max(6, 'At most 6.').nullable()),
  ownerId: z.preprocess(blankToNull, id('owner').nullable()),
  dataSource: text(500).default(''),
  indicator: indicatorSchema.default('lagging'),
  stageId: z.preprocess(blankToNull, id('stage').nullable()),
  formula: text(1000).default(''),
  libraryKey: z.preprocess(blankToNull, libraryKeySchema.nullable()),
  surveyKind: z.preprocess(blankToNull, surveyKindSchema.nullable()),
  targets: targetsField,
};

/** What the queries take: the stored shape (fractions, defaults applied by the query). */
export type MeasureFields = {
  name: string;
  description: string;
  unit: z.infer<typeof unitSchema>;
  unitLabel: string;
  direction: z.infer<typeof directionSchema>;
  tolerance: number | null;
  frequency: Frequency;
  baseline: number | null;
  amberThreshold: number;
  weight: number;
  decimals: number;
  ownerId: string | null;
  dataSource: string;
  indicator: z.infer<typeof indicatorSchema>;
  stageId: string | null;
  formula: string;
  libraryKey: string | null;
  surveyKind: z.infer<typeof surveyKindSchema> | null;
  targets: TargetInput[];
};

type FormOut = z.infer<z.ZodObject<typeof measureFormFields>>;
/** Form values → query fields: percent → fraction, blanks → defaults. */
export function fieldsOfForm(f: FormOut): MeasureFields {
  const { amberPercent, weight, decimals, ...rest } = f;
  return { ...rest, amberThreshold: (amberPercent ?? 70) / 100, weight: weight ?? 1, decimals: decimals ?? 1 };
}

const formObject = z.object(measureFormFields);
export const createMeasureSchema = formObject.extend({ scorecardId: id('scorecard'), objectiveId: id('objective') }).transform(({ scorecardId, objectiveId, ...f }) => ({ scorecardId, objectiveId, fields: fieldsOfForm(f) }));
export const updateMeasureSchema = formObject.extend({ measureId: id('measure'), version }).transform(({ measureId, version, ...f }) => ({ measureId, version, fields: fieldsOfForm(f) }));
export const deleteMeasureSchema = z.object({ measureId: id('measure') });

export type StoredTarget = { fromPeriod: string; target: number | null; targetLo: number | null; targetHi: number | null };

/**
 * The rules between fields, on the complete (merged) measure: range measures need a tolerance > 0 and bands
 * lo ≤ hi; higher/lower measures need a baseline and a target per step; each target period must be a label of
 * the measure's frequency, each once. Returns field errors (keys like `targets.1.from`) and the stored targets.
 */
export function checkMeasureRules(m: Pick<MeasureFields, 'direction' | 'tolerance' | 'baseline' | 'frequency' | 'targets'>): { errors: FieldErrors; targets: StoredTarget[] } {
  const errors: FieldErrors = {};
  const add = (k: string, msg: string) => (errors[k] ??= []).push(msg);
  const range = m.direction === 'range';
  if (range && !(m.tolerance != null && m.tolerance > 0)) add('tolerance', 'A range measure needs a tolerance greater than 0.');
  if (!range && m.baseline == null) add('baseline', 'Enter the baseline the progress starts from.');
  if (m.targets.length === 0) add('targets', 'Add at least one target.');
  const seen = new Map<string, number>();
  const targets: StoredTarget[] = [];
  m.targets.forEach((t, i) => {
    const parsed = parsePeriodOf(t.from, m.frequency);
    if (!parsed.ok) add(`targets.${i}.from`, parsed.error);
    else if (seen.has(parsed.start)) add(`targets.${i}.from`, `${t.from} is already the start of target ${seen.get(parsed.start)! + 1}; each period once.`);
    else seen.set(parsed.start, i);
    if (range) {
      if (t.lo == null) add(`targets.${i}.lo`, 'Enter the lower bound.');
      if (t.hi == null) add(`targets.${i}.hi`, 'Enter the upper bound.');
      if (t.lo != null && t.hi != null && t.lo > t.hi) add(`targets.${i}.hi`, 'The upper bound must not be below the lower bound.');
    } else if (t.target == null) add(`targets.${i}.target`, 'Enter the target.');
    if (parsed.ok) targets.push({ fromPeriod: parsed.start, target: range ? null : (t.target ?? null), targetLo: range ? (t.lo ?? null) : null, targetHi: range ? (t.hi ?? null) : null });
  });
  return { errors, targets: targets.sort((a, b) => a.fromPeriod.localeCompare(b.fromPeriod)) };
}

// JSON API bodies (strict: a misspelt field is an error).
const apiTarget = z
  .object({
    from: z.string().describe('Period label of the measure’s frequency: 2026-W07, 2026-02 or 2026-Q1.'),
    target: z.number().nullable().optional().describe('Higher/lower measures.'),
    lo: z.number().nullable().optional().describe('Range measures: lower bound.'),
    hi: z.number().nullable().optional().describe('Range measures: upper bound.'),
  })
  .strict();
const apiFields = {
  name: measureNameSchema,
  description: text(2000),
  unit: unitSchema,
  unitLabel: text(40),
  direction: directionSchema,
  tolerance: z.number().positive('The tolerance is greater than 0.').nullable(),
  frequency: frequencySchema,
  baseline: z.number().nullable(),
  amberThreshold: z.number().min(0, 'At least 0.').max(1, 'At most 1.').describe('Fraction of 1 (0.7 = 70 %).'),
  weight: z.number().min(0, 'The weight is 0 or more.'),
  decimals: z.number().int().min(0).max(6),
  ownerId: id('owner').nullable(),
  dataSource: text(500),
  indicator: indicatorSchema,
  stageId: id('stage').nullable(),
  formula: text(1000),
  libraryKey: libraryKeySchema.nullable(),
  surveyKind: surveyKindSchema.nullable(),
  targets: z.array(apiTarget).min(1, 'Add at least one target.').max(100).describe('Time-phased targets; replaces the current list as a set.'),
};
export const measurePostBody = z
  .object(apiFields)
  .partial()
  .extend({ objectiveId: id('objective'), name: measureNameSchema, unit: unitSchema, direction: directionSchema, frequency: frequencySchema, targets: apiFields.targets })
  .strict();
export const measurePatchBody = z
  .object(apiFields)
  .partial()
  .extend({ objectiveId: id('objective').optional().describe('Move it to another objective of the same scorecard.'), version: z.number().int().min(1).describe('The version you read; a stale one answers 409.') })
  .strict()
  .refine((b) => Object.keys(b).some((k) => k !== 'version'), { message: 'Send at least one field to change.', path: ['_body'] });
