import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeSpecs } from '@/lib/api/registry';
import { buildOpenApi } from '@/lib/api/openapi';

const root = path.resolve('app/api/v1');

function routeFiles(dir: string, out: string[] = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) routeFiles(p, out);
    else if (e.name === 'route.ts') out.push(p);
  }
  return out;
}

describe('API registry', () => {
  it('lists exactly the methods each /api/v1 route handler exports', () => {
    const found = new Set<string>();
    for (const file of routeFiles(root)) {
      const rel = path.relative(root, path.dirname(file)).split(path.sep).join('/');
      if (rel === 'openapi.json') continue;
      const apiPath = '/' + rel.replace(/\[([^\]]+)\]/g, '{$1}');
      const src = fs.readFileSync(file, 'utf8');
      for (const m of src.matchAll(/export const (GET|POST|PATCH|PUT|DELETE)\b/g)) found.add(`${m[1]} ${apiPath}`);
    }
    const listed = new Set(routeSpecs.map((s) => `${s.method} ${s.path}`));
    expect([...found].sort()).toEqual([...listed].sort());
  });

  it('has unique operation ids', () => {
    const ids = routeSpecs.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('builds an OpenAPI 3.1 document describing every route', () => {
    const doc = buildOpenApi();
    expect(doc.openapi).toBe('3.1.0');
    for (const s of routeSpecs) expect(doc.paths[s.path]?.[s.method.toLowerCase()]).toBeTruthy();
  });
});
