import { z } from 'zod';
import type { Permission } from '../authz';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** One API operation: the route handler validates with these schemas and the OpenAPI document is built from them. */
export type RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> = {
  id: string;
  method: HttpMethod;
  /** OpenAPI path below /api/v1, e.g. /workspaces/{slug}/members/{id} */
  path: string;
  tag: string;
  summary: string;
  permission: Permission;
  params: P;
  query?: Q;
  body?: B;
  response?: z.ZodType;
  status?: number;
  /** A file upload instead of a JSON body: the raw file (e.g. text/csv) or multipart/form-data with a `file` field. */
  upload?: UploadSpec;
  /** The 400 answer's shape when it carries more than field errors (e.g. the bad rows of a CSV). */
  invalidResponse?: z.ZodType;
  /** Answers beyond the common ones, documented per route (e.g. 422 for input the domain rules refuse). */
  moreResponses?: Record<string, { description: string; schema?: z.ZodType }>;
};

export type UploadSpec = { maxBytes: number; mediaTypes: string[]; description: string };

export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(spec: RouteSpec<P, Q, B>) {
  return spec;
}

export const slugParam = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/, 'Not a workspace address.');
export const uuidParam = z.uuid('Not a valid id.');

export const errorSchema = z.object({
  error: z.object({
    code: z.enum(['unauthorized', 'forbidden', 'not_found', 'invalid', 'conflict', 'unprocessable', 'payload_too_large', 'rate_limited', 'internal']),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
    current: z.unknown().optional(),
  }),
});

export const pageQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
  })
  .strict();

export function page<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() });
}
