import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_ROWS, measurementsTemplate, parseMeasurementsCsv, readValue, type ImportMeasure } from '@/lib/csv/measurements-import';

const NPS = { id: '11111111-1111-4111-8111-111111111111', name: 'Net Promoter Score', frequency: 'monthly' } as const;
const CHURN = { id: '22222222-2222-4222-8222-222222222222', name: 'Churn rate', frequency: 'weekly' } as const;
const measures: ImportMeasure[] = [NPS, CHURN];
const parse = (text: string, list = measures) => parseMeasurementsCsv(text, list);

describe('parseMeasurementsCsv', () => {
  it('reads headers by name in any order and case, with or without BOM, comma or semicolon', () => {
    const expected = [
      { row: 2, measureId: NPS.id, period: '2026-02-01', value: 12.5, note: 'launch' },
      { row: 3, measureId: CHURN.id, period: '2026-02-09', value: -3, note: '' },
    ];
    expect(parse('measure,period,value,note\nNet Promoter Score,2026-02,12.5,launch\nchurn RATE,2026-W07,-3,\n')).toEqual({ ok: true, rows: expected });
    expect(parse('\uFEFFNote;VALUE;Period;Measure\r\nlaunch;12.5;2026-02;net promoter score\r\n;-3;2026-W07;Churn rate\r\n')).toEqual({ ok: true, rows: expected });
    expect(parse(`Measure,Period,Value\n${NPS.id},2026-02,12.5\n"Churn rate",2026-W07,-3`)).toMatchObject({ ok: true, rows: [{ measureId: NPS.id, note: '' }, { measureId: CHURN.id }] });
  });

  it('names a missing required header in one clear error', () => {
    const r = parse('measure,when,value\nNet Promoter Score,2026-02,1\n');
    expect(r).toEqual({ ok: false, errors: [{ row: null, column: null, value: '', reason: expect.stringContaining('no “period” column') }] });
    const both = parse('name;amount\nx;1\n');
    expect(both.ok ? [] : both.errors).toHaveLength(1);
    expect(both.ok ? '' : both.errors[0].reason).toContain('“measure”, “period”, “value” columns');
    expect(parse('')).toMatchObject({ ok: false, errors: [{ reason: expect.stringContaining('empty') }] });
    expect(parse('measure,period,value\n')).toMatchObject({ ok: false, errors: [{ reason: expect.stringContaining('no rows') }] });
  });

  it('collects every bad row with its spreadsheet row number, column, value and reason', () => {
    const text = [
      'measure,period,value,note',
      'Net Promoter Score,2026-02,1.5,', // row 2 ok
      'Net Promoter Score,2026-03,"1,5",', // 3: comma decimal
      'Net Promoter Score,2026-04,abc,', // 4
      'Net Promoter Score,2026-05,,', // 5: empty
      'Net Promoter Score,2026-06,NaN,', // 6
      'Net Promoter Score,2026-07,Infinity,', // 7
      'Nope,2026-08,1,', // 8: unknown measure
      'Net Promoter Score,2026-W07,1,', // 9: wrong frequency
      'Churn rate,2026-W54,1,', // 10: bad week
      'Net Promoter Score,2026-02,2,', // 11: duplicate of row 2
      '', // 12: blank, skipped but counted
      'Churn rate,2026-W01,1e999,', // 13: not finite
    ].join('\n');
    const r = parse(text);
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'value'], [4, 'value'], [5, 'value'], [6, 'value'], [7, 'value'], [8, 'measure'], [9, 'period'], [10, 'period'], [11, 'period'], [13, 'value'],
    ]);
    expect(errors[0]).toEqual({ row: 3, column: 'value', value: '1,5', reason: 'Use a point for decimals (e.g. 1.5).' });
    expect(errors[5].reason).toBe('No measure named “Nope” in this scorecard.');
    expect(errors[6].reason).toContain('this measure is monthly');
    expect(errors[8].reason).toBe('“Net Promoter Score” 2026-02 is on rows 2 and 11: keep one.');
  });

  it('treats an id that is also another measure’s name as an error, not a guess', () => {
    const odd = { id: '33333333-3333-4333-8333-333333333333', name: NPS.id, frequency: 'monthly' } as const;
    const r = parse(`measure,period,value\n${NPS.id},2026-02,1\n`, [NPS, odd]);
    expect(r).toMatchObject({ ok: false, errors: [{ row: 2, column: 'measure', reason: expect.stringContaining('is the id of “Net Promoter Score” and the name of another measure') }] });
  });

  it('refuses files over the row and size limits with a clear error', () => {
    const many = 'measure,period,value\n' + 'Net Promoter Score,2026-02,1\n'.repeat(IMPORT_MAX_ROWS + 1);
    expect(parse(many)).toMatchObject({ ok: false, errors: [{ row: null, reason: expect.stringContaining('at most 50,000') }] });
    const big = 'measure,period,value,note\n' + `Net Promoter Score,2026-02,1,${'x'.repeat(5 * 1024 * 1024)}\n`;
    expect(parse(big)).toMatchObject({ ok: false, errors: [{ row: null, reason: expect.stringContaining('larger than 5 MB') }] });
    expect(parse('measure,period,value\n"Net Promoter Score,2026-02,1\n')).toMatchObject({ ok: false, errors: [{ reason: expect.stringContaining('not closed') }] });
  });

  it('reads 50,000 valid rows', () => {
    const rows = Array.from({ length: IMPORT_MAX_ROWS }, (_, i) => `Churn rate,${2000 + Math.floor(i / 50)}-W${String((i % 50) + 1).padStart(2, '0')},${i / 10}`);
    const r = parse('measure,period,value\n' + rows.join('\n'));
    expect(r.ok && r.rows.length).toBe(IMPORT_MAX_ROWS);
  });
});

describe('readValue', () => {
  it('accepts point decimals, signs and exponents only', () => {
    expect(readValue('-0.25')).toEqual({ ok: true, value: -0.25 });
    expect(readValue('.5')).toEqual({ ok: true, value: 0.5 });
    expect(readValue('1e3')).toEqual({ ok: true, value: 1000 });
    for (const bad of ['1,5', '1.234,5', 'abc', '', 'NaN', 'Infinity', '-Infinity', '0x10', '1 000', '12%']) expect(readValue(bad).ok, bad).toBe(false);
    expect(readValue('1.234,5')).toEqual({ ok: false, reason: 'Use a point for decimals (e.g. 1234.5).' });
  });
});

describe('measurementsTemplate', () => {
  it('writes a header and one quoted-as-needed row per measure, which parses back', () => {
    const t = measurementsTemplate([{ name: 'Net Promoter Score', period: '2026-02' }, { name: 'Churn, weekly', period: '2026-W07' }]);
    expect(t).toBe('measure,period,value,note\r\nNet Promoter Score,2026-02,0,\r\n"Churn, weekly",2026-W07,0,\r\n');
    expect(parse(t, [NPS, { ...CHURN, name: 'Churn, weekly' }])).toMatchObject({ ok: true, rows: [{ value: 0 }, { value: 0 }] });
  });
});
