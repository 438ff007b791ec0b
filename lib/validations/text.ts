import type { FieldErrors } from '@/lib/errors';

/** C0 control characters but tab, line feed and carriage return, and DEL: PostgreSQL refuses NUL in text, the rest is never meant. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const CONTROL_MESSAGE = 'Remove control characters: only tabs and line breaks are allowed in text.';

/** Adds `message` to `out[key]` (an own property: a field named "constructor" must not reach Object.prototype). */
export function addFieldError(out: FieldErrors, key: string, message: string) {
  if (Object.hasOwn(out, key)) out[key].push(message);
  else out[key] = [message];
}

/**
 * Every string inside a parsed input (keys included) that holds a control character, as field errors
 * keyed by its path (`root` for the value itself); null when there is none.
 */
export function controlCharacterErrors(value: unknown, root = '_form'): FieldErrors | null {
  const out: FieldErrors = {};
  let found = false;
  const walk = (v: unknown, path: string[], depth: number) => {
    if (typeof v === 'string') {
      if (CONTROL_CHARACTERS.test(v)) {
        addFieldError(out, path.length ? path.join('.') : root, CONTROL_MESSAGE);
        found = true;
      }
    } else if (v && typeof v === 'object' && depth < 64) {
      for (const [k, x] of Object.entries(v)) {
        if (CONTROL_CHARACTERS.test(k)) {
          addFieldError(out, root, CONTROL_MESSAGE);
          found = true;
        } else walk(x, [...path, k], depth + 1);
      }
    }
  };
  walk(value, [], 0);
  return found ? out : null;
}
