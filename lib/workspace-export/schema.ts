import { z } from 'zod';
import {
  benchmarkKindEnum,
  canvasBlockEnum,
  channelEnum,
  frequencyEnum,
  indicatorKindEnum,
  initiativeStatusEnum,
  journeyStatusEnum,
  measureDirectionEnum,
  measurementSourceEnum,
  measureUnitEnum,
  momentPolarityEnum,
  perspectiveKindEnum,
  surveyKindEnum,
  touchpointItemKindEnum,
  touchpointModeEnum,
} from '@/db/schema/enums';
import { PERSONA_COLORS } from '@/lib/validations/personas';
import { NOTE_COLORS, NOTE_TEXT_MAX } from '@/lib/canvases/blocks';
import { isIsoDate } from '@/lib/periods';

// The workspace file (issue 6): content only, every object strict (an unknown key is an error), every list and
// text bounded. Ids are the file's own keys for references between rows; the importer gives every row a new one.

export const EXPORT_FORMAT = 'wayfinder-workspace';
export const SCHEMA_VERSION = 1;
/** The largest file the importer reads (413 above it). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

const id = z.uuid('Not a valid id.');
const ref = id.nullable();
const name = (max = 200) => z.string().min(1, 'Must not be empty.').max(max, `At most ${max} characters.`);
const text = (max = 10_000) => z.string().max(max, `At most ${max.toLocaleString('en-US')} characters.`);
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, `At most ${max.toLocaleString('en-US')} entries.`);
const position = z.number().int('A whole number.').min(0).max(100_000);
const num = z.number().refine(Number.isFinite, 'A finite number.');
const weight = num.pipe(z.number().min(0, 'Not negative.').max(1000));
const fraction = num.pipe(z.number().min(0, 'At least 0.').max(1, 'At most 1.'));
const isoDate = z.string().refine(isIsoDate, 'A calendar date as YYYY-MM-DD.');
const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, `One of: ${values.join(', ')}.`);

const personaSchema = z.strictObject({
  id,
  name: name(),
  segment: text(200),
  description: text(),
  demographics: text(),
  goals: list(text(1000), 100),
  needs: list(text(1000), 100),
  frustrations: list(text(1000), 100),
  color: enumOf(PERSONA_COLORS),
});

const itemSchema = z.strictObject({ id, kind: enumOf(touchpointItemKindEnum.enumValues), text: name(1000), position });

const touchpointSchema = z.strictObject({
  id,
  position,
  name: name(),
  channel: enumOf(channelEnum.enumValues),
  mode: enumOf(touchpointModeEnum.enumValues),
  customerActions: text(),
  emotion: z.number().int().min(-2, 'From −2 to +2.').max(2, 'From −2 to +2.').nullable(),
  expectations: text(),
  perceptions: text(),
  isMomentOfTruth: z.boolean(),
  momentPolarity: enumOf(momentPolarityEnum.enumValues).nullable(),
  proactiveStrategy: text(),
  reactiveStrategy: text(),
  items: list(itemSchema, 500),
});

const stageSchema = z.strictObject({ id, name: name(), description: text(), position, touchpoints: list(touchpointSchema, 1000) });

const journeySchema = z.strictObject({
  id,
  personaId: ref,
  name: name(),
  description: text(),
  status: enumOf(journeyStatusEnum.enumValues),
  stages: list(stageSchema, 200),
});

const noteLinkSchema = z.strictObject({ touchpointId: ref, personaId: ref, touchpointItemId: ref }).refine(
  (l) => [l.touchpointId, l.personaId, l.touchpointItemId].filter((x) => x !== null).length === 1,
  'A link names exactly one of touchpointId, personaId, touchpointItemId.',
);

const noteSchema = z.strictObject({
  id,
  block: enumOf(canvasBlockEnum.enumValues),
  text: name(NOTE_TEXT_MAX),
  color: enumOf(NOTE_COLORS),
  position,
  originId: ref,
  links: list(noteLinkSchema, 200),
});

const canvasSchema = z.strictObject({ id, name: name(), description: text(), notes: list(noteSchema, 5000) });

const targetSchema = z.strictObject({ fromPeriod: isoDate, target: num.nullable(), targetLo: num.nullable(), targetHi: num.nullable() }).refine(
  (t) => (t.target !== null && t.targetLo === null && t.targetHi === null) || (t.target === null && t.targetLo !== null && t.targetHi !== null && t.targetLo <= t.targetHi),
  'Give either target, or targetLo ≤ targetHi.',
);

const surveySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('nps'), n: z.number().int().min(0), promoters: z.number().int().min(0), passives: z.number().int().min(0), detractors: z.number().int().min(0) }),
  z.strictObject({ kind: z.literal('csat'), n: z.number().int().min(0), satisfied: z.number().int().min(0) }),
  z.strictObject({ kind: z.literal('ces'), n: z.number().int().min(0), sum: num }),
]);

const measurementSchema = z.strictObject({
  period: isoDate,
  value: num,
  note: text(2000),
  source: enumOf(measurementSourceEnum.enumValues),
  survey: surveySchema.nullable(),
});

const benchmarkSchema = z
  .strictObject({
    id,
    kind: enumOf(benchmarkKindEnum.enumValues),
    competitorName: text(200),
    value: num,
    asOf: isoDate,
    periodLabel: text(60),
    source: text(500),
    sourceUrl: text(2000),
    note: text(2000),
  })
  .refine((b) => (b.kind === 'competitor') === (b.competitorName !== ''), 'A competitor benchmark names the competitor; other kinds leave competitorName empty.');

const measureSchema = z
  .strictObject({
    id,
    name: name(),
    description: text(),
    unit: enumOf(measureUnitEnum.enumValues),
    unitLabel: text(40),
    direction: enumOf(measureDirectionEnum.enumValues),
    tolerance: num.nullable(),
    frequency: enumOf(frequencyEnum.enumValues),
    baseline: num.nullable(),
    amberThreshold: fraction,
    weight,
    decimals: z.number().int().min(0).max(6),
    dataSource: text(500),
    indicator: enumOf(indicatorKindEnum.enumValues),
    stageId: ref,
    formula: text(2000),
    libraryKey: text(100).nullable(),
    surveyKind: enumOf(surveyKindEnum.enumValues).nullable(),
    referenceBenchmarkId: ref,
    position,
    targets: list(targetSchema, 500),
    measurements: list(measurementSchema, 10_000),
    benchmarks: list(benchmarkSchema, 500),
  })
  .refine(
    (m) => (m.direction === 'range' ? m.tolerance !== null && m.tolerance > 0 : m.baseline !== null && m.tolerance === null),
    'A range measure has a tolerance above 0; a higher/lower measure has a baseline and no tolerance.',
  );

const initiativeSchema = z
  .strictObject({
    id,
    name: name(),
    description: text(),
    status: enumOf(initiativeStatusEnum.enumValues),
    startDate: isoDate.nullable(),
    dueDate: isoDate.nullable(),
    progress: z.number().int().min(0).max(100),
    position,
  })
  .refine((i) => i.startDate === null || i.dueDate === null || i.startDate <= i.dueDate, 'The start date is after the due date.');

const objectiveSchema = z.strictObject({
  id,
  name: name(),
  description: text(),
  weight,
  stageId: ref,
  position,
  initiatives: list(initiativeSchema, 500),
  measures: list(measureSchema, 1000),
});

const perspectiveSchema = z.strictObject({
  id,
  kind: enumOf(perspectiveKindEnum.enumValues),
  label: name(60),
  weight,
  position: z.number().int().min(0).max(3),
  objectives: list(objectiveSchema, 500),
});

const scorecardSchema = z
  .strictObject({
    id,
    name: name(),
    description: text(),
    greenThreshold: fraction,
    amberThreshold: fraction,
    perspectives: z.array(perspectiveSchema).length(4, 'A scorecard has exactly four perspectives.'),
    objectiveLinks: list(z.strictObject({ causeId: id, effectId: id }), 5000),
  })
  .refine((s) => s.amberThreshold <= s.greenThreshold, 'amberThreshold must not exceed greenThreshold.');

export const workspaceDocumentSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT, `Must be "${EXPORT_FORMAT}".`),
  schemaVersion: z.literal(SCHEMA_VERSION),
  exportedAt: z.iso.datetime({ offset: true, error: 'A date-time in ISO 8601.' }),
  workspace: z.strictObject({
    name: name(80),
    timeZone: name(64),
    fiscalYearStart: z.number().int().min(1).max(12),
    currency: z.string().regex(/^[A-Z]{3}$/, 'A three-letter currency code.'),
    locale: name(35),
  }),
  personas: list(personaSchema, 1000),
  journeys: list(journeySchema, 1000),
  canvases: list(canvasSchema, 1000),
  scorecards: list(scorecardSchema, 200),
});

export type WorkspaceDocument = z.infer<typeof workspaceDocumentSchema>;
export type ExportedScorecard = WorkspaceDocument['scorecards'][number];
export type ExportedMeasure = ExportedScorecard['perspectives'][number]['objectives'][number]['measures'][number];
