import { describe, expect, it } from 'vitest';
import { compareCanvases, type ComparableNote } from '@/lib/canvases/compare';

let seq = 0;
const note = (block: ComparableNote['block'], text: string, extra: Partial<ComparableNote> = {}): ComparableNote => ({
  id: `n${++seq}`,
  originId: null,
  block,
  text,
  color: 'yellow',
  position: 0,
  ...extra,
});
const of = (diff: ReturnType<typeof compareCanvases>, block: ComparableNote['block']) => diff.find((d) => d.block === block)!;

describe('compareCanvases', () => {
  it('pairs a duplicate’s notes by lineage: edits, colour changes and moves are changes, not add + remove', () => {
    const web = note('channels', 'Web shop');
    const store = note('channels', 'Store', { position: 1 });
    const subs = note('revenue_streams', 'Subscriptions');
    const gone = note('key_partners', 'Couriers');
    const a = [web, store, subs, gone];
    const b = [
      note('channels', 'Web shop and app', { originId: web.id }),
      note('key_resources', 'Store', { originId: store.id }),
      note('revenue_streams', 'Subscriptions', { originId: subs.id, color: 'green' }),
      note('channels', 'Marketplace', { position: 1 }),
    ];
    const diff = compareCanvases(a, b);
    expect(diff).toHaveLength(9);
    expect(of(diff, 'channels').changed.map((c) => [c.before.text, c.after.text])).toEqual([['Web shop', 'Web shop and app']]);
    expect(of(diff, 'channels').added.map((n) => n.text)).toEqual(['Marketplace']);
    expect(of(diff, 'key_resources').changed.map((c) => [c.before.block, c.after.block])).toEqual([['channels', 'key_resources']]);
    expect(of(diff, 'revenue_streams').changed.map((c) => [c.before.color, c.after.color])).toEqual([['yellow', 'green']]);
    expect(of(diff, 'key_partners').removed.map((n) => n.text)).toEqual(['Couriers']);
    expect(diff.reduce((s, d) => s + d.unchanged, 0)).toBe(0);
  });

  it('unrelated canvases match equal text in the same block (ignoring case and spacing); a case change shows as a change', () => {
    const a = [note('customer_segments', 'Students'), note('customer_segments', 'Parents'), note('channels', 'Students')];
    const b = [note('customer_segments', 'students'), note('customer_segments', 'Parents '), note('channels', 'Email')];
    const diff = compareCanvases(a, b);
    expect(of(diff, 'customer_segments')).toMatchObject({ unchanged: 0, added: [] });
    expect(of(diff, 'customer_segments').changed.map((c) => [c.before.text, c.after.text])).toEqual([['Students', 'students'], ['Parents', 'Parents ']]);
    expect(of(diff, 'customer_segments').removed).toEqual([]);
    expect(of(diff, 'channels').added.map((n) => n.text)).toEqual(['Email']);
    expect(of(diff, 'channels').removed.map((n) => n.text)).toEqual(['Students']);
  });

  it('a canvas compared with its own copy has no differences; compared with the original the other way round too', () => {
    const a = [note('channels', 'Web'), note('value_propositions', 'Fast')];
    const b = a.map((n) => note(n.block, n.text, { originId: n.id }));
    for (const diff of [compareCanvases(a, b), compareCanvases(b, a)]) {
      expect(diff.every((d) => d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0)).toBe(true);
      expect(diff.reduce((s, d) => s + d.unchanged, 0)).toBe(2);
    }
  });

  it('two copies of one original pair through their common origin', () => {
    const orig = note('channels', 'Web');
    const x = note('channels', 'Web', { originId: orig.id });
    const y = note('channels', 'Web!', { originId: orig.id });
    expect(of(compareCanvases([x], [y]), 'channels').changed).toHaveLength(1);
  });
});
