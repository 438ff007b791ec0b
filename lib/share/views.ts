import 'server-only';
import { addShareLinkViews } from '@/db/queries/share-links';

// Share-page views are counted in memory and written in one UPDATE per link every few seconds (or once
// FLUSH_AT views are waiting), so a page view never waits for a write. A crash loses at most a few seconds of counts.
const FLUSH_MS = 5_000;
const FLUSH_AT = 100;

type Pending = { workspaceId: string; count: number; at: Date };
const g = globalThis as unknown as { __shareViews?: { pending: Map<string, Pending>; timer: NodeJS.Timeout | null; total: number } };
const state = (g.__shareViews ??= { pending: new Map(), timer: null, total: 0 });

/** Counts one view of a link; returns at once. */
export function recordShareView(workspaceId: string, linkId: string, at = new Date()) {
  const p = state.pending.get(linkId);
  if (p) {
    p.count += 1;
    if (at > p.at) p.at = at;
  } else state.pending.set(linkId, { workspaceId, count: 1, at });
  state.total += 1;
  if (state.total >= FLUSH_AT) void flushShareViews();
  else if (!state.timer) {
    state.timer = setTimeout(() => void flushShareViews(), FLUSH_MS);
    state.timer.unref();
  }
}

/** Writes every waiting count (one UPDATE per link); a failed write puts its count back for the next flush. */
export async function flushShareViews() {
  if (state.timer) clearTimeout(state.timer);
  state.timer = null;
  const batch = [...state.pending.entries()];
  state.pending.clear();
  state.total = 0;
  await Promise.all(
    batch.map(async ([id, p]) => {
      try {
        await addShareLinkViews(p.workspaceId, id, p.count, p.at);
      } catch (e) {
        console.error('[share] view count not saved; retrying later', e);
        const again = state.pending.get(id);
        if (again) again.count += p.count;
        else state.pending.set(id, p);
        state.total += p.count;
      }
    }),
  );
}
