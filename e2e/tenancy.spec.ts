import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { fixtures, signUpWithWorkspace } from './support';

// Every page (or, with file 'route.ts', every download route) under /w/[workspace], found on disk.
function workspacePages(file = 'page.tsx', dir = path.resolve('app/(app)/w/[workspace]'), rel = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (e.name.startsWith('_')) continue;
      const seg = e.name.startsWith('(') ? '' : `/${e.name}`;
      out.push(...workspacePages(file, path.join(dir, e.name), rel + seg));
    } else if (e.name === file) out.push(rel);
  }
  return out;
}

test('an outsider gets 404 from every workspace page and every API route of another workspace', async ({ page, request }) => {
  const target = fixtures().workspace;
  const own = await signUpWithWorkspace(page);
  const pages = workspacePages();
  expect(pages).toContain('');
  for (const rel of pages) {
    const url = rel.replace(/\[[^\]]+\]/g, randomUUID());
    for (const slug of [target, 'no-such-workspace']) {
      const res = await page.goto(`/w/${slug}${url}`);
      expect(res?.status(), `/w/${slug}${url}`).toBe(404);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    }
  }
  const downloads = workspacePages('route.ts');
  expect(downloads).toContain('/scorecards/[id]/measurements.csv');
  for (const rel of downloads) {
    const url = rel.replace(/\[[^\]]+\]/g, randomUUID());
    for (const slug of [target, 'no-such-workspace']) expect((await page.request.get(`/w/${slug}${url}`)).status(), `/w/${slug}${url}`).toBe(404);
  }
  const doc = await (await page.request.get('/api/v1/openapi.json')).json();
  const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
    Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path: p })),
  );
  expect(operations.length).toBeGreaterThan(0);
  for (const op of operations) {
    const url = '/api/v1' + op.path.replace('{slug}', target).replace(/\{[^}]+\}/g, randomUUID());
    const res = await page.request.fetch(url, {
      method: op.method,
      data: op.method === 'GET' || op.method === 'DELETE' ? undefined : {},
      headers: { origin: new URL(page.url()).origin },
    });
    expect(res.status(), `${op.method} ${url}`).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  }

  // An owner-role API token of the outsider's own workspace opens nothing in the other one.
  await page.goto(`/w/${own.slug}/settings/tokens`);
  await page.getByRole('button', { name: 'New token' }).click();
  const form = page.getByRole('dialog', { name: 'New API token' });
  await form.getByLabel('Name').fill('Outsider token');
  await form.getByLabel('Role').selectOption('owner');
  await form.getByRole('button', { name: 'Create token' }).click();
  const secret = await page.getByRole('dialog', { name: 'Copy your new token' }).getByLabel('Your new API token').inputValue();
  expect((await request.get(`/api/v1/workspaces/${own.slug}`, { headers: { Authorization: `Bearer ${secret}` } })).status()).toBe(200);
  for (const op of operations) {
    const url = '/api/v1' + op.path.replace('{slug}', target).replace(/\{[^}]+\}/g, randomUUID());
    const res = await request.fetch(url, {
      method: op.method,
      data: op.method === 'GET' || op.method === 'DELETE' ? undefined : {},
      headers: { Authorization: `Bearer ${secret}` },
    });
    expect(res.status(), `token: ${op.method} ${url}`).toBe(404);
  }
});

test('signed-out visitors are sent to sign-in from pages and get 401 from the API', async ({ page }) => {
  const target = fixtures().workspace;
  const res = await page.goto(`/w/${target}/settings`);
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  expect(res?.status()).toBe(200);
  const api = await page.request.get(`/api/v1/workspaces/${target}`);
  expect(api.status()).toBe(401);
  expect((await api.json()).error.code).toBe('unauthorized');
});
