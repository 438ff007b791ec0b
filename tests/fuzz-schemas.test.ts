import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { CONTROL_CHARACTERS, controlCharacterErrors } from '@/lib/validations/text';
import { AppError } from '@/lib/errors';
import { parseWorkspaceFile } from '@/lib/workspace-export/parse';
import { EXPORT_FORMAT, SCHEMA_VERSION } from '@/lib/workspace-export/schema';
import { FUZZ_SEED, hostileObjectFor, hostileString, hostileValue, leaves, objectOf, plausible, shapeKeys } from './support/fuzz';

// Every zod schema exported by lib/validations/*.ts (found on disk, so a new one is covered
// automatically) gets hostile objects and values: safeParse never throws, a refusal always says
// why, and whatever parses is stable (parsing it again gives the same value: trimmed strings stay
// trimmed and within their bounds) and holds only finite numbers.

const modules = import.meta.glob<Record<string, unknown>>('../lib/validations/*.ts', { eager: true });
const schemas = Object.entries(modules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([, v]) => v instanceof z.ZodType)
    .map(([name, v]) => [`${file.replace('../lib/validations/', '')}:${name}`, v as z.ZodType] as const),
);

const RUNS = 150;

/** What a form or a client can send to this schema: hostile values of any type, or in its own keys. */
function inputsFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const shape = objectOf(schema)?.shape ?? {};
  const keys = shapeKeys(schema);
  const valueFor = (k: string) => {
    const known = plausible(shape[k]);
    return known.length ? fc.oneof(hostileValue, fc.constantFrom(...known)) : hostileValue;
  };
  return fc.oneof(
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withTypedArray: true, withSparseArray: true }) },
    { weight: 1, arbitrary: hostileValue },
    // FormData: every field a string.
    { weight: 2, arbitrary: keys.length ? fc.record(Object.fromEntries(keys.map((k) => [k, hostileString])), { requiredKeys: [] }) : hostileString },
    { weight: 4, arbitrary: keys.length ? hostileObjectFor(keys, valueFor) : hostileValue },
  );
}

function parseSafely(schema: z.ZodType, input: unknown) {
  try {
    return schema.safeParse(input);
  } catch (e) {
    throw new Error(`safeParse threw ${(e as Error).message}`, { cause: e });
  }
}

describe('schema fuzz', () => {
  it('finds the exported schemas of every validation module', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(13);
    expect(schemas.length).toBeGreaterThan(60);
    for (const area of ['auth', 'journeys', 'personas', 'measurements', 'scorecards', 'canvases', 'benchmarks']) {
      expect(schemas.some(([n]) => n.startsWith(area + '.ts:')), area).toBe(true);
    }
  });

  it.each(schemas)('%s: never throws, refuses with messages, parses to stable finite values', (name, schema) => {
    fc.assert(
      fc.property(inputsFor(schema), (input) => {
        const r = parseSafely(schema, input);
        if (!r.success) {
          expect(r.error.issues.length).toBeGreaterThan(0);
          for (const issue of r.error.issues) expect(typeof issue.message === 'string' && issue.message.trim().length > 0, `${name}: ${JSON.stringify(issue)}`).toBe(true);
          return;
        }
        for (const [path, v] of leaves(r.data)) {
          if (typeof v === 'number') expect(Number.isFinite(v), `${name} ${path.join('.')} = ${v}`).toBe(true);
        }
        const again = parseSafely(schema, r.data);
        expect(again.success, `${name} refuses its own output: ${again.error?.message}`).toBe(true);
        expect(again.data, name).toStrictEqual(r.data);
      }),
      { seed: FUZZ_SEED, numRuns: RUNS },
    );
  });
});

const hasControl = (v: unknown): boolean =>
  typeof v === 'string' ? CONTROL_CHARACTERS.test(v) : !!v && typeof v === 'object' && Object.entries(v).some(([k, x]) => CONTROL_CHARACTERS.test(k) || hasControl(x));

describe('control characters', () => {
  it('are found in any string of a parsed input, and only there', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), hostileString, (value, s) => {
        const found = controlCharacterErrors({ value, s });
        expect(found !== null).toBe(hasControl({ value, s }));
      }),
      { seed: FUZZ_SEED, numRuns: 300 },
    );
  });

  it('names the field and keeps tabs and line breaks', () => {
    expect(controlCharacterErrors({ name: 'a\u0000b', note: 'tab\tline\r\nok' })).toEqual({ name: [expect.stringContaining('control characters')] });
    expect(controlCharacterErrors({ items: ['ok', '\u001b[31m'] }, '_body')).toEqual({ 'items.1': [expect.any(String)] });
    expect(controlCharacterErrors('\u007f', '_body')).toEqual({ _body: [expect.any(String)] });
    expect(controlCharacterErrors({ constructor: '\u0000' })).toEqual({ constructor: [expect.any(String)] });
  });
});

describe('workspace file import', () => {
  it('answers any text, malformed JSON or hostile document with AppError("invalid"), never another error', () => {
    const doc = fc.oneof(
      hostileString,
      fc.json({ maxDepth: 3 }),
      hostileObjectFor(['format', 'schemaVersion', 'workspace', 'journeys', 'constructor', '__proto__', 'toString'], (k) =>
        k === 'format' ? fc.constant(EXPORT_FORMAT) : k === 'schemaVersion' ? fc.constant(SCHEMA_VERSION) : hostileValue,
      ).map((o) => JSON.stringify(o)),
    );
    fc.assert(
      fc.property(doc, fc.constantFrom('', '\ufeff'), (text, bom) => {
        try {
          parseWorkspaceFile(bom + text);
        } catch (e) {
          expect(e, String(e)).toBeInstanceOf(AppError);
          expect((e as AppError).code).toBe('invalid');
        }
      }),
      { seed: FUZZ_SEED, numRuns: 400 },
    );
    const named = (key: string) => JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, [key]: 1 });
    expect(() => parseWorkspaceFile(named('constructor'))).toThrow(AppError);
  });
});
