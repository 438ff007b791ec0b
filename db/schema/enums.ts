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
