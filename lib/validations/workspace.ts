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

// The runtime's list uses ICU's legacy names (Asia/Calcutta); current IANA names (Asia/Kolkata) that
// Intl accepts are valid too.
function isTimeZone(tz: string) {
  if (timeZones.has(tz)) return true;
  if (!/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const currencies = new Set(Intl.supportedValuesOf('currency'));

export const workspaceSettingsSchema = z.object({
  name: workspaceNameSchema,
  slug: slugSchema,
  timeZone: z.string().trim().refine(isTimeZone, 'Choose a time zone from the list.'),
  fiscalYearStart: z.coerce.number().int('Choose a month.').min(1, 'Choose a month.').max(12, 'Choose a month.'),
  currency: z.string().trim().toUpperCase().refine((c) => currencies.has(c), 'Choose a currency from the list.'),
  locale: z.string().trim().min(2, 'Choose a locale from the list.').max(35, 'Choose a locale from the list.').refine((l) => {
    try {
      return Intl.NumberFormat.supportedLocalesOf([l]).length > 0;
    } catch {
      return false;
    }
  }, 'Choose a locale from the list.'),
  version: z.coerce.number().int(),
});

export type WorkspaceSettingsInput = z.infer<typeof workspaceSettingsSchema>;

export const transferOwnershipSchema = z.object({ memberId: z.uuid({ error: 'Choose a member.' }) });

// The typed slug is compared with the workspace's own on the server, not only in the dialog.
export const deleteWorkspaceSchema = z.object({ confirm: z.string({ error: 'Type the workspace address to confirm.' }).trim() });

export const roleSchema = z.enum(roleEnum.enumValues, { error: 'Choose a role.' });
