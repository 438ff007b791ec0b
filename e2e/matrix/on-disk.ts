// Every page and every route handler method found under app/, keyed like the matrix tables: `PAGE /w/[workspace]/…`
// for page.tsx, `GET /api/…` for each method a route.ts exports. Route groups "(…)" do not appear in URLs.
import fs from 'node:fs';
import path from 'node:path';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function exportedMethods(src: string) {
  const found = new Set<string>();
  for (const m of src.matchAll(/export\s+(?:const|let|var|async\s+function|function)\s+(\w+)/g)) found.add(m[1]);
  // `export const { GET, POST } = handlers` and `export { GET, POST } from …`
  for (const m of src.matchAll(/export\s+(?:const\s+)?\{([^}]*)\}/g)) for (const name of m[1].split(',')) found.add(name.trim().split(/\s+as\s+/).pop()!);
  return METHODS.filter((x) => found.has(x));
}

export function routesOnDisk(dir = path.resolve('app'), url = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name.startsWith('_')) continue;
      out.push(...routesOnDisk(full, e.name.startsWith('(') ? url : `${url}/${e.name}`));
    } else if (/^page\.(tsx|ts|jsx|js)$/.test(e.name)) out.push(`PAGE ${url || '/'}`);
    else if (/^route\.(tsx|ts|jsx|js)$/.test(e.name)) for (const m of exportedMethods(fs.readFileSync(full, 'utf8'))) out.push(`${m} ${url || '/'}`);
  }
  return out.sort();
}
