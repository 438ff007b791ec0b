import type { PeriodInput, PeriodKey } from './types';

const KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Normalises a period to its 'YYYY-MM-DD' key (Dates read in UTC); throws RangeError on anything else. */
export function periodKey(period: PeriodInput): PeriodKey {
  if (period instanceof Date) {
    if (Number.isNaN(period.getTime())) throw new RangeError('Invalid period: invalid Date');
    return period.toISOString().slice(0, 10);
  }
  const m = KEY.exec(period);
  if (!m) throw new RangeError(`Invalid period "${period}": expected YYYY-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) throw new RangeError(`Invalid period "${period}": no such day`);
  return period;
}
