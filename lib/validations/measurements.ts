import { z } from 'zod';
import { SURVEY_KINDS } from '@/lib/kpi/surveys';
import { NOTE_MAX } from '@/lib/csv/measurements-import';

const id = (what: string) => z.uuid(`Not a valid ${what} id.`);
const version = z.coerce.number({ error: 'Missing version.' }).int().min(1);
const NUMBER_RE = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** A finite number; from a form, text with a `.` decimal (a comma gets its own message). */
export const valueSchema = z.preprocess(
  (v) => {
    if (typeof v !== 'string') return v;
    if (/^\s*[+-]?\d+,\d+\s*$/.test(v)) return 'comma';
    return NUMBER_RE.test(v) ? Number(v) : v === '' ? undefined : 'nan';
  },
  z.number({ error: (i) => (i.input === 'comma' ? 'Use a point for decimals (e.g. 1.5).' : 'Enter a number.') }).refine(Number.isFinite, 'Enter a finite number.'),
);
export const periodLabelSchema = z
  .string({ error: 'Give the period, e.g. 2026-W07, 2026-02 or 2026-Q1.' })
  .trim()
  .min(1, 'Give the period, e.g. 2026-W07, 2026-02 or 2026-Q1.')
  .max(20, 'Not a period.')
  .describe('Period label of the measure’s frequency: 2026-W07 (ISO week), 2026-02 (month) or 2026-Q1 (quarter).');
export const noteSchema = z.string().max(NOTE_MAX, `Keep the note to ${NOTE_MAX} characters.`).refine((s) => !s.includes('\u0000'), 'The note contains a NUL character.');

export const measurementInput = z.strictObject({ period: periodLabelSchema, value: valueSchema, note: noteSchema.optional() });
export const MAX_POST_MEASUREMENTS = 5000;

/** API POST body: one `{ period, value, note? }`, or many `{ measurements: [...] }` for one measure. */
export const measurementsPostBody = z
  .strictObject({
    period: periodLabelSchema.optional().describe('One measurement: its period label (of the measure’s frequency).'),
    value: valueSchema.optional().describe('One measurement: its value.'),
    note: noteSchema.optional(),
    measurements: z
      .array(measurementInput)
      .min(1, 'Send at least one measurement.')
      .max(MAX_POST_MEASUREMENTS, `Send at most ${MAX_POST_MEASUREMENTS} at a time.`)
      .optional()
      .describe('Many measurements instead of one.'),
  })
  .superRefine((b, ctx) => {
    if (b.measurements) {
      if (b.period !== undefined || b.value !== undefined || b.note !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['measurements'], message: 'Send either { period, value, note? } or { measurements: [...] }, not both.' });
      }
      return;
    }
    if (b.period === undefined) ctx.addIssue({ code: 'custom', path: ['period'], message: 'Give the period, e.g. 2026-W07, 2026-02 or 2026-Q1.' });
    if (b.value === undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: 'Enter a number.' });
  });
export const measurementPatchBody = z
  .object({ value: valueSchema.optional(), note: noteSchema.optional(), version: version.describe('The version read; a stale one answers 409.') })
  .refine((b) => b.value !== undefined || b.note !== undefined, { message: 'Send value and/or note.', path: ['value'] });

// Server actions (FormData).
export const recordMeasurementSchema = z.object({ measureId: id('measure'), period: periodLabelSchema, value: valueSchema, note: noteSchema.default('') });
export const updateMeasurementSchema = z.object({ id: id('measurement'), value: valueSchema, note: noteSchema.default(''), version });
export const deleteMeasurementSchema = z.object({ id: id('measurement'), version: version.optional() });
export const surveyKindSchema = z.enum(SURVEY_KINDS, 'Choose NPS, CSAT or CES.');
export const recordSurveySchema = z.object({
  measureId: id('measure'),
  period: periodLabelSchema,
  kind: surveyKindSchema,
  answers: z.string().max(5 * 1024 * 1024, 'The answers are larger than 5 MB.'),
  note: noteSchema.default(''),
});
