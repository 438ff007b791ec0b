import { z } from 'zod';
import { defineRoute, errorSchema, page, pageQuery, slugParam, uuidParam } from '../spec';
import { measurementPatchBody, measurementsPostBody, periodLabelSchema, surveyKindSchema } from '@/lib/validations/measurements';
import { IMPORT_MAX_BYTES } from '@/lib/csv/measurements-import';

const surveyCounts = z
  .union([
    z.object({ kind: z.literal('nps'), n: z.number().int(), promoters: z.number().int(), passives: z.number().int(), detractors: z.number().int() }),
    z.object({ kind: z.literal('csat'), n: z.number().int(), satisfied: z.number().int() }),
    z.object({ kind: z.literal('ces'), n: z.number().int(), sum: z.number().int() }),
  ])
  .describe('Counts kept with a value computed from raw survey answers.');

export const measurementOut = z.object({
  id: z.uuid(),
  measureId: z.uuid(),
  period: z.string().describe('Period label, e.g. 2026-W07, 2026-02 or 2026-Q1.'),
  periodStart: z.iso.date().describe('The period’s first day.'),
  value: z.number(),
  note: z.string(),
  source: z.enum(['manual', 'import', 'api', 'survey']),
  survey: surveyCounts.nullable(),
  version: z.number().int().describe('Send it back with PATCH; a stale version answers 409.'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const counts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });
const measureParams = z.object({ slug: slugParam, id: uuidParam });

export const listMeasurementsRoute = defineRoute({
  id: 'listMeasurements',
  method: 'GET',
  path: '/workspaces/{slug}/measures/{id}/measurements',
  tag: 'Measurements',
  summary: 'List a measure’s measurements by period (oldest first)',
  permission: 'content.read',
  params: measureParams,
  query: pageQuery,
  response: page(measurementOut),
});

export const recordMeasurementsRoute = defineRoute({
  id: 'recordMeasurements',
  method: 'POST',
  path: '/workspaces/{slug}/measures/{id}/measurements',
  tag: 'Measurements',
  summary:
    'Record one `{ period, value, note? }` or many `{ measurements: [...] }` values, idempotent by period: a period that has a value gets it replaced (the old one stays in history); the same value again is reported unchanged',
  permission: 'content.write',
  params: measureParams,
  body: measurementsPostBody,
  response: counts,
});

const oneParams = z.object({ slug: slugParam, id: uuidParam });

export const updateMeasurementRoute = defineRoute({
  id: 'updateMeasurement',
  method: 'PATCH',
  path: '/workspaces/{slug}/measurements/{id}',
  tag: 'Measurements',
  summary: 'Change a measurement’s value and/or note from the version read (the period stays)',
  permission: 'content.write',
  params: oneParams,
  body: measurementPatchBody,
  response: measurementOut,
});

export const deleteMeasurementRoute = defineRoute({
  id: 'deleteMeasurement',
  method: 'DELETE',
  path: '/workspaces/{slug}/measurements/{id}',
  tag: 'Measurements',
  summary: 'Delete a measurement (its history keeps the value)',
  permission: 'content.write',
  params: oneParams,
});

export const badRow = z.object({
  row: z.number().int().nullable().describe('Row number as a spreadsheet shows it (the header is row 1); null for the whole file.'),
  column: z.string().nullable(),
  value: z.string(),
  reason: z.string(),
});
export const rowsInvalid = z.object({ error: errorSchema.shape.error.extend({ rows: z.array(badRow).optional().describe('Every bad row; nothing was written.') }) });

export const importMeasurementsRoute = defineRoute({
  id: 'importMeasurements',
  method: 'POST',
  path: '/workspaces/{slug}/scorecards/{id}/measurement-imports',
  tag: 'Measurements',
  summary:
    'Import a CSV (columns measure, period, value, note; comma or semicolon; `.` decimals) into a scorecard: every row is validated first, then all are written in one transaction, or none with every bad row reported. With `Accept: application/x-ndjson` the answer streams progress lines ({ phase }) and ends with { result } or { error }',
  permission: 'content.write',
  params: z.object({ slug: slugParam, id: uuidParam }),
  upload: { maxBytes: IMPORT_MAX_BYTES, mediaTypes: ['text/csv'], description: 'The CSV file, UTF-8 with or without BOM, up to 50,000 rows.' },
  response: counts.extend({ rows: z.number().int() }),
  invalidResponse: rowsInvalid,
});

export const recordSurveyRoute = defineRoute({
  id: 'recordSurveyAnswers',
  method: 'POST',
  path: '/workspaces/{slug}/measures/{id}/survey-answers',
  tag: 'Measurements',
  summary: 'Compute a period’s NPS (0–10), CSAT (1–5) or CES (1–7) from raw answers (one per line) and record it with its counts',
  permission: 'content.write',
  params: measureParams,
  query: z.object({ period: periodLabelSchema, kind: surveyKindSchema.optional().describe('Defaults to the measure’s survey kind.') }),
  upload: { maxBytes: IMPORT_MAX_BYTES, mediaTypes: ['text/csv'], description: 'One answer per row (a header row is optional).' },
  response: counts.extend({ period: z.string(), value: z.number(), display: z.string(), survey: surveyCounts }),
  invalidResponse: rowsInvalid,
});

export const measurementSpecs = [
  listMeasurementsRoute,
  recordMeasurementsRoute,
  updateMeasurementRoute,
  deleteMeasurementRoute,
  importMeasurementsRoute,
  recordSurveyRoute,
];
