import type { z } from 'zod';
import { AppError } from './errors';

type Def = { type: string; shape?: Record<string, unknown>; catchall?: { def: Def }; in?: Schema; out?: Schema; options?: Schema[]; left?: Schema; right?: Schema; innerType?: Schema; getter?: () => Schema };
type Schema = { def: Def };

const cache = new WeakMap<object, Set<string> | null>();

/**
 * The top-level keys an input schema declares, looking through refinements, pipes, unions, intersections and
 * wrappers; null when it accepts any key (a catchall, a record) or its shape cannot be known.
 */
export function declaredKeys(schema: z.ZodType): Set<string> | null {
  if (cache.has(schema)) return cache.get(schema)!;
  const keys = keysOf(schema as unknown as Schema);
  cache.set(schema, keys);
  return keys;
}

function keysOf(s: Schema): Set<string> | null {
  const d = s.def;
  switch (d.type) {
    case 'object':
      return d.catchall && d.catchall.def.type !== 'never' ? null : new Set(Object.keys(d.shape ?? {}));
    case 'pipe':
      // z.preprocess(fn, object) is a pipe from a transform: the object at its end names the keys.
      return d.in!.def.type === 'transform' ? keysOf(d.out!) : keysOf(d.in!);
    case 'union':
      return merge(d.options!.map(keysOf));
    case 'intersection':
      return merge([keysOf(d.left!), keysOf(d.right!)]);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return keysOf(d.innerType!);
    case 'lazy':
      return keysOf(d.getter!());
    default:
      return null;
  }
}

function merge(sets: (Set<string> | null)[]) {
  if (sets.some((x) => x === null)) return null;
  return new Set(sets.flatMap((x) => [...x!]));
}

/**
 * Refuses keys the schema does not declare (no mass assignment of workspaceId, role, version…): zod would
 * strip them silently. Framework fields (`$ACTION…`, the `workspace` slug) are removed before this runs.
 */
export function rejectUnknownKeys(schema: z.ZodType, input: Record<string, unknown>) {
  const keys = declaredKeys(schema);
  if (!keys) return;
  const unknown = Object.keys(input).filter((k) => !keys.has(k));
  if (!unknown.length) return;
  // A real form sending a field its action does not declare is a bug to fix: make it visible in the server log.
  console.warn('[action] refused unknown input keys:', unknown.map((k) => k.slice(0, 60)).join(', '));
  const names = unknown.map((k) => `“${k.slice(0, 60)}”`).join(', ');
  const message = `This form does not accept the field${unknown.length > 1 ? 's' : ''} ${names}. Nothing was saved; reload the page and try again.`;
  // `_form` carries the message to the form (there is no input next to which an unknown field's error could show).
  throw new AppError('invalid', message, { ...Object.fromEntries(unknown.map((k) => [k, ['Unknown field.']])), _form: [message] });
}
