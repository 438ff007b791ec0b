import { beforeEach, describe, expect, it, vi } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { activities, measures, measureTargets, measurements, type User } from '@/db/schema';
import { useTestDatabase } from './support/db';
import { makeWorkspace } from './support/factories';
import { sessionMock } from './support/journey-fixtures';
import { addMeasurement, makeMeasureTeam } from './support/measure-fixtures';
import { snapshot } from './support/snapshot';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async () => (await import('./support/journey-fixtures')).sessionMock(session));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
void sessionMock;

const actions = await import('@/app/(app)/w/[workspace]/kpis/actions');
const { getMeasure, listMeasures } = await import('@/db/queries/measures');
const { describeActivity } = await import('@/lib/activity-text');

const t = useTestDatabase();
let team: Awaited<ReturnType<typeof makeMeasureTeam>>;
beforeEach(async () => {
  team = await makeMeasureTeam(t.db);
  session.user = team.editor;
});

const base = () => ({ workspace: team.workspace.slug, scorecardId: team.scorecard.id, objectiveId: team.objective.id });
/** What the dialog sends for NPS from the library (strings, targets as JSON). */
const npsForm = (over: Record<string, unknown> = {}) => ({
  ...base(),
  name: 'Net Promoter Score (NPS)',
  description: '',
  unit: 'score',
  unitLabel: '',
  direction: 'higher',
  tolerance: '',
  frequency: 'monthly',
  baseline: '10',
  amberPercent: '70',
  weight: '1',
  decimals: '1',
  ownerId: team.owner.id,
  dataSource: 'Survey tool',
  indicator: 'lagging',
  stageId: team.stages[3].id,
  formula: '% promoters − % detractors',
  libraryKey: 'nps',
  surveyKind: 'nps',
  targets: JSON.stringify([{ from: '2026-01', target: '30' }]),
  ...over,
});
const rangeForm = (over: Record<string, unknown> = {}) => ({
  ...base(),
  name: 'Stock days',
  unit: 'count',
  direction: 'range',
  tolerance: '5',
  frequency: 'weekly',
  baseline: '',
  amberPercent: '80',
  indicator: 'leading',
  targets: JSON.stringify([{ from: '2026-W01', lo: '10', hi: '20' }]),
  ...over,
});
const ok = <T>(r: { ok: boolean; data?: T }) => {
  expect(r).toMatchObject({ ok: true });
  return r.data as T;
};
type M = { id: string; version: number; name: string };

describe('creating measures', () => {
  it('from the library: every field stored, targets with labels, owner and stage by name, logged', async () => {
    const m = ok<M>(await actions.createMeasureAction(null, npsForm()));
    const got = await getMeasure(team.workspace.id, m.id);
    expect(got).toMatchObject({
      name: 'Net Promoter Score (NPS)',
      unit: 'score',
      direction: 'higher',
      frequency: 'monthly',
      baseline: 10,
      tolerance: null,
      amberThreshold: 0.7,
      weight: 1,
      decimals: 1,
      libraryKey: 'nps',
      surveyKind: 'nps',
      dataSource: 'Survey tool',
      owner: { id: team.owner.id, name: team.owner.name },
      stage: { id: team.stages[3].id, name: 'Retention', journeyName: 'Onboarding' },
      objective: { name: 'Delight customers' },
      scorecard: { name: 'Company' },
      position: 0,
      version: 1,
      targets: [{ from: '2026-01', fromPeriod: '2026-01-01', target: 30, lo: null, hi: null }],
    });
    const [log] = await t.db.select().from(activities).where(eq(activities.targetId, m.id));
    expect(log).toMatchObject({ action: 'measure.created', targetType: 'measure', targetLabel: 'Net Promoter Score (NPS)' });
    expect(describeActivity(log)).toBe('added the measure “Net Promoter Score (NPS)” to “Delight customers”');
  });

  it('from scratch: a range measure keeps its tolerance and bands, drops the baseline, and appends in order', async () => {
    ok(await actions.createMeasureAction(null, npsForm()));
    const m = ok<M>(await actions.createMeasureAction(null, rangeForm({ baseline: '3' })));
    expect(await getMeasure(team.workspace.id, m.id)).toMatchObject({
      direction: 'range',
      tolerance: 5,
      baseline: null,
      amberThreshold: 0.8,
      position: 1,
      libraryKey: null,
      indicator: 'leading',
      targets: [{ from: '2026-W01', fromPeriod: '2025-12-29', target: null, lo: 10, hi: 20 }],
    });
    expect((await listMeasures(team.workspace.id, team.scorecard.id)).map((x) => x.name)).toEqual(['Net Promoter Score (NPS)', 'Stock days']);
  });

  it('refuses bad input with field errors and stores nothing', async () => {
    ok(await actions.createMeasureAction(null, npsForm()));
    const other = await makeWorkspace(t.db, ['owner']);
    const foreign = await makeMeasureTeam(t.db);
    const before = await snapshot(t.db);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [npsForm({ name: 'net promoter score (nps)' }), 'name', /already has a measure called “Net Promoter Score \(NPS\)”/],
      [rangeForm({ tolerance: '' }), 'tolerance', /tolerance greater than 0/],
      [rangeForm({ tolerance: '0' }), 'tolerance', /tolerance greater than 0/],
      [npsForm({ name: 'A', baseline: '' }), 'baseline', /baseline/],
      [npsForm({ name: 'B', targets: JSON.stringify([{ from: '2026-Q1', target: '1' }]) }), 'targets.0.from', /quarterly period; this measure is monthly/],
      [npsForm({ name: 'C', targets: JSON.stringify([{ from: '2026-02', target: '1' }, { from: '2026-02', target: '2' }]) }), 'targets.1.from', /each period once/],
      [npsForm({ name: 'D', targets: JSON.stringify([]) }), 'targets', /at least one target/],
      [rangeForm({ name: 'E', targets: JSON.stringify([{ from: '2026-W02', lo: '9', hi: '3' }]) }), 'targets.0.hi', /not be below the lower bound/],
      [npsForm({ name: 'F', ownerId: other.members[0].user.id }), 'ownerId', /member of this workspace/],
      [npsForm({ name: 'G', stageId: foreign.stages[0].id }), 'stageId', /journey stage of this workspace/],
      [npsForm({ name: 'H', baseline: 'ten' }), 'baseline', /Enter a number/],
      [npsForm({ name: 'I', amberPercent: '120' }), 'amberPercent', /At most 100/],
      [npsForm({ name: 'J', libraryKey: 'made-up' }), 'libraryKey', /Not a KPI/],
      [npsForm({ name: 'L', targets: JSON.stringify([{ from: ' ', target: '1' }]) }), 'targets.0.from', /The period is empty/],
      [npsForm({ name: 'K', targets: JSON.stringify([{ from: '2026-01', target: 'x' }]) }), 'targets.0.target', /Enter a number/],
    ];
    for (const [input, field, msg] of cases) {
      const r = await actions.createMeasureAction(null, input);
      expect(r, field).toMatchObject({ ok: false, code: 'invalid' });
      expect((r as { fieldErrors: Record<string, string[]> }).fieldErrors[field]?.join(' '), field).toMatch(msg);
    }
    expect(await snapshot(t.db)).toBe(before);
  });

  it('answers not_found for an objective of another scorecard or workspace', async () => {
    const foreign = await makeMeasureTeam(t.db);
    expect(await actions.createMeasureAction(null, npsForm({ objectiveId: foreign.objective.id }))).toMatchObject({ ok: false, code: 'not_found' });
    expect(await actions.createMeasureAction(null, npsForm({ scorecardId: foreign.scorecard.id }))).toMatchObject({ ok: false, code: 'not_found' });
  });
});

describe('editing measures', () => {
  // The edit form sends the measure's fields, not the scorecard and objective it was created under (undeclared keys are refused).
  const edit = (m: M, over: Record<string, unknown> = {}) => {
    const form: Record<string, unknown> = { ...npsForm(), measureId: m.id, version: String(m.version), ...over };
    delete form.scorecardId;
    delete form.objectiveId;
    return form;
  };

  it('replaces the targets as a set and bumps the version; the log names what changed', async () => {
    const m = ok<M>(await actions.createMeasureAction(null, npsForm()));
    const targets = JSON.stringify([{ from: '2026-01', target: '30' }, { from: '2026-07', target: '40' }]);
    const after = ok<M>(await actions.updateMeasureAction(null, edit(m, { targets, baseline: '12' })));
    expect(after.version).toBe(2);
    const got = await getMeasure(team.workspace.id, m.id);
    expect(got?.targets.map((x) => [x.from, x.target])).toEqual([['2026-01', 30], ['2026-07', 40]]);
    const again = ok<M>(await actions.updateMeasureAction(null, edit(after, { targets: JSON.stringify([{ from: '2026-03', target: '35' }]) })));
    expect((await t.db.select().from(measureTargets).where(eq(measureTargets.measureId, m.id))).map((x) => x.fromPeriod)).toEqual(['2026-03-01']);
    const logs = await t.db.select().from(activities).where(eq(activities.targetId, m.id)).orderBy(asc(activities.createdAt));
    expect(logs.map((l) => l.action)).toEqual(['measure.created', 'measure.updated', 'measure.updated']);
    expect(logs[1].data).toEqual({ fields: ['baseline', 'targets'] });
    expect(describeActivity(logs[1])).toBe('edited the measure “Net Promoter Score (NPS)” (baseline, targets)');
    expect(again.version).toBe(3);
  });

  it('a stale version is a conflict carrying the current measure, and changes nothing', async () => {
    const m = ok<M>(await actions.createMeasureAction(null, npsForm()));
    ok(await actions.updateMeasureAction(null, edit(m, { name: 'Theirs' })));
    const before = await snapshot(t.db);
    const r = await actions.updateMeasureAction(null, edit(m, { name: 'Mine', targets: JSON.stringify([{ from: '2027-01', target: '1' }]) }));
    expect(r).toMatchObject({ ok: false, code: 'conflict', current: { name: 'Theirs', version: 2, targets: [{ from: '2026-01' }] } });
    expect(await snapshot(t.db)).toBe(before);
  });

  it('a refused edit keeps the old targets (the swap is atomic)', async () => {
    const m = ok<M>(await actions.createMeasureAction(null, npsForm()));
    const r = await actions.updateMeasureAction(null, edit(m, { ownerId: (await makeWorkspace(t.db, ['owner'])).members[0].user.id, targets: JSON.stringify([{ from: '2026-05', target: '9' }]) }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { ownerId: [expect.any(String)] } });
    expect((await getMeasure(team.workspace.id, m.id))?.targets).toMatchObject([{ from: '2026-01', target: 30 }]);
  });

  it('refuses a frequency change while measurements exist, and allows it once they are gone', async () => {
    const m = ok<M>(await actions.createMeasureAction(null, npsForm()));
    await addMeasurement(t.db, team.workspace.id, m.id, '2026-01-01', 20);
    const quarterly = { frequency: 'quarterly', targets: JSON.stringify([{ from: '2026-Q1', target: '30' }]) };
    const r = await actions.updateMeasureAction(null, edit(m, quarterly));
    expect(r).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { frequency: [expect.stringMatching(/1 measurement recorded monthly; its frequency cannot change/)] } });
    await t.db.delete(measurements).where(eq(measurements.measureId, m.id));
    expect(ok<{ frequency: string }>(await actions.updateMeasureAction(null, edit(m, quarterly))).frequency).toBe('quarterly');
  });

  it('renaming to another measure’s name (any case) is refused; its own name in another case is fine', async () => {
    const m = ok<M>(await actions.createMeasureAction(null, npsForm()));
    ok(await actions.createMeasureAction(null, rangeForm()));
    expect(await actions.updateMeasureAction(null, edit(m, { name: 'STOCK DAYS' }))).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringMatching(/already has a measure called “Stock days”/)] } });
    expect(ok<M>(await actions.updateMeasureAction(null, edit(m, { name: 'net promoter score (nps)' }))).name).toBe('net promoter score (nps)');
  });
});

describe('deleting, roles and outsiders', () => {
  it('deletes with targets and measurements, closes the position gap, and logs it', async () => {
    const a = ok<M>(await actions.createMeasureAction(null, npsForm()));
    const b = ok<M>(await actions.createMeasureAction(null, rangeForm()));
    await addMeasurement(t.db, team.workspace.id, a.id, '2026-01-01', 20);
    expect(await actions.deleteMeasureAction(null, { workspace: team.workspace.slug, measureId: a.id })).toMatchObject({ ok: true, data: { name: a.name } });
    expect(await t.db.select().from(measureTargets).where(eq(measureTargets.measureId, a.id))).toEqual([]);
    expect(await t.db.select().from(measurements).where(eq(measurements.measureId, a.id))).toEqual([]);
    expect((await getMeasure(team.workspace.id, b.id))?.position).toBe(0);
    const [log] = await t.db.select().from(activities).where(and(eq(activities.targetId, a.id), eq(activities.action, 'measure.deleted')));
    expect(describeActivity(log)).toBe('deleted the measure “Net Promoter Score (NPS)”');
  });

  it('viewers are refused every write; outsiders get not_found; nothing changes', async () => {
    const m = ok<M>(await actions.createMeasureAction(null, npsForm()));
    const outsider = (await makeWorkspace(t.db, ['owner'])).members[0].user;
    const before = await snapshot(t.db);
    for (const [user, code] of [[team.viewer, 'forbidden'], [outsider, 'not_found']] as const) {
      session.user = user;
      expect(await actions.createMeasureAction(null, npsForm({ name: 'Other' }))).toMatchObject({ ok: false, code });
      expect(await actions.updateMeasureAction(null, { ...npsForm(), measureId: m.id, version: '1' })).toMatchObject({ ok: false, code });
      expect(await actions.deleteMeasureAction(null, { workspace: team.workspace.slug, measureId: m.id })).toMatchObject({ ok: false, code });
    }
    expect(await snapshot(t.db)).toBe(before);
  });

  it('ids of another workspace are not found, also through this workspace', async () => {
    const foreign = await makeMeasureTeam(t.db);
    session.user = foreign.editor;
    const theirs = ok<M>(await actions.createMeasureAction(null, { ...npsForm(), workspace: foreign.workspace.slug, scorecardId: foreign.scorecard.id, objectiveId: foreign.objective.id, ownerId: '', stageId: '' }));
    session.user = team.editor;
    expect(await getMeasure(team.workspace.id, theirs.id)).toBeNull();
    expect(await actions.deleteMeasureAction(null, { workspace: team.workspace.slug, measureId: theirs.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await t.db.select().from(measures).where(eq(measures.id, theirs.id))).toHaveLength(1);
  });
});
