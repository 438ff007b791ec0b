// Option lists for the workspace settings form (time zones, currencies, locales, months) and the
// locale preview line. Pure Intl: built on the server and handed to the form as props, so server
// and browser never disagree about which options exist.

export type Option = { value: string; label: string };
export type OptionGroup = { label: string; options: Option[] };

/** Common number/date locales offered in the settings form. */
export const COMMON_LOCALES = [
  'en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IE', 'en-IN', 'en-NZ', 'en-SG', 'en-ZA',
  'de-DE', 'de-AT', 'de-CH', 'fr-FR', 'fr-BE', 'fr-CA', 'fr-CH', 'es-ES', 'es-MX', 'es-AR', 'es-CO',
  'it-IT', 'nl-NL', 'nl-BE', 'pt-BR', 'pt-PT', 'sv-SE', 'nb-NO', 'da-DK', 'fi-FI', 'is-IS',
  'pl-PL', 'cs-CZ', 'sk-SK', 'hu-HU', 'ro-RO', 'el-GR', 'tr-TR', 'uk-UA', 'ru-RU', 'he-IL', 'ar-EG', 'ar-SA',
  'hi-IN', 'ja-JP', 'ko-KR', 'zh-CN', 'zh-TW', 'zh-HK', 'th-TH', 'id-ID', 'ms-MY', 'vi-VN',
];

const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'CNY', 'INR', 'BRL', 'SEK', 'NOK', 'DKK', 'PLN'];

const withCurrent = (options: Option[], current: string | undefined, label = current) =>
  current && !options.some((o) => o.value === current) ? [{ value: current, label: label ?? current }, ...options] : options;

function utcOffset(timeZone: string, at: Date) {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
  const gmt = part?.value ?? 'GMT';
  return gmt === 'GMT' ? 'UTC' : gmt.replace('GMT', 'UTC').replace('-', '−');
}

let zoneCache: { hour: number; groups: OptionGroup[] } | undefined;

/** Every IANA time zone the runtime knows, grouped by region, labelled with this hour's UTC offset. */
export function timeZoneGroups(current?: string, at = new Date()): OptionGroup[] {
  const hour = Math.floor(at.getTime() / 3_600_000);
  if (zoneCache?.hour !== hour) zoneCache = { hour, groups: regionGroups(at) };
  const known = current === 'UTC' || (!!current && Intl.supportedValuesOf('timeZone').includes(current));
  const utc: Option[] = [{ value: 'UTC', label: 'UTC (Coordinated Universal Time)' }];
  return [{ label: 'Universal', options: withCurrent(utc, known ? undefined : current) }, ...zoneCache.groups];
}

function regionGroups(at: Date): OptionGroup[] {
  const groups = new Map<string, Option[]>();
  for (const tz of Intl.supportedValuesOf('timeZone')) {
    const [region, ...rest] = tz.split('/');
    if (!rest.length) continue;
    const place = rest.reverse().join(', ').replace(/_/g, ' ');
    const list = groups.get(region) ?? [];
    list.push({ value: tz, label: `${place} (${utcOffset(tz, at)})` });
    groups.set(region, list);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([label, options]) => ({ label, options }));
}

/** ISO 4217 currencies with their English names, the common ones first. */
export function currencyGroups(current?: string): OptionGroup[] {
  const names = new Intl.DisplayNames(['en'], { type: 'currency' });
  const opt = (code: string): Option => ({ value: code, label: `${code} — ${names.of(code) ?? code}` });
  const all = Intl.supportedValuesOf('currency');
  return [
    { label: 'Common', options: withCurrent(COMMON_CURRENCIES.filter((c) => all.includes(c)).map(opt), current && !all.includes(current) ? current : undefined) },
    { label: 'All currencies', options: all.filter((c) => !COMMON_CURRENCIES.includes(c)).map(opt) },
  ];
}

/** Common locales with their English names, plus the workspace's own if it is not among them. */
export function localeOptions(current?: string): Option[] {
  const names = new Intl.DisplayNames(['en'], { type: 'language', languageDisplay: 'standard' });
  const label = (tag: string) => {
    try {
      return `${names.of(tag) ?? tag} · ${tag}`;
    } catch {
      return tag;
    }
  };
  const options = COMMON_LOCALES.map((tag) => ({ value: tag, label: label(tag) })).sort((a, b) => a.label.localeCompare(b.label));
  return withCurrent(options, current, current && label(current));
}

/** January … December as 1 … 12. */
export function monthOptions(): Option[] {
  const f = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: f.format(new Date(Date.UTC(2026, i, 1))) }));
}

const SAMPLE_DATE = new Date(Date.UTC(2026, 10, 25, 12, 0));

/** How numbers, money and dates look in a locale, e.g. "1,234.56 · €1,234.56 · 25 Nov 2026". */
export function formatPreview(locale: string, currency: string, timeZone: string) {
  try {
    const n = new Intl.NumberFormat(locale).format(1234.56);
    const c = new Intl.NumberFormat(locale, { style: 'currency', currency }).format(1234.56);
    const d = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(SAMPLE_DATE);
    return `${n} · ${c} · ${d}`;
  } catch {
    return '';
  }
}
