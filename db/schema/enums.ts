import { pgEnum } from 'drizzle-orm/pg-core';

// Declared once here; zod reuses them through `.enumValues`.
export const roleEnum = pgEnum('role', ['viewer', 'editor', 'admin', 'owner']);

export const journeyStatusEnum = pgEnum('journey_status', ['active', 'archived']);

export const channelEnum = pgEnum('touchpoint_channel', [
  'web',
  'mobile_app',
  'store',
  'email',
  'social',
  'phone_support',
  'advertising',
  'word_of_mouth',
  'partner',
  'other',
]);

export const touchpointModeEnum = pgEnum('touchpoint_mode', ['digital', 'physical']);

export const momentPolarityEnum = pgEnum('moment_polarity', ['positive', 'negative']);

export const touchpointItemKindEnum = pgEnum('touchpoint_item_kind', ['pain_point', 'opportunity']);

// Balanced scorecard (issue 4). Perspective kinds are fixed; their labels are the user's.
export const perspectiveKindEnum = pgEnum('perspective_kind', ['financial', 'customer', 'internal', 'learning']);

export const measureUnitEnum = pgEnum('measure_unit', ['%', 'count', 'currency', 'duration', 'score']);

export const measureDirectionEnum = pgEnum('measure_direction', ['higher', 'lower', 'range']);

export const frequencyEnum = pgEnum('frequency', ['weekly', 'monthly', 'quarterly']);

export const indicatorKindEnum = pgEnum('indicator_kind', ['leading', 'lagging']);

export const surveyKindEnum = pgEnum('survey_kind', ['nps', 'csat', 'ces']);

// Where a measurement's value came from (also recorded on its history rows).
export const measurementSourceEnum = pgEnum('measurement_source', ['manual', 'import', 'api', 'survey']);

export const measurementChangeEnum = pgEnum('measurement_change', ['created', 'updated', 'deleted']);

export const initiativeStatusEnum = pgEnum('initiative_status', ['planned', 'on_track', 'at_risk', 'done']);

// Benchmarks (issue 5): where an external reference value comes from.
export const benchmarkKindEnum = pgEnum('benchmark_kind', ['industry_average', 'top_quartile', 'competitor', 'internal_best_practice']);
// Business Model Canvas (issue 5): the nine blocks, in reading order.
export const canvasBlockEnum = pgEnum('canvas_block', [
  'key_partners',
  'key_activities',
  'key_resources',
  'value_propositions',
  'customer_relationships',
  'channels',
  'customer_segments',
  'cost_structure',
  'revenue_streams',
]);
