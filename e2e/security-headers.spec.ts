import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIResponse, type BrowserContext, type Page } from '@playwright/test';
import { STATIC_PAGES } from '../lib/security-headers';
import { fixtures, signIn, signUpWithWorkspace } from './support';

// The headers proxy.ts puts on pages, API answers and share pages, the Content-Security-Policy holding on the pages
// with the most client-side work (no violation reported), and Next's Origin check on server actions.

const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Every <script> in the HTML carries this nonce. */
function expectNoncedScripts(html: string, nonce: string) {
  expect(html).toMatch(new RegExp(`<script[^>]*nonce="${escape(nonce)}"`));
  expect(html.match(/<script(?![^>]*nonce=)[^>]*>/g) ?? []).toEqual([]);
}

function expectCommonHeaders(res: APIResponse, where: string) {
  const h = res.headers();
  expect(h['content-security-policy'], where).toContain("frame-ancestors 'none'");
  // Pages name object-src; API answers allow nothing at all (default-src 'none').
  expect(h['content-security-policy'], where).toMatch(/object-src 'none'|default-src 'none'/);
  expect(h['x-content-type-options'], where).toBe('nosniff');
  expect(h['x-frame-options'], where).toBe('DENY');
  expect(h['referrer-policy'], where).toBe(where.startsWith('/share/') ? 'no-referrer' : 'strict-origin-when-cross-origin');
  // Plain http here: no HSTS unless the request says it came over https.
  expect(h['strict-transport-security'], where).toBeUndefined();
}

/** Records every CSP violation in the context's pages: the DOM event and Chromium's console message. */
async function watchCsp(context: BrowserContext) {
  const violations: string[] = [];
  await context.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} at ${location.pathname}`);
    });
  });
  context.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

test('the prerendered pages are exactly the ones served the policy without a nonce; the others get a nonce on every script', async ({ request }) => {
  const manifest = JSON.parse(fs.readFileSync(path.join('.next', 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
  // /_global-error only replaces a root layout that crashed; /_not-found is never served for an unknown URL (the
  // catch-all app/[...missing] renders the 404 per request); API routes get the API policy whatever their rendering.
  const pages = Object.keys(manifest.routes).filter((r) => r !== '/_global-error' && r !== '/_not-found' && !r.startsWith('/api/'));
  expect(pages.sort()).toEqual([...STATIC_PAGES].sort());
  for (const page of STATIC_PAGES) {
    const res = await request.get(page);
    expect(res.status()).toBe(200);
    expectCommonHeaders(res, page);
    expect(nonceOf(res.headers()['content-security-policy'])).toBeUndefined();
    expect(res.headers()['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
  }
  // The landing page and an unknown address (the 404 page) render per request, with the nonce on every script.
  for (const [url, status] of [['/', 200], ['/no-such-page', 404]] as const) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(status);
    expectCommonHeaders(res, url);
    const nonce = nonceOf(res.headers()['content-security-policy']);
    expect(nonce, url).toBeTruthy();
    expectNoncedScripts(await res.text(), nonce!);
  }
});

test('headers on a workspace page, API answers (200, 401, 404) and a share page; HSTS behind https', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { slug } = await signUpWithWorkspace(page);

  const doc = await page.request.get(`/w/${slug}`);
  expect(doc.status()).toBe(200);
  expectCommonHeaders(doc, `/w/${slug}`);
  const csp = doc.headers()['content-security-policy'];
  const nonce = nonceOf(csp);
  expect(csp).toContain("'strict-dynamic'");
  expect(csp).not.toContain("'unsafe-inline' 'strict-dynamic'");
  // Next put this response's nonce on its scripts, and a second request gets another one.
  expectNoncedScripts(await doc.text(), nonce!);
  expect(nonceOf((await page.request.get(`/w/${slug}`)).headers()['content-security-policy'])).not.toBe(nonce);

  for (const [url, status] of [
    [`/api/v1/workspaces/${slug}/journeys`, 200],
    [`/api/v1/workspaces/no-such-${slug}/journeys`, 404],
  ] as const) {
    const res = await page.request.get(url);
    expect(res.status(), url).toBe(status);
    expectCommonHeaders(res, url);
    expect(res.headers()['content-security-policy']).toContain("default-src 'none'");
  }
  const anonymous = await browser.newContext();
  const signedOut = await anonymous.request.get(`/api/v1/workspaces/${slug}/journeys`);
  expect(signedOut.status()).toBe(401);
  expectCommonHeaders(signedOut, '/api/v1 (401)');

  const behindTls = await page.request.get(`/w/${slug}`, { headers: { 'x-forwarded-proto': 'https' } });
  expect(behindTls.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  expect(behindTls.headers()['content-security-policy']).toContain('upgrade-insecure-requests');

  // A share link, made in the Share dialog of a scorecard created through the API.
  const card = await page.request.post(`/api/v1/workspaces/${slug}/scorecards`, { data: { name: 'Shared card' } });
  expect(card.status()).toBe(201);
  const { id } = (await card.json()) as { id: string };
  await page.goto(`/w/${slug}/scorecards/${id}`);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share “Shared card”' });
  await dialog.getByLabel('Label').fill('Headers');
  await dialog.getByRole('button', { name: 'Create link' }).click();
  const shared = new URL(await dialog.getByLabel('Share link').inputValue()).pathname;

  const violations = await watchCsp(anonymous);
  const reader = await anonymous.newPage();
  const share = await reader.goto(shared);
  expect(share?.status()).toBe(200);
  const shareHeaders = await share!.allHeaders();
  expect(shareHeaders['referrer-policy']).toBe('no-referrer');
  expect(shareHeaders['x-robots-tag']).toBe('noindex, nofollow');
  expect(shareHeaders['x-frame-options']).toBe('DENY');
  expect(shareHeaders['x-content-type-options']).toBe('nosniff');
  expect(shareHeaders['content-security-policy']).toContain("frame-ancestors 'none'");
  // Served from the page cache: the policy without a nonce (lib/security-headers.ts, SHARE_PAGE_CSP).
  expect(shareHeaders['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
  expect(nonceOf(shareHeaders['content-security-policy'])).toBeUndefined();
  expect(shareHeaders['strict-transport-security']).toBeUndefined();
  await expect(reader.getByRole('heading', { level: 1, name: 'Shared card' })).toBeVisible();
  await anonymous.close();
  expect(violations).toEqual([]);
});

async function dragStage(page: Page, from: string, to: string) {
  const a = (await page.getByRole('button', { name: `Drag stage ${from}` }).boundingBox())!;
  const b = (await page.getByRole('button', { name: `Drag stage ${to}` }).boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 5, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 20 });
  await page.mouse.up();
}

test('no CSP violation on sign-in, the journey map (drag and drop), a canvas, a scorecard and a chart', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const violations = await watchCsp(context);
  const page = await context.newPage();
  const { slug } = await signUpWithWorkspace(page);

  const journey = await page.request.post(`/api/v1/workspaces/${slug}/journeys`, { data: { name: 'CSP map', template: 'acdr' } });
  expect(journey.status()).toBe(201);
  await page.goto(`/w/${slug}/journeys/${((await journey.json()) as { id: string }).id}`);
  const headings = page.getByRole('region', { name: 'Journey map' }).getByRole('heading', { level: 2 });
  await expect(headings).toHaveText(['Awareness', 'Consideration', 'Decision', 'Retention']);
  // The drop only works when the page's scripts run.
  await dragStage(page, 'Decision', 'Awareness');
  await expect(headings).toHaveText(['Decision', 'Awareness', 'Consideration', 'Retention']);

  const canvas = await page.request.post(`/api/v1/workspaces/${slug}/canvases`, { data: { name: 'CSP canvas' } });
  expect(canvas.status()).toBe(201);
  await page.goto(`/w/${slug}/canvases/${((await canvas.json()) as { id: string }).id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'CSP canvas' })).toBeVisible();

  // A seeded workspace's scorecard and a Recharts chart, as its read-only viewer.
  const f = fixtures().benchmarksPage;
  await context.clearCookies();
  await signIn(page, f.viewer.email, f.viewer.password, `/w/${f.workspace}/scorecards`);
  await page.locator('main a[href*="/scorecards/"]').first().click();
  await page.waitForURL(/\/scorecards\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`/w/${f.workspace}/benchmarks`);
  await page.getByRole('link', { name: /^Chart of / }).first().click();
  await expect(page.getByRole('region', { name: /^Chart of / }).locator('svg').first()).toBeVisible();
  await context.close();
  expect(violations).toEqual([]);
});

test('a server action posted from another origin is refused and changes nothing (Next compares Origin and Host)', async ({ page }) => {
  const { slug } = await signUpWithWorkspace(page);
  // Capture the browser's own call of the create-workspace action, then replay it with another Origin.
  await page.goto('/w');
  const [call] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']),
    (async () => {
      await page.getByLabel('Workspace name').fill('Replayed ' + slug);
      await page.getByRole('button', { name: 'Create workspace' }).click();
    })(),
  ]);
  await page.waitForURL(/\/w\/[a-z0-9-]+$/);
  const headers = { ...(await call.allHeaders()) };
  for (const h of ['content-length', 'host', 'cookie', 'connection']) delete headers[h];
  const body = call.postDataBuffer()!;
  const replay = (origin: string, name: string) =>
    page.request.post(call.url(), { headers: { ...headers, origin }, data: Buffer.from(body.toString('latin1').replace('Replayed ' + slug, name), 'latin1'), maxRedirects: 0 });

  const forged = await replay('https://evil.example', 'Forged ' + slug);
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  // The control: the same call from this origin does create the workspace, so the refusal above is the Origin check.
  const own = await replay(new URL(page.url()).origin, 'Again ' + slug);
  expect(own.status()).toBeLessThan(400);
  const names = await (await page.request.get('/w')).text();
  expect(names).toContain('Again ' + slug);
  expect(names).not.toContain('Forged ' + slug);
});
