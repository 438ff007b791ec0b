import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { GET } from '@/app/api/v1/openapi.json/route';
import { routeSpecs } from '@/lib/api/registry';
import { defineRoute, slugParam, pageQuery } from '@/lib/api/spec';

// GET /api/v1/openapi.json must be a valid OpenAPI 3.1 document describing every registered route.
// No OpenAPI validator is installed, so the rules of the 3.1 specification that a generator can get
// wrong are checked here one by one.

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function problems(doc: Doc): string[] {
  const out: string[] = [];
  const check = (ok: unknown, msg: string) => void (ok || out.push(msg));
  check(/^3\.1\.\d+$/.test(doc.openapi), 'openapi must be 3.1.x');
  check(typeof doc.info?.title === 'string' && typeof doc.info?.version === 'string', 'info.title and info.version are required');
  check(doc.paths && typeof doc.paths === 'object', 'paths is required');
  const ids = new Set<string>();
  const shapes = new Set<string>();
  for (const [path, item] of Object.entries<Doc>(doc.paths ?? {})) {
    check(path.startsWith('/'), `${path}: paths start with /`);
    const shape = path.replace(/\{[^}]+\}/g, '{}');
    check(!shapes.has(shape), `${path}: same template as another path`);
    shapes.add(shape);
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const [method, op] of Object.entries<Doc>(item)) {
      const where = `${method.toUpperCase()} ${path}`;
      check(METHODS.includes(method), `${where}: unknown method`);
      check(typeof op.operationId === 'string' && !ids.has(op.operationId), `${where}: operationId missing or repeated`);
      ids.add(op.operationId);
      const ps: Doc[] = op.parameters ?? [];
      const pathParams = ps.filter((p) => p.in === 'path').map((p) => p.name);
      check(JSON.stringify([...pathParams].sort()) === JSON.stringify([...templated].sort()), `${where}: path parameters ${pathParams} ≠ template ${templated}`);
      const seen = new Set<string>();
      for (const p of ps) {
        check(['query', 'header', 'path', 'cookie'].includes(p.in), `${where}: parameter ${p.name} has a bad "in"`);
        check(p.in !== 'path' || p.required === true, `${where}: path parameter ${p.name} must be required`);
        check(p.schema && typeof p.schema === 'object', `${where}: parameter ${p.name} needs a schema`);
        check(!seen.has(`${p.in}:${p.name}`), `${where}: parameter ${p.name} repeated`);
        seen.add(`${p.in}:${p.name}`);
      }
      // JSON bodies, or file uploads (raw file or multipart/form-data with a `file` field).
      const body = op.requestBody?.content;
      if (op.requestBody) check(body?.['application/json']?.schema ?? body?.['multipart/form-data']?.schema?.properties?.file, `${where}: requestBody needs a JSON schema`);
      const codes = Object.keys(op.responses ?? {});
      check(codes.length > 0, `${where}: responses required`);
      for (const code of codes) {
        check(/^([1-5]\d\d|[1-5]XX|default)$/.test(code), `${where}: bad response code ${code}`);
        check(typeof op.responses[code].description === 'string', `${where}: response ${code} needs a description`);
      }
      for (const req of op.security ?? doc.security ?? []) {
        for (const name of Object.keys(req)) check(doc.components?.securitySchemes?.[name], `${where}: unknown security scheme ${name}`);
      }
    }
  }
  // Every $ref resolves inside the document, and embedded schemas carry no foreign dialect.
  const walk = (node: unknown, at: string) => {
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') {
        const target = v.startsWith('#/') ? v.slice(2).split('/').reduce<Doc | undefined>((n, key) => n?.[key], doc) : undefined;
        check(target, `${at}: $ref ${v} does not resolve`);
      }
      check(k !== '$schema' || v === 'https://json-schema.org/draft/2020-12/schema', `${at}: $schema ${String(v)} is not 2020-12`);
      walk(v, `${at}/${k}`);
    }
  };
  walk(doc, '#');
  return out;
}

describe('GET /api/v1/openapi.json', () => {
  it('answers a valid OpenAPI 3.1 document as JSON', async () => {
    const res = GET();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = await res.json();
    expect(problems(doc)).toEqual([]);
    expect(doc.openapi).toBe('3.1.0');
  });

  it('describes every registered route with its parameters and the gate’s error answers', async () => {
    const doc = await GET().json();
    const ops = Object.entries<Doc>(doc.paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`));
    expect(ops.sort()).toEqual(routeSpecs.map((s) => `${s.method} ${s.path}`).sort());
    for (const s of routeSpecs) {
      const op = doc.paths[s.path][s.method.toLowerCase()];
      expect(op.operationId).toBe(s.id);
      for (const code of ['401', '403', '404', '429']) expect(op.responses[code]?.content?.['application/json']?.schema).toEqual({ $ref: '#/components/schemas/Error' });
      expect(op.responses['429'].headers['Retry-After']).toBeTruthy();
    }
    expect(doc.components.schemas.Error.properties.error.required).toEqual(['code', 'message']);
  });

  it('documents bodies and queries as the gate validates them: unknown keys refused', async () => {
    vi.resetModules();
    vi.doMock('@/lib/api/registry', () => ({
      routeSpecs: [
        defineRoute({
          id: 'makeThing',
          method: 'POST',
          path: '/workspaces/{slug}/things',
          tag: 'Test',
          summary: 'Make',
          permission: 'content.write',
          params: z.object({ slug: slugParam }),
          query: pageQuery.pick({ limit: true }),
          body: z.object({ name: z.string(), size: z.coerce.number().optional() }),
          response: z.object({ id: z.uuid() }),
          status: 201,
        }),
      ],
    }));
    const { buildOpenApi } = await import('@/lib/api/openapi');
    const doc = buildOpenApi() as Doc;
    vi.doUnmock('@/lib/api/registry');
    expect(problems(doc)).toEqual([]);
    const op = doc.paths['/workspaces/{slug}/things'].post;
    expect(op.requestBody.content['application/json'].schema).toMatchObject({ type: 'object', required: ['name'], additionalProperties: false });
    expect(op.parameters.map((p: Doc) => `${p.in}:${p.name}:${p.required}`)).toEqual(['path:slug:true', 'query:limit:false']);
    expect(Object.keys(op.responses).sort()).toEqual(['201', '400', '401', '403', '404', '409', '413', '429']);
    expect(op.description).toContain('editor or above');
  });
});
