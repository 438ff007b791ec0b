import { describe, expect, it } from 'vitest';
import { formatFixed, roundHalfAwayFromZero } from '@/lib/number-format';
import { parseSurveyCsv } from '@/lib/kpi/survey-csv';
import { computeCes, computeCsat, computeNps, computeSurvey, formatSurveyValue, readAnswer } from '@/lib/kpi/surveys';

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero on both sides (Math.round(−12.5) is −12)', () => {
    expect(Math.round(-12.5)).toBe(-12); // the trap
    expect(roundHalfAwayFromZero(-12.5)).toBe(-13);
    expect(roundHalfAwayFromZero(12.5)).toBe(13);
    expect(roundHalfAwayFromZero(-0.5)).toBe(-1);
    expect(roundHalfAwayFromZero(-12.25, 1)).toBe(-12.3);
    expect(roundHalfAwayFromZero(12.25, 1)).toBe(12.3);
    expect(roundHalfAwayFromZero(-2.345, 2)).toBe(-2.35);
  });

  it('rounds the decimal the number prints as, not its binary neighbour', () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1); // the trap
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAwayFromZero(1.255, 2)).toBe(1.26);
    expect(roundHalfAwayFromZero(8.345, 2)).toBe(8.35);
    expect(roundHalfAwayFromZero(0.045, 2)).toBe(0.05);
    expect(roundHalfAwayFromZero(2.675, 2)).toBe(2.68);
  });

  it('rounds non-halves to the nearest and leaves short numbers alone', () => {
    expect(roundHalfAwayFromZero(-33.333333333333336, 1)).toBe(-33.3);
    expect(roundHalfAwayFromZero(66.66666666666667, 1)).toBe(66.7);
    expect(roundHalfAwayFromZero(12.24, 1)).toBe(12.2);
    expect(roundHalfAwayFromZero(7, 2)).toBe(7);
    expect(roundHalfAwayFromZero(0.1, 3)).toBe(0.1);
    expect(roundHalfAwayFromZero(1e-7, 2)).toBe(0);
    expect(roundHalfAwayFromZero(1.5e21)).toBe(1.5e21);
  });

  it('never gives −0', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.04, 1), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0), 0)).toBe(true);
  });

  it('agrees with rounding the exact decimal for every hundredth from −20 to 20 (property)', () => {
    for (let cents = -2000; cents <= 2000; cents++) {
      const x = cents / 100; // prints as a two-decimal number
      const expected = Math.sign(cents) * Math.floor((Math.abs(cents) + 5) / 10) / 10;
      expect(roundHalfAwayFromZero(x, 1) + 0).toBe(expected + 0);
    }
  });

  it('refuses a bad number of decimals', () => {
    expect(() => roundHalfAwayFromZero(1, -1)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(1, 1.5)).toThrow(RangeError);
  });

  it('formatFixed writes exactly that many decimals', () => {
    expect(formatFixed(-33.333333333333336, 1)).toBe('-33.3');
    expect(formatFixed(5, 2)).toBe('5.00');
    expect(formatFixed(-0.04, 1)).toBe('0.0');
    expect(formatFixed(1.005, 2)).toBe('1.01');
  });
});

describe('NPS from 0–10 answers', () => {
  it('DOMAIN.md example: 10, 6, 6 → (1 − 2) × 100 / 3 = −33.333… shown −33.3', () => {
    const result = computeNps([10, 6, 6]);
    expect(result).toEqual({ kind: 'nps', value: -100 / 3, n: 3, promoters: 1, passives: 0, detractors: 2 });
    expect(formatSurveyValue('nps', result.value)).toBe('-33.3');
  });

  it('puts 9–10 in promoters, 7–8 in passives and 0–6 in detractors', () => {
    expect(computeNps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toMatchObject({ promoters: 2, passives: 2, detractors: 7, n: 11 });
    expect(computeNps([7, 8])).toMatchObject({ value: 0, passives: 2 });
  });

  it('spans −100 to 100', () => {
    expect(computeNps([10, 9, 9]).value).toBe(100);
    expect(computeNps([0, 6]).value).toBe(-100);
  });

  it('computes in one step: (p − d) × 100 / N', () => {
    // 7 promoters, 0 detractors of 10: % promoters − % detractors as 0.7 × 100 drifts; (7 − 0) × 100 / 10 does not.
    expect(computeNps([9, 9, 9, 9, 9, 9, 9, 8, 8, 8]).value).toBe(70);
    expect(computeNps([10, 10, 6, 8, 8, 8]).value).toBe(100 / 6);
    expect(formatSurveyValue('nps', 100 / 6)).toBe('16.7');
  });

  it('rounds a half away from zero for display: −12.5 → −12.5 at one decimal, −1/16 NPS etc.', () => {
    // 1 promoter, 3 detractors, 12 passives of 16: −2 × 100 / 16 = −12.5 exactly.
    const answers = [10, 0, 0, 0, ...Array(12).fill(8)];
    expect(computeNps(answers).value).toBe(-12.5);
    expect(formatSurveyValue('nps', -12.5)).toBe('-12.5');
    // −1 × 100 / 80 = −1.25 → −1.3 (half away from zero), not −1.2.
    expect(computeNps([0, ...Array(79).fill(7)]).value).toBe(-1.25);
    expect(formatSurveyValue('nps', -1.25)).toBe('-1.3');
  });

  it('has no value without answers', () => {
    expect(computeNps([])).toEqual({ kind: 'nps', value: null, n: 0, promoters: 0, passives: 0, detractors: 0 });
    expect(formatSurveyValue('nps', null)).toBeNull();
  });

  it('throws on answers outside 0–10 or not whole', () => {
    expect(() => computeNps([11])).toThrow('nps answers must be whole numbers from 0 to 10, got 11');
    expect(() => computeNps([-1])).toThrow(RangeError);
    expect(() => computeNps([7.5])).toThrow(RangeError);
    expect(() => computeNps([Number.NaN])).toThrow(RangeError);
  });
});

describe('CSAT from 1–5 answers', () => {
  it('is (answers of 4 or 5) × 100 / N', () => {
    expect(computeCsat([5, 4, 3, 2, 1])).toEqual({ kind: 'csat', value: 40, n: 5, satisfied: 2 });
    expect(computeCsat([5, 4, 4])).toMatchObject({ value: 100, satisfied: 3 });
    expect(computeCsat([4, 3, 3]).value).toBe(100 / 3);
    expect(formatSurveyValue('csat', 200 / 3)).toBe('66.7');
  });

  it('has no value without answers and rejects 0 and 6', () => {
    expect(computeCsat([]).value).toBeNull();
    expect(() => computeCsat([0])).toThrow(RangeError);
    expect(() => computeCsat([6])).toThrow(RangeError);
  });
});

describe('CES from 1–7 answers', () => {
  it('is sum / N, shown with two decimals', () => {
    expect(computeCes([7, 6, 5])).toEqual({ kind: 'ces', value: 6, n: 3, sum: 18 });
    expect(computeCes([7, 6, 6]).value).toBe(19 / 3);
    expect(formatSurveyValue('ces', 19 / 3)).toBe('6.33');
    expect(formatSurveyValue('ces', 6)).toBe('6.00');
    expect(formatSurveyValue('ces', computeCes([1, 2, 2, 2, 2, 2, 2, 2]).value)).toBe('1.88'); // 15 / 8 = 1.875
  });

  it('has no value without answers and rejects 0 and 8', () => {
    expect(computeCes([]).value).toBeNull();
    expect(() => computeCes([0])).toThrow(RangeError);
    expect(() => computeCes([8])).toThrow(RangeError);
  });

  it('computeSurvey dispatches by kind', () => {
    expect(computeSurvey('ces', [4]).kind).toBe('ces');
    expect(computeSurvey('csat', [4]).kind).toBe('csat');
    expect(computeSurvey('nps', [4]).kind).toBe('nps');
  });
});

describe('readAnswer', () => {
  it('accepts whole numbers in the scale, with surrounding spaces, leading zeros or .0', () => {
    expect(readAnswer('nps', '10')).toEqual({ ok: true, answer: 10 });
    expect(readAnswer('nps', ' 0 ')).toEqual({ ok: true, answer: 0 });
    expect(readAnswer('ces', '07')).toEqual({ ok: true, answer: 7 });
    expect(readAnswer('csat', '4.0')).toEqual({ ok: true, answer: 4 });
  });

  it.each([
    ['nps', '11', '11 is outside the 0–10 scale'],
    ['nps', '-1', '-1 is outside the 0–10 scale'],
    ['csat', '0', '0 is outside the 1–5 scale'],
    ['ces', '8', '8 is outside the 1–7 scale'],
    ['nps', '7.5', '7.5 is not a whole number on the 0–10 scale'],
    ['nps', '1e1', '1e1 is not written as a plain whole number (e.g. 10)'],
    ['nps', '+7', '+7 is not written as a plain whole number (e.g. 7)'],
    ['nps', 'ten', '"ten" is not a number: answers are whole numbers on the 0–10 scale'],
    ['nps', '7,5', '"7,5" is not a number: answers are whole numbers on the 0–10 scale'],
  ] as const)('%s %j → %s', (kind, raw, reason) => {
    expect(readAnswer(kind, raw)).toEqual({ ok: false, reason });
  });
});

describe('parseSurveyCsv', () => {
  it('reads the DOMAIN.md example with a header: −33.3 and its counts', () => {
    const parsed = parseSurveyCsv('answer\n10\n6\n6\n', 'nps');
    expect(parsed).toEqual({
      ok: true,
      answers: [10, 6, 6],
      header: 'answer',
      result: { kind: 'nps', value: -100 / 3, n: 3, promoters: 1, passives: 0, detractors: 2 },
    });
  });

  it('reads a file without a header, with a BOM, CRLF line ends and blank lines', () => {
    const parsed = parseSurveyCsv('\ufeff10\r\n\r\n6\r\n  \r\n6\r\n', 'nps');
    expect(parsed).toMatchObject({ ok: true, answers: [10, 6, 6], header: null });
  });

  it('strips a BOM before a header', () => {
    expect(parseSurveyCsv('\ufeffScore\n5\n', 'csat')).toMatchObject({ ok: true, header: 'Score', answers: [5] });
  });

  it('reports every bad row with its line number in the file, column and reason, and no answers', () => {
    const parsed = parseSurveyCsv('score\n10\n11\n\nabc\n7.5\n6\n', 'nps');
    expect(parsed).toEqual({
      ok: false,
      errors: [
        { row: 3, column: 'score', value: '11', reason: '11 is outside the 0–10 scale' },
        { row: 5, column: 'score', value: 'abc', reason: '"abc" is not a number: answers are whole numbers on the 0–10 scale' },
        { row: 6, column: 'score', value: '7.5', reason: '7.5 is not a whole number on the 0–10 scale' },
      ],
    });
  });

  it('names the column "answer" in errors when the file has no header', () => {
    const parsed = parseSurveyCsv('5\n9\n', 'csat');
    expect(parsed).toEqual({ ok: false, errors: [{ row: 2, column: 'answer', value: '9', reason: '9 is outside the 1–5 scale' }] });
  });

  it('picks a named column from a semicolon export, skipping respondents who left it empty', () => {
    const csv = 'id;CES;comment\n1;7;"easy; fast"\n2;;no answer\n3;5;ok\n';
    expect(parseSurveyCsv(csv, 'ces', { column: 'ces' })).toMatchObject({
      ok: true,
      header: 'CES',
      answers: [7, 5],
      result: { value: 6, n: 2, sum: 12 },
    });
  });

  it('picks a named column from a comma export', () => {
    const csv = 'respondent,nps\na,9\nb,3\n';
    expect(parseSurveyCsv(csv, 'nps', { column: 'NPS' })).toMatchObject({ ok: true, answers: [9, 3] });
  });

  it('asks which column when the file has several, and says when the named one is missing', () => {
    expect(parseSurveyCsv('a,b\n1,2\n', 'nps')).toEqual({
      ok: false,
      errors: [{ row: null, column: null, value: '', reason: 'The file has 2 columns: name the column that holds the answers.' }],
    });
    expect(parseSurveyCsv('a,b\n1,2\n', 'nps', { column: 'score' })).toMatchObject({
      ok: false,
      errors: [{ row: null, reason: 'No column named "score" in the header row.' }],
    });
  });

  it('detects semicolons even with blank lines around the rows', () => {
    const csv = '\n"Respondent";"Score"\n\n"a";"4"\n"b";"2"\n\n';
    expect(parseSurveyCsv(csv, 'csat', { column: 'score' })).toMatchObject({
      ok: true,
      answers: [4, 2],
      result: { value: 50, satisfied: 1, n: 2 },
    });
    expect(parseSurveyCsv('\nx;y\n1;9\n', 'csat', { column: 'y' })).toEqual({
      ok: false,
      errors: [{ row: 3, column: 'y', value: '9', reason: '9 is outside the 1–5 scale' }],
    });
  });

  it('takes a first row of letters alone ("e") as a header, not a number', () => {
    expect(parseSurveyCsv('e\n5\n', 'csat')).toMatchObject({ ok: true, header: 'e', answers: [5] });
  });

  it('does not count a trailing delimiter as a second column', () => {
    expect(parseSurveyCsv('9;\n10;\n', 'nps')).toMatchObject({ ok: true, answers: [9, 10] });
  });

  it('has no value for an empty file or a header alone', () => {
    expect(parseSurveyCsv('', 'nps')).toMatchObject({ ok: true, answers: [], result: { value: null, n: 0 } });
    expect(parseSurveyCsv('\ufeff\n\n', 'csat')).toMatchObject({ ok: true, answers: [], result: { value: null, n: 0 } });
    expect(parseSurveyCsv('answer\n', 'ces')).toMatchObject({ ok: true, header: 'answer', answers: [], result: { value: null } });
  });

  it('reads the first row as data when it is a number, even an out-of-range one', () => {
    expect(parseSurveyCsv('-3\n5\n', 'nps')).toMatchObject({ ok: false, errors: [{ row: 1, value: '-3' }] });
  });

  it('reports an unclosed quote as a file error', () => {
    expect(parseSurveyCsv('answer\n"10\n6\n', 'nps')).toMatchObject({ ok: false, errors: [{ row: null }] });
  });
});
