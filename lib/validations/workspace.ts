import { z } from 'zod';
import { roleEnum } from '@/db/schema/enums';

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'Use at least 2 characters.')
  .max(48, 'Use at most 48 characters.')
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'Use lowercase letters, digits and single hyphens (not at the start or end).')
  .refine((s) => !['new', 'settings', 'api'].includes(s), 'This address is reserved.');

export const workspaceNameSchema = z.string().trim().min(1, 'Enter a name.').max(80, 'Use at most 80 characters.');

export const createWorkspaceSchema = z.object({ name: workspaceNameSchema });

const timeZones = new Set(Intl.supportedValuesOf('timeZone').concat('UTC'));
const currencies = new Set(Intl.supportedValuesOf('currency'));

export const workspaceSettingsSchema = z.object({
  name: workspaceNameSchema,
  slug: slugSchema,
  timeZone: z.string().refine((tz) => timeZones.has(tz), 'Choose a time zone from the list.'),
  fiscalYearStart: z.coerce.number().int('Choose a month.').min(1, 'Choose a month.').max(12, 'Choose a month.'),
  currency: z.string().trim().toUpperCase().refine((c) => currencies.has(c), 'Choose a currency from the list.'),
  locale: z.string().trim().min(2).max(35).refine((l) => {
    try {
      return Intl.NumberFormat.supportedLocalesOf([l]).length > 0;
    } catch {
      return false;
    }
  }, 'Choose a locale from the list.'),
  version: z.coerce.number().int(),
});

export const roleSchema = z.enum(roleEnum.enumValues, { error: 'Choose a role.' });
