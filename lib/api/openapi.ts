import { z } from 'zod';
import { errorSchema, type RouteSpec } from './spec';
import { routeSpecs } from './registry';
import { strictSchema } from './input';
import { permissions } from '../authz';

// Embedded schemas use the document's dialect (OpenAPI 3.1 = JSON Schema 2020-12): no `$schema` each.
const toSchema = (s: z.ZodType, io: 'input' | 'output' = 'output') => {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(s, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
  return schema;
};

function parameters(spec: RouteSpec) {
  const out: Record<string, unknown>[] = [];
  const add = (schema: z.ZodType | undefined, where: 'path' | 'query') => {
    if (!schema) return;
    const json = toSchema(schema, 'input') as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
    for (const [name, prop] of Object.entries(json.properties ?? {})) {
      const { description, ...rest } = prop;
      out.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: rest, ...(description ? { description } : {}) });
    }
  };
  add(spec.params, 'path');
  add(spec.query && strictSchema(spec.query), 'query');
  return out;
}

const errorResponses: Record<string, { description: string; headers?: Record<string, unknown> }> = {
  '400': { description: 'Invalid input (field errors in error.fields)' },
  '401': {
    description: 'Not signed in, or the token is missing, malformed or revoked',
    headers: { 'WWW-Authenticate': { description: 'How to authenticate', schema: { type: 'string' } } },
  },
  '403': { description: 'The role does not allow this' },
  '404': { description: 'No such workspace for the caller, or no such item in it' },
  '409': { description: 'Stale version: error.current holds the current item' },
  '413': { description: 'Body too large' },
  '429': {
    description: 'Rate limited',
    headers: { 'Retry-After': { description: 'Seconds until the next window', schema: { type: 'integer' } } },
  },
};

function uploadBody(u: NonNullable<RouteSpec['upload']>) {
  const content: Record<string, unknown> = {};
  for (const type of u.mediaTypes) content[type] = { schema: { type: 'string', description: u.description } };
  content['multipart/form-data'] = {
    schema: { type: 'object', properties: { file: { type: 'string', contentMediaType: u.mediaTypes[0], description: u.description } }, required: ['file'] },
  };
  return { required: true, description: `${u.description} At most ${u.maxBytes} bytes (413 above).`, content };
}

/** The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with. */
export function buildOpenApi() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routeSpecs) {
    const ref = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    const responses: Record<string, unknown> = {
      [String(spec.status ?? (spec.response ? 200 : 204))]: spec.response
        ? { description: 'Success', content: { 'application/json': { schema: toSchema(spec.response) } } }
        : { description: 'Success (no content)' },
    };
    for (const [code, r] of Object.entries(errorResponses)) {
      const hasBody = spec.body || spec.upload;
      if ((code === '413' && !hasBody) || (code === '400' && !hasBody && !spec.query) || (code === '409' && spec.method === 'GET')) continue;
      responses[code] =
        code === '400' && spec.invalidResponse ? { ...r, content: { 'application/json': { schema: toSchema(spec.invalidResponse) } } } : { ...r, ...ref };
    }
    for (const [code, r] of Object.entries(spec.moreResponses ?? {})) {
      responses[code] = r.schema ? { description: r.description, content: { 'application/json': { schema: toSchema(r.schema) } } } : { description: r.description, ...ref };
    }
    (paths[spec.path] ??= {})[spec.method.toLowerCase()] = {
      operationId: spec.id,
      tags: [spec.tag],
      summary: spec.summary,
      description: `Requires the \`${spec.permission}\` permission (${permissions[spec.permission]} or above).`,
      parameters: parameters(spec),
      ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(strictSchema(spec.body), 'input') } } } } : {}),
      ...(spec.upload ? { requestBody: uploadBody(spec.upload) } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wayfinder API',
      version: '1',
      description:
        'Workspace-scoped JSON API. Authenticate with a workspace API token (`Authorization: Bearer wf_…`) or the session cookie. Lists are paged with `?limit=&cursor=` and answer `{ data, nextCursor }`. Errors answer `{ error: { code, message, fields?, current? } }`.',
    },
    servers: [{ url: '/api/v1' }],
    security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'A workspace API token (Settings → API tokens).' },
        cookieAuth: { type: 'apiKey', in: 'cookie', name: 'authjs.session-token' },
      },
      schemas: { Error: toSchema(errorSchema) },
    },
  };
}
