import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { signUpWithWorkspace } from './support';

// Stored text renders escaped: HTML and script fragments saved through the API (persona, journey,
// stage, touchpoint, scorecard, objective, measure, measurement note, canvas, canvas note) come back
// as text on every page that shows them — no injected element, no script run, no dialog — and the
// CSV exports neutralise spreadsheet formulas.

const IMG = '<img src=x onerror="window.__xss=1;alert(1)">';
const SCRIPT = '<script>window.__xss=2;alert(2)</script>';
const SVG = '"><svg onload="window.__xss=3">';
const FORMULA = '=HYPERLINK("http://evil.test","x")';
const label = (what: string) => `${what} ${IMG}`;

async function createToken(page: Page, slug: string) {
  await page.goto(`/w/${slug}/settings/tokens`);
  await page.getByRole('button', { name: 'New token' }).click();
  const form = page.getByRole('dialog', { name: 'New API token' });
  await form.getByLabel('Name').fill('Render fuzz');
  await form.getByLabel('Role').selectOption('owner');
  await form.getByRole('button', { name: 'Create token' }).click();
  return page.getByRole('dialog', { name: 'Copy your new token' }).getByLabel('Your new API token').inputValue();
}

function api(request: APIRequestContext, slug: string, secret: string) {
  return async (method: 'GET' | 'POST', path: string, data?: unknown) => {
    const res = await request.fetch(`/api/v1/workspaces/${slug}${path}`, { method, data, headers: { Authorization: `Bearer ${secret}` } });
    expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
    return res.json();
  };
}

/** Loads `url` and checks the hostile text is shown as text and nothing it carries ran. */
async function expectEscaped(page: Page, url: string, dialogs: string[], shows: boolean) {
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(200);
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  const html = await res!.text();
  expect(html, url).not.toContain('<img src=x onerror');
  expect(html, url).not.toContain('<script>window.__xss');
  expect(html, url).not.toContain('<svg onload');
  // Pages that list the stored names show them as text (in the HTML or in the escaped RSC payload).
  if (shows) expect(html, url).toMatch(/&lt;img src=x onerror=|\\u003cimg src=x onerror=/);
  expect(await injected(page), url).toEqual({ flag: null, img: 0, svg: 0, script: 0 });
  expect(dialogs, url).toEqual([]);
}

const injected = (page: Page) =>
  page.evaluate(() => ({
    flag: (window as unknown as { __xss?: number }).__xss ?? null,
    img: document.querySelectorAll('img[src="x"], img[onerror]').length,
    svg: document.querySelectorAll('svg[onload]').length,
    script: [...document.scripts].filter((s) => s.textContent?.trim().startsWith('window.__xss')).length,
  }));

/** A page that records (and dismisses) every dialog into `dialogs`. */
function watchDialogs(page: Page, dialogs: string[]) {
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
}

/** Shares the scorecard (label with a fragment too) and opens the public page in a signed-out browser. */
async function sharePage(page: Page, browser: Browser, scorecardUrl: string) {
  await page.goto(scorecardUrl);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: /^Share “/ });
  await dialog.getByLabel('Label').fill(`Board ${IMG}`);
  await dialog.getByLabel('The strategy map').check();
  await dialog.getByRole('button', { name: 'Create link' }).click();
  const url = new URL(await dialog.getByLabel('Share link').inputValue()).pathname;
  expect(await injected(page)).toEqual({ flag: null, img: 0, svg: 0, script: 0 });
  const reader = await (await browser.newContext()).newPage();
  return { url, reader };
}

test('HTML and script fragments stored through the API render as text, and CSV exports neutralise formulas', async ({ page, request, browser }) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  watchDialogs(page, dialogs);
  // The detector itself: the same fragments put into a page as HTML are found.
  await page.setContent(`<p>${IMG}</p>${SVG}`);
  await expect.poll(() => injected(page)).toMatchObject({ img: 1, svg: 1 });
  await expect.poll(() => dialogs.length).toBeGreaterThan(0);
  dialogs.length = 0;

  const { slug } = await signUpWithWorkspace(page);
  const call = api(request, slug, await createToken(page, slug));

  const persona = await call('POST', '/personas', { name: label('Persona'), description: `${SCRIPT} ${SVG}`, goals: [IMG, SCRIPT] });
  const journey = await call('POST', '/journeys', { name: label('Journey'), description: SCRIPT, personaId: persona.id });
  const stage = await call('POST', '/stages', { journeyId: journey.id, name: label('Stage'), description: SVG });
  await call('POST', '/touchpoints', { stageId: stage.id, name: `${FORMULA} ${IMG}`, customerActions: SCRIPT, painPoints: [{ text: `${IMG} ${SVG}` }] });
  const scorecard = await call('POST', '/scorecards', { name: label('Scorecard'), description: SCRIPT });
  const detail = await call('GET', `/scorecards/${scorecard.id}`);
  const objective = await call('POST', `/scorecards/${scorecard.id}/objectives`, { perspectiveId: detail.perspectives[1].id, name: label('Objective'), description: SVG });
  const measure = await call('POST', `/scorecards/${scorecard.id}/measures`, {
    objectiveId: objective.id,
    name: `${FORMULA} ${IMG}`.slice(0, 80),
    description: SCRIPT,
    unit: 'count',
    direction: 'higher',
    frequency: 'monthly',
    baseline: 0,
    targets: [{ from: '2026-01', target: 10 }],
  });
  await call('POST', `/measures/${measure.id}/measurements`, { period: '2026-01', value: 7, note: `${FORMULA} ${SCRIPT} ${IMG}` });
  const canvas = await call('POST', '/canvases', { name: label('Canvas'), description: SCRIPT });
  await call('POST', `/canvases/${canvas.id}/notes`, { block: 'key_partners', text: `${IMG} ${SCRIPT} ${SVG}` });

  const listing = ['/personas', `/personas/${persona.id}`, '/journeys', `/journeys/${journey.id}`, '/scorecards', `/scorecards/${scorecard.id}`, '/kpis', `/kpis/${measure.id}`, '/canvases', `/canvases/${canvas.id}`, '/activity'];
  const others = ['', `/journeys/${journey.id}/print`, `/scorecards/${scorecard.id}/executive`, `/scorecards/${scorecard.id}/briefing`, `/scorecards/${scorecard.id}/strategy-map`, `/canvases/${canvas.id}/print`];
  for (const p of listing) await expectEscaped(page, `/w/${slug}${p}`, dialogs, true);
  for (const p of others) await expectEscaped(page, `/w/${slug}${p}`, dialogs, false);

  // The public share page (no account) shows the objective and measure names.
  const shared = await sharePage(page, browser, `/w/${slug}/scorecards/${scorecard.id}`);
  watchDialogs(shared.reader, dialogs);
  await expectEscaped(shared.reader, shared.url, dialogs, true);
  expect(dialogs).toEqual([]);

  // CSV exports: a cell that starts with = (or + - @) is prefixed so a spreadsheet shows it as text.
  for (const url of [`/w/${slug}/journeys/${journey.id}/export.csv`, `/w/${slug}/scorecards/${scorecard.id}/measures.csv`, `/w/${slug}/scorecards/${scorecard.id}/measurements.csv`]) {
    const res = await page.request.get(url);
    expect(res.status(), url).toBe(200);
    const csv = await res.text();
    expect(csv, url).toContain('HYPERLINK');
    expect(csv, url).not.toMatch(/(^|[,;\n])"?=HYPERLINK/);
  }
});
