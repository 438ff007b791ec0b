import type { Option, OptionGroup } from '@/lib/locale-options';

/** The editable settings as the form holds them (strings, like the inputs). */
export type SettingsValues = { name: string; slug: string; timeZone: string; fiscalYearStart: string; currency: string; locale: string };

export type SettingsOptions = { timeZones: OptionGroup[]; currencies: OptionGroup[]; locales: Option[]; months: Option[] };

export const SETTINGS_KEYS = ['name', 'slug', 'timeZone', 'fiscalYearStart', 'currency', 'locale'] as const;

export function toValues(w: { name: string; slug: string; timeZone: string; fiscalYearStart: number | string; currency: string; locale: string }): SettingsValues {
  return { name: w.name, slug: w.slug, timeZone: w.timeZone, fiscalYearStart: String(w.fiscalYearStart), currency: w.currency, locale: w.locale };
}
