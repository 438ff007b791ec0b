import { describe, expect, it } from 'vitest';
import {
  currentPeriod,
  formatPeriod,
  isoWeeksInYear,
  isPeriodStart,
  localDate,
  nextPeriod,
  parsePeriod,
  parsePeriodOf,
  periodMatchesFrequency,
  periodsBetween,
  periodStartOf,
  previousPeriod,
  shiftPeriod,
} from '@/lib/periods';

const errorOf = (label: string) => {
  const parsed = parsePeriod(label);
  if (parsed.ok) throw new Error(`expected ${label} to be rejected`);
  return parsed.error;
};

describe('parsePeriod: weeks (ISO 8601, Monday start)', () => {
  it('reads 2026-W07 as the week starting Monday 2026-02-09', () => {
    expect(parsePeriod('2026-W07')).toEqual({ ok: true, frequency: 'weekly', start: '2026-02-09' });
  });

  it('starts 2026-W01 in the previous calendar year, on 2025-12-29', () => {
    expect(parsePeriod('2026-W01')).toEqual({ ok: true, frequency: 'weekly', start: '2025-12-29' });
  });

  it('starts a week 1 inside its year when 4 January is a Monday (2021-W01 = 2021-01-04)', () => {
    expect(parsePeriod('2021-W01')).toMatchObject({ start: '2021-01-04' });
  });

  it('accepts week 53 in years that have one (2020, 2015, 2026) and pins their Mondays', () => {
    expect(parsePeriod('2020-W53')).toMatchObject({ ok: true, start: '2020-12-28' });
    expect(parsePeriod('2015-W53')).toMatchObject({ ok: true, start: '2015-12-28' });
    expect(parsePeriod('2026-W53')).toMatchObject({ ok: true, start: '2026-12-28' });
  });

  it('rejects week 53 in a 52-week year with the reason', () => {
    expect(errorOf('2021-W53')).toBe('"2021-W53": 2021 has only 52 ISO weeks.');
    expect(errorOf('2025-W53')).toBe('"2025-W53": 2025 has only 52 ISO weeks.');
  });

  it('rejects W00 and W54 with the valid range for that year', () => {
    expect(errorOf('2026-W00')).toBe('"2026-W00": the week must be from W01 to W53.');
    expect(errorOf('2021-W00')).toBe('"2021-W00": the week must be from W01 to W52.');
    expect(errorOf('2020-W54')).toBe('"2020-W54": the week must be from W01 to W53.');
  });

  it('counts 52 or 53 ISO weeks per year as the calendar says', () => {
    const long = [2004, 2009, 2015, 2020, 2026, 2032];
    for (let y = 2000; y <= 2035; y++) expect(isoWeeksInYear(y), String(y)).toBe(long.includes(y) ? 53 : 52);
  });
});

describe('parsePeriod: months and quarters', () => {
  it('reads 2026-02 as the month starting 2026-02-01', () => {
    expect(parsePeriod('2026-02')).toEqual({ ok: true, frequency: 'monthly', start: '2026-02-01' });
    expect(parsePeriod('2026-12')).toEqual({ ok: true, frequency: 'monthly', start: '2026-12-01' });
  });

  it('reads quarters as their first month: Q1 Jan, Q2 Apr, Q3 Jul, Q4 Oct', () => {
    expect(parsePeriod('2026-Q1')).toEqual({ ok: true, frequency: 'quarterly', start: '2026-01-01' });
    expect(parsePeriod('2026-Q2')).toMatchObject({ start: '2026-04-01' });
    expect(parsePeriod('2026-Q3')).toMatchObject({ start: '2026-07-01' });
    expect(parsePeriod('2026-Q4')).toMatchObject({ start: '2026-10-01' });
  });

  it('rejects month 00 and 13 and quarter 0 and 5 with the range', () => {
    expect(errorOf('2026-13')).toBe('"2026-13": the month must be from 01 to 12.');
    expect(errorOf('2026-00')).toBe('"2026-00": the month must be from 01 to 12.');
    expect(errorOf('2026-Q5')).toBe('"2026-Q5": the quarter must be from Q1 to Q4.');
    expect(errorOf('2026-Q0')).toBe('"2026-Q0": the quarter must be from Q1 to Q4.');
  });
});

describe('parsePeriod: strict input', () => {
  it.each([
    '2026-2',
    '2026-002',
    '26-02',
    '2026/02',
    '2026-W7',
    '2026-W007',
    '2026W07',
    '2026-Q01',
    '2026-02-01',
    '202602',
    'Q1-2026',
    '2026-Q',
    '２０２６-02',
    '2026-M02',
  ])('rejects %j with the three accepted forms', (label) => {
    expect(errorOf(label)).toBe(
      `"${label}" is not a period: write a week as 2026-W07, a month as 2026-02 or a quarter as 2026-Q1.`,
    );
  });

  it.each([' 2026-02', '2026-02 ', '2026-W07\n', '2026 -Q1', '\t2026-Q1'])('rejects whitespace in %j', (label) => {
    expect(errorOf(label)).toBe(
      `"${label}" contains spaces: write a week as 2026-W07, a month as 2026-02 or a quarter as 2026-Q1.`,
    );
  });

  it('says so when the period is empty', () => {
    expect(errorOf('')).toBe('The period is empty: write a week as 2026-W07, a month as 2026-02 or a quarter as 2026-Q1.');
  });

  it('rejects lower-case w and q, hinting at capitals', () => {
    expect(errorOf('2026-w07')).toMatch(/\(W and Q in capitals\)\.$/);
    expect(errorOf('2026-q1')).toMatch(/\(W and Q in capitals\)\.$/);
  });

  it('keeps years within 1900–2999', () => {
    expect(errorOf('1899-12')).toBe('"1899-12": the year must be from 1900 to 2999.');
    expect(errorOf('3000-Q1')).toBe('"3000-Q1": the year must be from 1900 to 2999.');
    expect(parsePeriod('1900-01')).toMatchObject({ ok: true, start: '1900-01-01' });
    expect(parsePeriod('2999-Q4')).toMatchObject({ ok: true, start: '2999-10-01' });
  });
});

describe('formatPeriod', () => {
  it('writes the label of a period start', () => {
    expect(formatPeriod('2026-02-09', 'weekly')).toBe('2026-W07');
    expect(formatPeriod('2025-12-29', 'weekly')).toBe('2026-W01');
    expect(formatPeriod('2021-01-04', 'weekly')).toBe('2021-W01');
    expect(formatPeriod('2020-12-28', 'weekly')).toBe('2020-W53');
    expect(formatPeriod('2026-02-01', 'monthly')).toBe('2026-02');
    expect(formatPeriod('2026-10-01', 'quarterly')).toBe('2026-Q4');
  });

  it('refuses a date that does not start a period of that frequency', () => {
    expect(() => formatPeriod('2026-02-10', 'weekly')).toThrow('"2026-02-10" is not the first day of a weekly period');
    expect(() => formatPeriod('2026-02-02', 'monthly')).toThrow(RangeError);
    expect(() => formatPeriod('2026-02-01', 'quarterly')).toThrow(RangeError);
    expect(() => formatPeriod('2026-02-30', 'monthly')).toThrow(RangeError);
    expect(() => formatPeriod('2026-2-1', 'monthly')).toThrow(RangeError);
  });

  it('round-trips every week of 2015–2030 (property)', () => {
    let weeks = 0;
    for (let year = 2015; year <= 2030; year++) {
      for (let week = 1; week <= isoWeeksInYear(year); week++) {
        const label = `${year}-W${String(week).padStart(2, '0')}`;
        const parsed = parsePeriod(label);
        if (!parsed.ok) throw new Error(parsed.error);
        expect(new Date(`${parsed.start}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(formatPeriod(parsed.start, 'weekly')).toBe(label);
        weeks++;
      }
    }
    expect(weeks).toBe(16 * 52 + 3); // 2015, 2020, 2026 have 53 weeks
  });

  it('round-trips every month and quarter of 1900–2999 (property)', () => {
    for (let year = 1900; year <= 2999; year += 7) {
      for (let m = 1; m <= 12; m++) {
        const label = `${year}-${String(m).padStart(2, '0')}`;
        const parsed = parsePeriod(label);
        expect(parsed.ok && formatPeriod(parsed.start, 'monthly')).toBe(label);
      }
      for (let q = 1; q <= 4; q++) {
        const parsed = parsePeriod(`${year}-Q${q}`);
        expect(parsed.ok && formatPeriod(parsed.start, 'quarterly')).toBe(`${year}-Q${q}`);
      }
    }
  });

  it('makes consecutive weeks exactly 7 days apart across 2015–2030 (property)', () => {
    let start = parsePeriod('2015-W01');
    if (!start.ok) throw new Error('bad start');
    let day = start.start;
    for (let i = 0; i < 16 * 52 + 3; i++) {
      const next = nextPeriod(day, 'weekly');
      expect(Date.parse(next) - Date.parse(day)).toBe(7 * 86_400_000);
      day = next;
    }
    start = parsePeriod('2031-W01');
    expect(start.ok && start.start).toBe(day);
  });
});

describe('frequency checks', () => {
  it('periodMatchesFrequency is true only for a valid label of that frequency', () => {
    expect(periodMatchesFrequency('2026-W07', 'weekly')).toBe(true);
    expect(periodMatchesFrequency('2026-W07', 'monthly')).toBe(false);
    expect(periodMatchesFrequency('2026-02', 'monthly')).toBe(true);
    expect(periodMatchesFrequency('2026-02', 'quarterly')).toBe(false);
    expect(periodMatchesFrequency('2026-Q1', 'quarterly')).toBe(true);
    expect(periodMatchesFrequency('2026-13', 'monthly')).toBe(false);
    expect(periodMatchesFrequency('2021-W53', 'weekly')).toBe(false);
  });

  it('parsePeriodOf explains a label of the wrong frequency', () => {
    expect(parsePeriodOf('2026-02', 'monthly')).toEqual({ ok: true, frequency: 'monthly', start: '2026-02-01' });
    expect(parsePeriodOf('2026-02', 'weekly')).toEqual({
      ok: false,
      error: '"2026-02" is a monthly period; this measure is weekly (e.g. 2026-W07).',
    });
    expect(parsePeriodOf('2026-Q5', 'quarterly')).toEqual({
      ok: false,
      error: '"2026-Q5": the quarter must be from Q1 to Q4.',
    });
  });

  it('isPeriodStart checks stored dates', () => {
    expect(isPeriodStart('2025-12-29', 'weekly')).toBe(true);
    expect(isPeriodStart('2026-01-01', 'weekly')).toBe(false); // a Thursday
    expect(isPeriodStart('2026-04-01', 'quarterly')).toBe(true);
    expect(isPeriodStart('2026-05-01', 'quarterly')).toBe(false);
    expect(isPeriodStart('2026-05-01', 'monthly')).toBe(true);
    expect(isPeriodStart('2026-02-29', 'monthly')).toBe(false); // no such date
  });
});

describe('periodStartOf', () => {
  it('finds the Monday, first of month and first of quarter containing a date', () => {
    expect(periodStartOf('2026-01-01', 'weekly')).toBe('2025-12-29');
    expect(periodStartOf('2026-02-15', 'weekly')).toBe('2026-02-09'); // a Sunday belongs to the week before
    expect(periodStartOf('2026-02-09', 'weekly')).toBe('2026-02-09');
    expect(periodStartOf('2026-02-15', 'monthly')).toBe('2026-02-01');
    expect(periodStartOf('2026-06-30', 'quarterly')).toBe('2026-04-01');
    expect(periodStartOf('2024-02-29', 'monthly')).toBe('2024-02-01');
  });

  it('rejects impossible dates', () => {
    expect(() => periodStartOf('2026-02-29', 'monthly')).toThrow('"2026-02-29" is not a date written YYYY-MM-DD');
  });
});

describe('previousPeriod / nextPeriod', () => {
  it('crosses year boundaries for weeks, including week 53', () => {
    expect(nextPeriod('2020-12-21', 'weekly')).toBe('2020-12-28'); // W52 → W53
    expect(nextPeriod('2020-12-28', 'weekly')).toBe('2021-01-04'); // 2020-W53 → 2021-W01
    expect(previousPeriod('2021-01-04', 'weekly')).toBe('2020-12-28');
    expect(formatPeriod(nextPeriod('2021-12-27', 'weekly'), 'weekly')).toBe('2022-W01'); // 2021-W52 → 2022-W01
    expect(formatPeriod(previousPeriod('2025-12-29', 'weekly'), 'weekly')).toBe('2025-W52');
  });

  it('crosses year boundaries for months and quarters', () => {
    expect(nextPeriod('2025-12-01', 'monthly')).toBe('2026-01-01');
    expect(previousPeriod('2026-01-01', 'monthly')).toBe('2025-12-01');
    expect(nextPeriod('2025-10-01', 'quarterly')).toBe('2026-01-01');
    expect(previousPeriod('2026-01-01', 'quarterly')).toBe('2025-10-01');
    expect(nextPeriod('2026-01-01', 'quarterly')).toBe('2026-04-01');
  });

  it('shifts by several periods either way', () => {
    expect(shiftPeriod('2026-01-01', 'monthly', 14)).toBe('2027-03-01');
    expect(shiftPeriod('2026-01-01', 'monthly', -13)).toBe('2024-12-01');
    expect(shiftPeriod('2026-01-01', 'quarterly', -5)).toBe('2024-10-01');
    expect(shiftPeriod('2026-02-09', 'weekly', 0)).toBe('2026-02-09');
    expect(formatPeriod(shiftPeriod('2026-02-09', 'weekly', 52), 'weekly')).toBe('2027-W06'); // 2026 has 53 weeks
  });

  it('refuses a start that is not a period start, or a fractional shift', () => {
    expect(() => nextPeriod('2026-02-10', 'weekly')).toThrow(RangeError);
    expect(() => previousPeriod('2026-02-15', 'monthly')).toThrow(RangeError);
    expect(() => shiftPeriod('2026-02-01', 'monthly', 1.5)).toThrow('count must be a whole number, got 1.5');
  });
});

describe('periodsBetween', () => {
  it('lists every period start from the one containing `from` to the one containing `to`, inclusive', () => {
    expect(periodsBetween('2025-11-15', '2026-02-03', 'monthly')).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
    expect(periodsBetween('2020-12-20', '2021-01-04', 'weekly')).toEqual(['2020-12-14', '2020-12-21', '2020-12-28', '2021-01-04']);
    expect(periodsBetween('2025-01-01', '2025-12-31', 'quarterly')).toEqual([
      '2025-01-01',
      '2025-04-01',
      '2025-07-01',
      '2025-10-01',
    ]);
  });

  it('gives one period when both dates fall in it, and none when the range is reversed', () => {
    expect(periodsBetween('2026-02-10', '2026-02-15', 'weekly')).toEqual(['2026-02-09']);
    expect(periodsBetween('2026-03-01', '2026-02-01', 'monthly')).toEqual([]);
  });

  it('counts 104 weeks over two years of weekly data', () => {
    expect(periodsBetween('2024-01-01', '2025-12-28', 'weekly')).toHaveLength(104);
  });
});

describe('current period in a time zone', () => {
  // 2026-02-15 (a Sunday) 11:30 UTC is already Monday 2026-02-16 00:30 in Auckland (UTC+13 in summer).
  const aucklandMidnight = new Date('2026-02-15T11:30:00Z');

  it('uses UTC by default', () => {
    expect(localDate(aucklandMidnight)).toBe('2026-02-15');
    expect(currentPeriod('weekly', aucklandMidnight)).toBe('2026-02-09');
  });

  it('moves to the next week just after midnight in Pacific/Auckland', () => {
    expect(localDate(aucklandMidnight, 'Pacific/Auckland')).toBe('2026-02-16');
    expect(currentPeriod('weekly', aucklandMidnight, 'Pacific/Auckland')).toBe('2026-02-16');
    expect(currentPeriod('weekly', new Date('2026-02-15T10:59:59Z'), 'Pacific/Auckland')).toBe('2026-02-09');
  });

  it('is still last year in America/Los_Angeles when UTC has reached 1 January', () => {
    const newYearUtc = new Date('2026-01-01T05:00:00Z'); // 2025-12-31 21:00 in Los Angeles (UTC−8)
    expect(localDate(newYearUtc, 'America/Los_Angeles')).toBe('2025-12-31');
    expect(currentPeriod('monthly', newYearUtc, 'America/Los_Angeles')).toBe('2025-12-01');
    expect(currentPeriod('quarterly', newYearUtc, 'America/Los_Angeles')).toBe('2025-10-01');
    expect(currentPeriod('monthly', newYearUtc)).toBe('2026-01-01');
    expect(currentPeriod('quarterly', new Date('2026-01-01T08:00:00Z'), 'America/Los_Angeles')).toBe('2026-01-01');
  });

  it('follows daylight saving time (Los Angeles is UTC−7 in July)', () => {
    expect(localDate(new Date('2026-07-01T06:59:00Z'), 'America/Los_Angeles')).toBe('2026-06-30');
    expect(localDate(new Date('2026-07-01T07:00:00Z'), 'America/Los_Angeles')).toBe('2026-07-01');
  });

  it('rejects an unknown time zone and an invalid Date', () => {
    expect(() => currentPeriod('weekly', new Date(), 'Mars/Olympus_Mons')).toThrow('unknown time zone "Mars/Olympus_Mons"');
    expect(() => localDate(new Date('nope'))).toThrow('invalid Date');
  });
});
