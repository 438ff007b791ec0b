import { AppError } from '../errors';

/** Opaque keyset cursor: base64url of a JSON array of the sort key values of the last item. */
export function encodeCursor(values: (string | number)[]) {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | undefined {
  if (!cursor) return undefined;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === arity && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v;
  } catch {
    /* fall through */
  }
  throw new AppError('invalid', 'The cursor is not valid.', { cursor: ['Not a cursor from this API.'] });
}

/** Slices `limit + 1` fetched rows into a page and its next cursor. */
export function paginate<T>(rows: T[], limit: number, key: (row: T) => (string | number)[]) {
  const more = rows.length > limit;
  const data = more ? rows.slice(0, limit) : rows;
  return { data, nextCursor: more ? encodeCursor(key(data[data.length - 1])) : null };
}
