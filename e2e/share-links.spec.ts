import { expect, test, type Browser, type Page } from '@playwright/test';
import { addMember, fixtures, signUpWithWorkspace } from './support';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Creates a link in the Share dialog (already open) and answers its URL, shown once. */
async function createLink(page: Page, label: string, opts: { password?: string; map?: boolean } = {}) {
  const dialog = page.getByRole('dialog', { name: /^Share “/ });
  await dialog.getByLabel('Label').fill(label);
  if (opts.password) await dialog.getByLabel('Password (optional)').fill(opts.password);
  if (opts.map) await dialog.getByLabel('The strategy map').check();
  await dialog.getByRole('button', { name: 'Create link' }).click();
  const url = await dialog.getByLabel('Share link').inputValue();
  expect(url).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
  return new URL(url).pathname;
}

async function anonymous(browser: Browser) {
  return (await browser.newContext()).newPage();
}

test('share links: an admin shares a scorecard read-only; headers, no emails or ids, password, views, revoke, expiry, delete; editors and viewers cannot share', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const owner = await signUpWithWorkspace(page);
  const { slug } = owner;
  await page.goto(`/w/${slug}/scorecards`);
  await page.getByRole('button', { name: 'New scorecard' }).first().click();
  const create = page.getByRole('dialog', { name: 'New scorecard' });
  await create.getByLabel('Name').fill('Board scorecard');
  await create.getByRole('button', { name: 'Create scorecard' }).click();
  await page.waitForURL(new RegExp(`/w/${slug}/scorecards/[0-9a-f-]{36}$`));
  const cardPath = new URL(page.url()).pathname;
  await page.getByRole('button', { name: 'Add objective to Customer' }).click();
  const obj = page.getByRole('dialog', { name: 'Add an objective to Customer' });
  await obj.getByLabel('Objective').fill('Delight board members');
  await obj.getByRole('button', { name: 'Add objective' }).click();
  await expect(obj).toBeHidden();

  const admin = await addMember(page, browser, slug, 'Admin Member', 'Admin');
  const editor = await addMember(page, browser, slug, 'Editor Member', 'Editor');
  const viewer = await addMember(page, browser, slug, 'Viewer Member', 'Viewer');

  // Editors and viewers see no Share button; they do get the executive view from the Export menu.
  for (const m of [editor, viewer]) {
    await m.page.goto(cardPath);
    await expect(m.page.getByRole('heading', { level: 1, name: 'Board scorecard' })).toBeVisible();
    await expect(m.page.getByRole('button', { name: 'Share' })).toHaveCount(0);
  }
  await viewer.page.getByRole('button', { name: 'Export' }).click();
  await viewer.page.getByRole('menuitem', { name: 'Executive view' }).click();
  await expect(viewer.page.getByRole('heading', { level: 1, name: 'Board scorecard' })).toBeVisible();
  await expect(viewer.page.getByRole('heading', { level: 2, name: 'Strategy map' })).toBeVisible();

  // The admin creates a link; the dialog shows its URL once.
  const a = admin.page;
  await a.goto(cardPath);
  await a.getByRole('button', { name: 'Share' }).click();
  const dialog = a.getByRole('dialog', { name: 'Share “Board scorecard”' });
  await expect(dialog.getByText('No share links yet.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Create link' }).click();
  await expect(dialog.getByText('Enter a label, e.g. “Board Q3”.')).toBeVisible();
  const shared = await createLink(a, 'Board Q3', { map: true });
  await a.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Signed out, in a fresh context: the scorecard, read-only, with both headers and no email or id.
  const reader = await anonymous(browser);
  const res = await reader.goto(shared);
  expect(res?.status()).toBe(200);
  expect(res?.headers()['referrer-policy']).toBe('no-referrer');
  expect(res?.headers()['x-robots-tag']).toMatch(/noindex/);
  await expect(reader.getByRole('heading', { level: 1, name: 'Board scorecard' })).toBeVisible();
  await expect(reader.getByRole('heading', { name: /Delight board members/ }).first()).toBeVisible();
  await expect(reader.getByRole('heading', { level: 2, name: 'Strategy map' })).toBeVisible();
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const html = await res!.text();
  expect(html).not.toMatch(UUID);
  // Next's own payload uses '@' ("$@1" references, "@media"): look for addresses in the markup and '@' in the text.
  expect(html).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/);
  for (const email of [owner.email, admin.email, editor.email, viewer.email]) expect(html).not.toContain(email);
  expect(await reader.locator('body').innerText()).not.toContain('@');
  expect(html).not.toContain('/w/');
  await expect(reader.getByRole('button')).toHaveCount(0);
  await reader.setViewportSize({ width: 390, height: 844 });
  expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The page's data is cached, and a write expires it: the next view shows the change.
  await a.getByRole('button', { name: 'Add objective to Financial' }).click();
  const add = a.getByRole('dialog', { name: 'Add an objective to Financial' });
  await add.getByLabel('Objective').fill('Grow board revenue');
  await add.getByRole('button', { name: 'Add objective' }).click();
  await expect(add).toBeHidden();
  await reader.reload();
  await expect(reader.getByRole('heading', { level: 3, name: /Grow board revenue/ })).toBeVisible();

  // A password-protected link asks first: a wrong password is refused, the right one shows the scorecard.
  await a.getByRole('button', { name: 'Share' }).click();
  const locked = await createLink(a, 'Investors', { password: 'board-secret-42' });
  await a.keyboard.press('Escape');
  const guest = await anonymous(browser);
  await guest.goto(locked);
  await expect(guest.getByRole('heading', { name: 'This link is protected' })).toBeVisible();
  await expect(guest.getByRole('heading', { name: 'Board scorecard' })).toHaveCount(0);
  await guest.getByLabel('Password').fill('wrong password');
  await guest.getByRole('button', { name: 'Open' }).click();
  await expect(guest.getByText('That password is not right.', { exact: false })).toBeVisible();
  await guest.getByLabel('Password').fill('board-secret-42');
  await guest.getByRole('button', { name: 'Open' }).click();
  await expect(guest.getByRole('heading', { level: 1, name: 'Board scorecard' })).toBeVisible();
  await expect(guest.getByRole('heading', { level: 2, name: 'Strategy map' })).toHaveCount(0);

  // The list shows what each link shares and its views (counted in batches, so they arrive within seconds).
  await expect(async () => {
    await a.reload();
    await a.getByRole('button', { name: 'Share' }).click();
    const item = a.getByRole('dialog', { name: 'Share “Board scorecard”' }).getByRole('listitem').filter({ hasText: 'Board Q3' });
    await expect(item).toContainText('2 views', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const list = a.getByRole('dialog', { name: 'Share “Board scorecard”' });
  await expect(list.getByRole('listitem').filter({ hasText: 'Board Q3' })).toContainText('Includes: scorecard, strategy map');
  await expect(list.getByRole('listitem').filter({ hasText: 'Investors' })).toContainText('Password: yes');

  // Revoke: the next request answers 404, with the headers still on.
  await list.getByRole('button', { name: 'Revoke Board Q3' }).click();
  await a.getByRole('dialog', { name: 'Revoke “Board Q3”?' }).getByRole('button', { name: 'Revoke link' }).click();
  // The confirmation closes once the action has answered (while it is open, the list under it is hidden from the
  // accessibility tree, so counting its items alone would not wait for the revoke).
  await expect(a.getByRole('dialog', { name: 'Revoke “Board Q3”?' })).toBeHidden();
  await expect(a.getByText('Link “Board Q3” revoked.')).toBeVisible();
  await expect(list.getByRole('listitem').filter({ hasText: 'Board Q3' })).toHaveCount(0);
  const gone = await reader.goto(shared);
  expect(gone?.status()).toBe(404);
  expect(gone?.headers()['referrer-policy']).toBe('no-referrer');
  expect(gone?.headers()['x-robots-tag']).toMatch(/noindex/);

  // An expired link (seeded with a past expiry) and an unknown token are 404 too.
  expect((await reader.goto(`/share/${fixtures().expiredShareToken}`))?.status()).toBe(404);
  expect((await reader.goto('/share/' + 'x'.repeat(43)))?.status()).toBe(404);

  // Deleting the scorecard kills its remaining links.
  await page.goto(cardPath);
  await page.getByRole('button', { name: /^Delete/ }).first().click();
  await page.getByRole('dialog', { name: 'Delete “Board scorecard”?' }).getByRole('button', { name: 'Delete scorecard' }).click();
  await page.waitForURL(new RegExp(`/w/${slug}/scorecards$`));
  expect((await guest.goto(locked))?.status()).toBe(404);
});
