import { z } from 'zod';
import { AppError, type FieldErrors } from '../errors';
import { addFieldError, controlCharacterErrors } from '../validations/text';

const strictCache = new WeakMap<z.ZodType, z.ZodType>();

/**
 * The schema the API validates with: a top-level object refuses unknown keys (a typo in a field
 * name must not be silently dropped) unless the spec chose `.loose()` / `.catchall()` on purpose.
 * Nested objects follow their own schema: use z.strictObject for them.
 */
export function strictSchema<T extends z.ZodType>(schema: T): T {
  if (!(schema instanceof z.ZodObject) || schema.def.catchall !== undefined) return schema;
  let s = strictCache.get(schema);
  if (!s) strictCache.set(schema, (s = schema.strict()));
  return s as unknown as T;
}

/** zod issues → `{ field: [messages] }`; unknown keys are named as fields; root issues go under `root`. */
export function apiFieldErrors(error: z.ZodError, root: string): FieldErrors {
  const out: FieldErrors = {};
  const add = (path: PropertyKey[], message: string) => addFieldError(out, path.length ? path.map(String).join('.') : root, message);
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') for (const k of issue.keys) add([...issue.path, k], 'Unknown field.');
    else add(issue.path, issue.message);
  }
  return out;
}

const megabytes = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
const tooLarge = (limit: number) =>
  new AppError('payload_too_large', limit >= 1024 * 1024 ? `The upload is larger than ${megabytes(limit)}.` : `The body is larger than ${limit} bytes.`);

/** Reads at most `limit` bytes: a declared or actual larger body is refused without buffering it. */
async function readLimited(req: Request, limit: number, reported = limit): Promise<Uint8Array> {
  const declared = req.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) throw tooLarge(reported);
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(reported);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The JSON body, size-limited and parsed with the (strict) schema; failures are 413 or 400 with fields. */
export async function readJsonBody<T extends z.ZodType>(req: Request, schema: T, limit: number): Promise<z.infer<T>> {
  const bytes = await readLimited(req, limit);
  let json: unknown = {};
  if (bytes.byteLength) {
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      throw new AppError('invalid', 'The body is not valid JSON.', { _body: ['Send a JSON object encoded as UTF-8.'] });
    }
  }
  const parsed = strictSchema(schema).safeParse(json);
  if (!parsed.success) throw new AppError('invalid', 'Some fields are not valid.', apiFieldErrors(parsed.error, '_body'));
  const control = controlCharacterErrors(parsed.data, '_body');
  if (control) throw new AppError('invalid', 'Some fields contain control characters.', control);
  return parsed.data;
}

/** The query string parsed with the (strict) schema; a repeated parameter keeps its last value. */
export function readQuery<T extends z.ZodType>(url: URL, schema: T): z.infer<T> {
  const parsed = strictSchema(schema).safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) throw new AppError('invalid', 'Some query parameters are not valid.', apiFieldErrors(parsed.error, '_query'));
  const control = controlCharacterErrors(parsed.data, '_query');
  if (control) throw new AppError('invalid', 'Some query parameters contain control characters.', control);
  return parsed.data;
}

export type Upload = { text: string; filename: string | null };
// A multipart envelope (boundaries, part headers) around a file of the allowed size.
const MULTIPART_SLACK = 64 * 1024;

const decodeUtf8 = (bytes: Uint8Array) => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('invalid', 'The file is not UTF-8 text: save it as “CSV UTF-8” and try again.', { file: ['Not UTF-8 text.'] });
  }
};

/**
 * A file upload: the raw body (text/csv, text/plain…) or multipart/form-data with a `file` field. A
 * declared or actual size over `limit` is refused (413) before the body is read in full.
 */
export async function readUpload(req: Request, limit: number): Promise<Upload> {
  // The multipart boundary is case-sensitive (browsers send mixed case): match on a lowercase copy only.
  const rawType = req.headers.get('content-type') ?? '';
  const type = rawType.toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const bytes = await readLimited(req, limit + MULTIPART_SLACK, limit);
    let form: FormData;
    try {
      form = await new Response(bytes as BodyInit, { headers: { 'content-type': rawType } }).formData();
    } catch {
      throw new AppError('invalid', 'The form data could not be read.', { file: ['Send the file in a field named “file”.'] });
    }
    const file = form.get('file');
    if (typeof file === 'string') return { text: file, filename: null };
    if (!file) throw new AppError('invalid', 'No file was sent.', { file: ['Send the file in a field named “file”.'] });
    if (file.size > limit) throw tooLarge(limit);
    return { text: decodeUtf8(new Uint8Array(await file.arrayBuffer())), filename: file.name || null };
  }
  if (type.startsWith('application/json')) {
    throw new AppError('invalid', 'Send the file itself (Content-Type: text/csv) or as multipart/form-data.', { file: ['Not a file.'] });
  }
  return { text: decodeUtf8(await readLimited(req, limit)), filename: null };
}
