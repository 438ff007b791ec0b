// Scorecard periods: ISO weeks (2026-W07, Monday start), months (2026-02) and quarters (2026-Q1), each stored
// as its first day 'YYYY-MM-DD'. Pure: dates are handled as UTC day numbers, never local time.

export const FREQUENCIES = ['weekly', 'monthly', 'quarterly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export type Period = { frequency: Frequency; start: string };
export type ParsedPeriod = ({ ok: true } & Period) | { ok: false; error: string };

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;
const FORMATS = 'write a week as 2026-W07, a month as 2026-02 or a quarter as 2026-Q1';
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// Day numbers: days since 1970-01-01 (UTC), so weeks and months never meet daylight saving time.
const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;

function fromDayNumber(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const isoDate = (day: number) => {
  const { y, m, d } = fromDayNumber(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
};

/** 0 = Monday … 6 = Sunday. */
const weekday = (day: number) => (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday

/** Monday of ISO week 1: the week holding 4 January. */
const week1Monday = (year: number) => {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - weekday(jan4);
};

/** 52 or 53: years starting on a Thursday, and leap years starting on a Wednesday, have 53. */
export const isoWeeksInYear = (year: number) => (week1Monday(year + 1) - week1Monday(year)) / 7;

/** The ISO week-numbering year and week of a day (its Thursday decides the year). */
function isoWeekOf(day: number): { year: number; week: number } {
  const thursday = day - weekday(day) + 3;
  const year = fromDayNumber(thursday).y;
  return { year, week: Math.floor((thursday - week1Monday(year)) / 7) + 1 };
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a strict 'YYYY-MM-DD' calendar date, or null. */
function parseDate(value: string): number | null {
  const match = DATE_RE.exec(value);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = dayNumber(y, m, d);
  const back = fromDayNumber(day);
  return back.y === y && back.m === m && back.d === d ? day : null;
}

function requireDate(value: string): number {
  const day = parseDate(value);
  if (day === null) throw new RangeError(`"${value}" is not a date written YYYY-MM-DD`);
  return day;
}

export const isIsoDate = (value: string) => parseDate(value) !== null;

/** The first day of the period (of this frequency) that contains the date. */
export function periodStartOf(date: string, frequency: Frequency): string {
  const day = requireDate(date);
  if (frequency === 'weekly') return isoDate(day - weekday(day));
  const { y, m } = fromDayNumber(day);
  const month = frequency === 'monthly' ? m : m - ((m - 1) % 3);
  return `${pad(y, 4)}-${pad(month)}-01`;
}

/** Whether `start` is the first day of a period of this frequency (what the database stores). */
export const isPeriodStart = (start: string, frequency: Frequency) =>
  isIsoDate(start) && periodStartOf(start, frequency) === start;

const LABEL_RE = /^(\d{4})-(?:W(\d{2})|(\d{2})|Q(\d))$/;

/** Parses '2026-W07' | '2026-02' | '2026-Q1' strictly; errors are sentences a CSV import report can show. */
export function parsePeriod(label: string): ParsedPeriod {
  if (typeof label !== 'string' || label === '') return { ok: false, error: `The period is empty: ${FORMATS}.` };
  if (/\s/.test(label)) return { ok: false, error: `"${label}" contains spaces: ${FORMATS}.` };
  const match = LABEL_RE.exec(label);
  if (!match) {
    const hint = LABEL_RE.test(label.toUpperCase()) ? ' (W and Q in capitals)' : '';
    return { ok: false, error: `"${label}" is not a period: ${FORMATS}${hint}.` };
  }
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, error: `"${label}": the year must be from ${MIN_YEAR} to ${MAX_YEAR}.` };
  }
  if (match[2] !== undefined) {
    const week = Number(match[2]);
    const weeks = isoWeeksInYear(year);
    if (week < 1 || week > weeks) {
      const why = week === 53 ? `${year} has only 52 ISO weeks` : `the week must be from W01 to W${weeks}`;
      return { ok: false, error: `"${label}": ${why}.` };
    }
    return { ok: true, frequency: 'weekly', start: isoDate(week1Monday(year) + (week - 1) * 7) };
  }
  if (match[3] !== undefined) {
    const month = Number(match[3]);
    if (month < 1 || month > 12) return { ok: false, error: `"${label}": the month must be from 01 to 12.` };
    return { ok: true, frequency: 'monthly', start: `${year}-${pad(month)}-01` };
  }
  const quarter = Number(match[4]);
  if (quarter < 1 || quarter > 4) return { ok: false, error: `"${label}": the quarter must be from Q1 to Q4.` };
  return { ok: true, frequency: 'quarterly', start: `${year}-${pad(quarter * 3 - 2)}-01` };
}

/** The label of the period starting on `start`; throws RangeError when start is not such a first day. */
export function formatPeriod(start: string, frequency: Frequency): string {
  if (!isPeriodStart(start, frequency)) {
    throw new RangeError(`"${start}" is not the first day of a ${frequency} period`);
  }
  const day = requireDate(start);
  if (frequency === 'weekly') {
    const { year, week } = isoWeekOf(day);
    return `${pad(year, 4)}-W${pad(week)}`;
  }
  const { y, m } = fromDayNumber(day);
  return frequency === 'monthly' ? `${pad(y, 4)}-${pad(m)}` : `${pad(y, 4)}-Q${(m + 2) / 3}`;
}

/** Whether a label parses and is of the given frequency (a CSV row for a monthly measure must say 2026-02). */
export function periodMatchesFrequency(label: string, frequency: Frequency): boolean {
  const parsed = parsePeriod(label);
  return parsed.ok && parsed.frequency === frequency;
}

/** Parses a label that must be of `frequency`, with the reason when it is not. */
export function parsePeriodOf(label: string, frequency: Frequency): ParsedPeriod {
  const parsed = parsePeriod(label);
  if (!parsed.ok || parsed.frequency === frequency) return parsed;
  const example = { weekly: '2026-W07', monthly: '2026-02', quarterly: '2026-Q1' }[frequency];
  return { ok: false, error: `"${label}" is a ${parsed.frequency} period; this measure is ${frequency} (e.g. ${example}).` };
}

/** The start of the period `count` periods after (or before, when negative) the one starting on `start`. */
export function shiftPeriod(start: string, frequency: Frequency, count: number): string {
  if (!Number.isInteger(count)) throw new RangeError(`count must be a whole number, got ${count}`);
  if (!isPeriodStart(start, frequency)) {
    throw new RangeError(`"${start}" is not the first day of a ${frequency} period`);
  }
  if (frequency === 'weekly') return isoDate(requireDate(start) + count * 7);
  const { y, m } = fromDayNumber(requireDate(start));
  const months = y * 12 + (m - 1) + count * (frequency === 'monthly' ? 1 : 3);
  return `${pad(Math.floor(months / 12), 4)}-${pad((months % 12) + 1)}-01`;
}

export const nextPeriod = (start: string, frequency: Frequency) => shiftPeriod(start, frequency, 1);
export const previousPeriod = (start: string, frequency: Frequency) => shiftPeriod(start, frequency, -1);

/** The period starts from the one containing `from` to the one containing `to`, inclusive; [] when to < from. */
export function periodsBetween(from: string, to: string, frequency: Frequency): string[] {
  const last = periodStartOf(to, frequency);
  const out: string[] = [];
  for (let p = periodStartOf(from, frequency); p <= last; p = nextPeriod(p, frequency)) out.push(p);
  return out;
}

// Building an Intl.DateTimeFormat costs about a millisecond, and every scored page asks for today's date: one
// formatter per time zone is kept (a few hundred zones at most).
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(timeZone: string): Intl.DateTimeFormat | null {
  let f = dayFormats.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone, calendar: 'gregory', numberingSystem: 'latn', year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      return null;
    }
    dayFormats.set(timeZone, f);
  }
  return f;
}

/** Whether Intl knows this IANA time zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  return dayFormat(timeZone) !== null;
}

/** The calendar date 'YYYY-MM-DD' that a clock in `timeZone` shows at the instant `now`. */
export function localDate(now: Date, timeZone = 'UTC'): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('invalid Date');
  const format = dayFormat(timeZone);
  if (!format) throw new RangeError(`unknown time zone "${timeZone}"`);
  const parts = format.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** The start of the period of `frequency` containing `now` in the workspace's time zone (default UTC). */
export const currentPeriod = (frequency: Frequency, now: Date = new Date(), timeZone = 'UTC') =>
  periodStartOf(localDate(now, timeZone), frequency);
