import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { activities, benchmarks, measures } from '@/db/schema';
import { createBenchmark } from '@/db/queries/benchmarks';
import { describeActivity } from '@/lib/activity-text';
import { importBenchmarksCsv } from '@/lib/benchmarks/import';
import { BENCHMARK_IMPORT_MAX_ROWS, benchmarksTemplate, parseBenchmarksCsv } from '@/lib/csv/benchmarks-import';
import type { ImportMeasure } from '@/lib/csv/csv-table';
import { seedMeasureScorecard } from '@/scripts/e2e-seed-measurements';
import { useTestDatabase } from './support/db';
import { seedWorld } from './support/world';
import { snapshot } from './support/snapshot';

const NPS = { id: '11111111-1111-4111-8111-111111111111', name: 'Net Promoter Score', frequency: 'monthly' } as const;
const CHURN = { id: '22222222-2222-4222-8222-222222222222', name: 'Churn rate', frequency: 'quarterly' } as const;
const list: ImportMeasure[] = [NPS, CHURN];
const parse = (text: string) => parseBenchmarksCsv(text, list);
const csv = (lines: string[]) => lines.join('\n') + '\n';
const base = { source: '', sourceUrl: '', note: '', competitorName: '', periodLabel: '', reference: false };

describe('parseBenchmarksCsv', () => {
  it('reads columns by name in any case and order, kinds by value or label, BOM and semicolons, as-of from a period', () => {
    const r = parse('\uFEFFKind;Measure;VALUE;As of;Period;Competitor;Source_URL;reference\r\nTop quartile;net promoter score;45;2026-01-31;;;;yes\r\ncompetitor;Churn rate;-2.5;;2026-Q1;Acme;https://acme.test/r;\r\nbest_in_class;Churn rate;1;2026-02-01;2026-Q1;;;no\r\n');
    expect(r).toEqual({
      ok: true,
      rows: [
        { ...base, row: 2, measureId: NPS.id, kind: 'top_quartile', value: 45, asOf: '2026-01-31', reference: true },
        { ...base, row: 3, measureId: CHURN.id, kind: 'competitor', competitorName: 'Acme', value: -2.5, asOf: '2026-03-31', periodLabel: '2026-Q1', sourceUrl: 'https://acme.test/r' },
        { ...base, row: 4, measureId: CHURN.id, kind: 'top_quartile', value: 1, asOf: '2026-02-01', periodLabel: '2026-Q1' },
      ],
    });
    expect(parse(`measure,kind,value,period\n${NPS.id},Industry average,3,2026-02\n`)).toMatchObject({ ok: true, rows: [{ kind: 'industry_average', asOf: '2026-02-28', periodLabel: '2026-02' }] });
  });

  it('names missing columns in one whole-file error', () => {
    expect(parse('measure,value,as_of\nx,1,2026-01-01\n')).toEqual({ ok: false, errors: [{ row: null, column: null, value: '', reason: expect.stringContaining('no “kind” column') }] });
    expect(parse('measure,kind,value\nNet Promoter Score,competitor,1\n')).toMatchObject({ ok: false, errors: [{ row: null, reason: expect.stringContaining('no “as_of” or “period” column') }] });
    expect(parse('')).toMatchObject({ ok: false, errors: [{ reason: expect.stringContaining('empty') }] });
    const many = 'measure,kind,value,as_of\n' + 'Net Promoter Score,competitor,1,2026-01-01\n'.repeat(BENCHMARK_IMPORT_MAX_ROWS + 1);
    expect(parse(many)).toMatchObject({ ok: false, errors: [{ row: null, reason: expect.stringContaining('at most 5,000') }] });
  });

  it('reports every bad row with its row, column, value and reason', () => {
    const r = parse(csv([
      'measure,kind,value,as_of,period,competitor,source,source_url,note,reference',
      'Net Promoter Score,industry average,40,2026-01-31,,,,,,', // 2 ok
      'Nope,industry average,40,2026-01-31,,,,,,', // 3 measure
      'Net Promoter Score,guess,40,2026-01-31,,,,,,', // 4 kind
      'Net Promoter Score,industry average,"4,5",2026-01-31,,,,,,', // 5 value
      'Net Promoter Score,industry average,40,2026-02-30,,,,,,', // 6 as_of not a date
      'Net Promoter Score,industry average,40,,2026-Q1,,,,,', // 7 period of another frequency
      'Net Promoter Score,industry average,40,,,,,,,', // 8 neither as_of nor period
      'Net Promoter Score,competitor,40,2026-01-31,,,,,,', // 9 competitor missing
      'Net Promoter Score,top quartile,40,2026-01-31,,Acme,,,,', // 10 competitor refused
      'Net Promoter Score,industry average,41,2026-03-31,,,,ftp://x.test,,', // 11 url
      'Net Promoter Score,industry average,42,2026-04-30,,,,,,maybe', // 12 reference
      'Net Promoter Score,Industry_Average,43,2026-01-31,,,,,,', // 13 duplicate of row 2
      `Net Promoter Score,internal best practice,44,2026-05-31,,,${'s'.repeat(201)},,,`, // 14 source too long
      'Net Promoter Score,internal best practice,44,2026-06-30,,,,,,yes', // 15 ok reference
      'Net Promoter Score,internal best practice,45,2026-07-31,,,,,,true', // 16 second reference
    ]));
    const errors = r.ok ? [] : r.errors;
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'measure'], [4, 'kind'], [5, 'value'], [6, 'as_of'], [7, 'period'], [8, 'as_of'], [9, 'competitor'], [10, 'competitor'],
      [11, 'source_url'], [12, 'reference'], [13, 'as_of'], [14, 'source'], [16, 'reference'],
    ]);
    expect(errors[1]).toEqual({ row: 4, column: 'kind', value: 'guess', reason: expect.stringContaining('is not a kind') });
    expect(errors[2].reason).toBe('Use a point for decimals (e.g. 4.5).');
    expect(errors[3].reason).toBe('Not a calendar date.');
    expect(errors[4].reason).toContain('this measure is monthly');
    expect(errors[8].reason).toBe('Give a web address starting with http:// or https://.');
    expect(errors[10].reason).toContain('Row 2 already gives this benchmark');
    expect(errors[12].reason).toContain('Row 15 already makes a reference');
  });

  it('offers a template that parses back', () => {
    const text = benchmarksTemplate(['Net Promoter Score', 'Churn rate'], '2026-01-31');
    expect(parse(text)).toMatchObject({ ok: true, rows: [{ measureId: NPS.id, value: 0 }, { measureId: CHURN.id }] });
  });
});

describe('importBenchmarksCsv', () => {
  const t = useTestDatabase();
  let world: Awaited<ReturnType<typeof seedWorld>>;
  let sc: Awaited<ReturnType<typeof seedMeasureScorecard>>;
  const ana = () => ({ userId: world.byRole.editor.id, tokenId: null, name: 'Ana' });
  const run = (text: string) => importBenchmarksCsv(world.a.id, ana(), sc.scorecardId, text);
  beforeEach(async () => {
    world = await seedWorld(t.db);
    sc = await seedMeasureScorecard(t.db, world.a.id, 'Company');
  });
  const head = 'measure,kind,value,as_of,period,competitor,source,reference';

  it('writes nothing when one row is bad, then all rows in one go with one activity row', async () => {
    const before = await snapshot(t.db);
    const bad = await run(csv([head, 'Churn rate,industry average,3,2026-01-31,,,,', 'Churn rate,competitor,2,2026-01-31,,,,']));
    expect(bad).toEqual({ ok: false, message: expect.stringContaining('1 row has a problem'), rows: [expect.objectContaining({ row: 3, column: 'competitor' })] });
    expect(await snapshot(t.db)).toBe(before);

    const good = csv([head, 'Churn rate,industry average,3,2026-01-31,,,Survey,yes', 'Churn rate,competitor,2,,2026-01,Acme,,', 'Net Promoter Score,top quartile,50,2026-01-31,,,,']);
    expect(await run(good)).toEqual({ ok: true, created: 3, updated: 0, unchanged: 0, references: 1, rows: 3 });
    const rows = await t.db.select().from(benchmarks);
    expect(rows.map((b) => [b.kind, b.competitorName, b.value, b.asOf, b.periodLabel, b.version]).sort()).toEqual([
      ['competitor', 'Acme', 2, '2026-01-31', '2026-01', 1], ['industry_average', '', 3, '2026-01-31', '', 1], ['top_quartile', '', 50, '2026-01-31', '', 1],
    ]);
    const [churn] = await t.db.select().from(measures).where(eq(measures.id, sc.measures['Churn rate']));
    expect(churn.referenceBenchmarkId).toBe(rows.find((b) => b.kind === 'industry_average')!.id);
    const logged = await t.db.select().from(activities).where(eq(activities.action, 'benchmarks.imported'));
    expect(logged).toHaveLength(1);
    expect(describeActivity(logged[0])).toContain('imported benchmarks into “Company” (3 created, 0 updated, 0 unchanged)');
  });

  it('is idempotent: the same file changes nothing; a changed value updates the matching benchmark (version + 1)', async () => {
    const file = csv([head, 'Churn rate,competitor,2,,2026-01,Acme,,', 'Churn rate,industry average,3,2026-01-31,,,,yes']);
    await run(file);
    const before = await snapshot(t.db);
    expect(await run(file)).toEqual({ ok: true, created: 0, updated: 0, unchanged: 2, references: 0, rows: 2 });
    expect(await snapshot(t.db)).toBe(before);
    // Competitor in another case and the period spelled differently still match: one update, one new row.
    const changed = csv([head, 'Churn rate,competitor,2.5,2026-01-31,2026-01,ACME,,', 'Churn rate,industry average,3,2026-02-28,,,,']);
    expect(await run(changed)).toEqual({ ok: true, created: 1, updated: 1, unchanged: 0, references: 0, rows: 2 });
    const acme = (await t.db.select().from(benchmarks).where(eq(benchmarks.kind, 'competitor')))[0];
    expect(acme).toMatchObject({ value: 2.5, competitorName: 'ACME', version: 2 });
    expect(await t.db.$count(benchmarks)).toBe(3);
    expect(await t.db.$count(activities, eq(activities.action, 'benchmarks.imported'))).toBe(2);
  });

  it('moves the reference to an existing benchmark without touching it, and refuses a row matching two benchmarks', async () => {
    const f = { kind: 'industry_average' as const, competitorName: '', value: 3, asOf: '2026-01-31', periodLabel: '', source: '', sourceUrl: '', note: '' };
    const a = await createBenchmark(world.a.id, ana(), sc.measures['Churn rate'], f);
    expect(await run(csv([head, 'Churn rate,industry average,3,2026-01-31,,,,yes']))).toMatchObject({ ok: true, unchanged: 1, references: 1 });
    const [churn] = await t.db.select().from(measures).where(eq(measures.id, sc.measures['Churn rate']));
    expect(churn).toMatchObject({ referenceBenchmarkId: a.id, version: 2 });
    await createBenchmark(world.a.id, ana(), sc.measures['Churn rate'], { ...f, value: 4 });
    const before = await snapshot(t.db);
    const r = await run(csv([head, 'Churn rate,industry average,5,2026-01-31,,,,', 'Net Promoter Score,competitor,1,2026-01-31,,Acme,,']));
    expect(r).toEqual({ ok: false, message: expect.stringContaining('1 row has a problem'), rows: [expect.objectContaining({ row: 2, reason: expect.stringContaining('2 benchmarks of “Churn rate” already') })] });
    expect(await snapshot(t.db)).toBe(before);
  });

  it('refuses a scorecard of another workspace', async () => {
    const theirs = await seedMeasureScorecard(t.db, world.b.id, 'Theirs');
    await expect(importBenchmarksCsv(world.a.id, ana(), theirs.scorecardId, csv([head, 'Churn rate,industry average,3,2026-01-31,,,,']))).rejects.toMatchObject({ code: 'not_found' });
    expect(await t.db.$count(benchmarks)).toBe(0);
  });
});
