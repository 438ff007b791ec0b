import fc from 'fast-check';
import { z } from 'zod';

// Hostile values for the fuzz tests (tests/fuzz-*.test.ts): the strings and numbers that break
// parsers, databases and renderers, mixed with fast-check's own arbitrary values.

export const FUZZ_SEED = 20260707;

export const hostileStrings = [
  '',
  ' ',
  '   padded   ',
  '\u0000',
  'a\u0000b',
  '\u0001\u0007\u001b[31m\u007f',
  '\t\n\r\v\f',
  '\ud800',
  '\udfff lone',
  '\u202e\u200b\ufeff',
  '😀👩‍👩‍👧‍👦🏳️‍🌈',
  'Ω≈ç√∫˜µ≤≥÷ 日本語 العربية',
  "' OR 1=1; --",
  "'); DROP TABLE users; --",
  '" OR ""="',
  '%00',
  '%',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '{{7*7}}${7*7}',
  '=HYPERLINK("http://x")',
  '+1',
  '-1',
  '@SUM(A1)',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '-1e308',
  '1e309',
  '-0',
  '0x1F',
  '9007199254740993',
  '2026-W53',
  '2026-13',
  '2026-Q5',
  '0000-00',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'x'.repeat(10_000),
  '😀'.repeat(3000),
];

export const hostileNumbers = [0, -0, 1, -1, 0.5, 2 ** 31, -(2 ** 31), 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, 1e308, -1e308, Number.MIN_VALUE, 1e-308];

/** A hostile string: a listed one, a random unicode string or a mix of both. */
export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...hostileStrings), fc.string({ maxLength: 10 })).map(([a, b]) => a + b) },
);

/** Any JSON-ish value, with hostile leaves: what a client can put in a field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...hostileNumbers, NaN, Infinity, -Infinity, null, undefined, true, false, [], {}) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

/** The object schema inside `schema` (behind refinements, pipes, defaults and optionals), or null. */
export function objectOf(schema: z.ZodType): z.ZodObject | null {
  let s: unknown = schema;
  for (let i = 0; i < 10 && s; i++) {
    if (s instanceof z.ZodObject) return s;
    const def = (s as { def?: { innerType?: unknown; in?: unknown; schema?: unknown } }).def;
    if (!def) return null;
    s = def.innerType ?? def.in ?? def.schema;
  }
  return null;
}

/** The keys of a zod object schema, also behind wrappers; [] when none. */
export const shapeKeys = (schema: z.ZodType) => Object.keys(objectOf(schema)?.shape ?? {});

/** Objects with the schema's own keys (each present or absent) holding hostile values, plus extra keys now and then. */
export function hostileObjectFor(keys: string[], valueFor: (key: string) => fc.Arbitrary<unknown> = () => hostileValue) {
  const record = Object.fromEntries(keys.map((k) => [k, valueFor(k)]));
  return fc.tuple(
    keys.length ? fc.record(record, { requiredKeys: [] }) : fc.constant({}),
    fc.option(fc.dictionary(fc.constantFrom('workspaceId', 'role', 'id', '__proto__', 'constructor', 'extra'), hostileValue, { maxKeys: 2 }), { freq: 4 }),
  ).map(([o, extra]) => ({ ...(extra ?? {}), ...o }) as Record<string, unknown>);
}

/** The enum options and literals found in a field's schema: values that get past the first check. */
export function plausible(field: unknown, out: unknown[] = [], depth = 0): unknown[] {
  const def = (field as { def?: Record<string, unknown> } | undefined)?.def;
  if (!def || depth > 6) return out;
  if (def.type === 'enum') out.push(...Object.values(def.entries as object));
  if (def.type === 'literal') out.push(...(def.values as unknown[]));
  if (def.type === 'number') out.push(1, 2, 42.5);
  if (def.type === 'boolean') out.push(true, false);
  for (const k of ['innerType', 'in', 'out', 'schema', 'element']) if (def[k]) plausible(def[k], out, depth + 1);
  for (const o of (def.options as unknown[] | undefined) ?? []) plausible(o, out, depth + 1);
  return out;
}

/** Every value inside `v` (depth-first), with its path. */
export function* leaves(v: unknown, path: string[] = []): Generator<[string[], unknown]> {
  if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* leaves(x, [...path, String(i)]);
  else if (v && typeof v === 'object' && !(v instanceof Date)) for (const [k, x] of Object.entries(v)) yield* leaves(x, [...path, k]);
  else yield [path, v];
}

/** Control characters a text field must refuse: all C0 but tab, line feed and carriage return, and DEL (kept apart from the app's pattern on purpose). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
