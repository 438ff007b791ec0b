import fs from 'node:fs';
import path from 'node:path';
import { actionMeta, type ActionMeta, type ActionResult } from '@/lib/actions';

export type Action = (prev: unknown, input: Record<string, unknown>) => Promise<ActionResult>;
export type FoundAction = { name: string; fn: Action; meta: ActionMeta | { kind: 'unwrapped' } };

function actionFiles(dir: string, out: string[] = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) actionFiles(p, out);
    else if (e.name === 'actions.ts') out.push(p);
  }
  return out;
}

/** Every function exported by an app/**\/actions.ts file, keyed `file#name` (file relative to app/), with its wrapper's meta. */
export async function loadActions(): Promise<FoundAction[]> {
  const found: FoundAction[] = [];
  for (const file of actionFiles(path.resolve('app')).sort()) {
    const mod = await import(/* @vite-ignore */ file);
    for (const [name, fn] of Object.entries(mod)) {
      if (typeof fn !== 'function') continue;
      found.push({ name: `${path.relative('app', file)}#${name}`, fn: fn as Action, meta: actionMeta.get(fn) ?? { kind: 'unwrapped' } });
    }
  }
  return found;
}

/** Calls an action; a redirect (what a successful action may end with) counts as success. */
export async function callAction(fn: Action, input: Record<string, unknown>): Promise<ActionResult> {
  try {
    return await fn(null, input);
  } catch (e) {
    if (String((e as { digest?: string }).digest ?? '').startsWith('NEXT_REDIRECT')) return { ok: true, data: 'redirect' };
    throw e;
  }
}
