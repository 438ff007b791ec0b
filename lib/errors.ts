export type ErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'invalid'
  | 'conflict'
  | 'unprocessable'
  | 'payload_too_large'
  | 'rate_limited'
  | 'internal';

export const statusOf: Record<ErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  invalid: 400,
  conflict: 409,
  // Well-formed input that the domain's rules refuse (e.g. a link of the wrong kind for a note's block).
  unprocessable: 422,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
};

export type FieldErrors = Record<string, string[]>;

/** A failure meant for the user: thrown anywhere below an action or route, answered with its code. */
export class AppError extends Error {
  constructor(
    public code: ErrorCode,
    message: string,
    public fieldErrors?: FieldErrors,
    public current?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'Not found') => new AppError('not_found', what);
export const forbidden = (msg: string) => new AppError('forbidden', msg);
export const conflict = (current: unknown, msg = 'Someone else changed this in the meantime. Review their version, then save again.') =>
  new AppError('conflict', msg, undefined, current);
export const invalid = (message: string, fieldErrors?: FieldErrors) => new AppError('invalid', message, fieldErrors);
