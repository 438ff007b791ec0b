import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { signUpWithWorkspace } from './support';
import { CSV_COLUMNS } from '../lib/journeys/export';

async function scan(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${page.url()} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

async function openMenu(page: Page, name: string) {
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
}

async function download(page: Page, journeyName: string, item: string) {
  await openMenu(page, journeyName);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return fs.readFileSync((await file.path())!, 'utf8');
}

test('journeys: create from a template, rename, duplicate, archive and filter, delete, print and export', async ({ page }) => {
  const { slug } = await signUpWithWorkspace(page);
  await page.getByRole('link', { name: 'Journeys' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
  await expect(page.getByText('No journeys yet')).toBeVisible();

  // Create from the Awareness → Interest → Purchase → Post-purchase template.
  await page.getByRole('button', { name: 'New journey' }).first().click();
  const form = page.getByRole('dialog', { name: 'New journey' });
  await form.getByRole('button', { name: 'Create journey' }).click();
  await expect(form.getByText('Enter a name.')).toBeVisible();
  await form.getByLabel('Name').fill('Online order');
  await form.getByLabel('Description').fill('From first ad to repeat order');
  await form.getByRole('radio', { name: /Awareness → Interest → Purchase/ }).check();
  await form.getByRole('button', { name: 'Create journey' }).click();
  await page.waitForURL(new RegExp(`/w/${slug}/journeys/[0-9a-f-]{36}$`));
  const journeyUrl = page.url();
  await expect(page.getByRole('heading', { level: 1, name: 'Online order' })).toBeVisible();
  const stages = page.getByRole('region', { name: 'Journey map' });
  await expect(stages.getByRole('heading', { level: 2 })).toHaveText(['Awareness', 'Interest', 'Purchase', 'Post-purchase']);

  // Rename and describe.
  await openMenu(page, 'Online order');
  await page.getByRole('menuitem', { name: 'Edit details' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit journey details' });
  await edit.getByLabel('Name').fill('Web order');
  await edit.getByLabel('Description').fill('Ordering on the website');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Web order' })).toBeVisible();
  await expect(page.getByText('Ordering on the website')).toBeVisible();

  // Exports parse back to the journey's content.
  const json = JSON.parse(await download(page, 'Web order', 'JSON'));
  expect(json.schemaVersion).toBe(1);
  expect(json.journey).toMatchObject({ name: 'Web order', description: 'Ordering on the website', status: 'active' });
  expect(json.stages.map((s: { name: string }) => s.name)).toEqual(['Awareness', 'Interest', 'Purchase', 'Post-purchase']);
  const csv = Papa.parse(await download(page, 'Web order', 'CSV of touchpoints'), { header: true, skipEmptyLines: true });
  expect(csv.errors).toEqual([]);
  expect(csv.meta.fields).toEqual([...CSV_COLUMNS]);
  expect(csv.data).toEqual([]);

  // The print view: stages as columns, lanes as rows, a Print button outside the printed area.
  await page.goto(`${journeyUrl}/print`);
  const map = page.getByRole('table', { name: /Journey map of Web order/ });
  await expect(map.getByRole('columnheader')).toHaveText(['Lane', 'Awareness', 'Interest', 'Purchase', 'Post-purchase']);
  await expect(map.getByRole('rowheader')).toHaveText(['Customer actions', 'Touchpoints', 'Emotion', 'Pain points', 'Opportunities', 'Moments of truth']);
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Duplicate from the map page: opens the copy with the same stages.
  await page.goto(journeyUrl);
  await openMenu(page, 'Web order');
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Copy of Web order' })).toBeVisible();
  expect(page.url()).not.toBe(journeyUrl);
  await expect(page.getByRole('region', { name: 'Journey map' }).getByRole('heading', { level: 2 })).toHaveText(['Awareness', 'Interest', 'Purchase', 'Post-purchase']);

  // Archive the copy from the list, then filter by status.
  await page.goto(`/w/${slug}/journeys`);
  const table = page.getByRole('table', { name: 'Journeys of this workspace' });
  await expect(table.getByRole('link')).toHaveCount(2);
  await openMenu(page, 'Copy of Web order');
  await page.getByRole('menuitem', { name: 'Archive' }).click();
  await expect(table.getByRole('row', { name: /Copy of Web order/ }).getByText('Archived')).toBeVisible();
  await page.getByLabel('Status').selectOption('archived');
  await expect(table.getByRole('link')).toHaveText(['Copy of Web order']);
  await page.getByLabel('Status').selectOption('active');
  await expect(table.getByRole('link')).toHaveText(['Web order']);
  await page.getByLabel('Status').selectOption('');
  await page.getByRole('searchbox', { name: 'Search journeys' }).fill('copy');
  await expect(table.getByRole('link')).toHaveText(['Copy of Web order']);
  await page.getByRole('searchbox', { name: 'Search journeys' }).fill('');

  // Delete after confirming.
  await openMenu(page, 'Copy of Web order');
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete “Copy of Web order”?' }).getByRole('button', { name: 'Delete journey' }).click();
  await expect(table.getByRole('link')).toHaveText(['Web order']);
  await expect(page.getByText('1 journey', { exact: true })).toBeVisible();
});

test('journey pages have no serious accessibility violations and fit a phone', async ({ page }) => {
  const { slug } = await signUpWithWorkspace(page);
  await page.goto(`/w/${slug}/journeys`);
  await page.getByRole('button', { name: 'New journey' }).first().click();
  const form = page.getByRole('dialog', { name: 'New journey' });
  await form.getByLabel('Name').fill('A fairly long journey name for a small screen');
  await form.getByRole('button', { name: 'Create journey' }).click();
  await page.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);
  const journeyUrl = new URL(page.url()).pathname;
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    for (const url of [`/w/${slug}/journeys`, journeyUrl, `${journeyUrl}/print`]) {
      await page.goto(url);
      await scan(page);
      if (viewport.width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(390);
    }
    await page.goto(`/w/${slug}/journeys`);
    await page.getByRole('button', { name: 'New journey' }).click();
    await expect(page.getByRole('dialog', { name: 'New journey' })).toBeVisible();
    await scan(page);
  }
});

test('a stale rename shows the other person’s values and keeps the user’s text', async ({ page, context }) => {
  const { slug } = await signUpWithWorkspace(page);
  await page.goto(`/w/${slug}/journeys`);
  await page.getByRole('button', { name: 'New journey' }).first().click();
  await page.getByRole('dialog', { name: 'New journey' }).getByLabel('Name').fill('Returns');
  await page.getByRole('dialog', { name: 'New journey' }).getByRole('button', { name: 'Create journey' }).click();
  await page.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);

  await openMenu(page, 'Returns');
  await page.getByRole('menuitem', { name: 'Edit details' }).click();
  const mine = page.getByRole('dialog', { name: 'Edit journey details' });
  await mine.getByLabel('Description').fill('My careful description');

  const other = await context.newPage();
  await other.goto(page.url());
  await openMenu(other, 'Returns');
  await other.getByRole('menuitem', { name: 'Edit details' }).click();
  await other.getByRole('dialog', { name: 'Edit journey details' }).getByLabel('Name').fill('Returns and refunds');
  await other.getByRole('dialog', { name: 'Edit journey details' }).getByRole('button', { name: 'Save' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Returns and refunds' })).toBeVisible();

  await mine.getByRole('button', { name: 'Save' }).click();
  const conflict = mine.getByRole('alert');
  await expect(conflict).toContainText('Someone else changed this journey');
  await expect(conflict).toContainText('Returns and refunds');
  await expect(mine.getByLabel('Description')).toHaveValue('My careful description');
  await expect(mine.getByLabel('Name')).toHaveValue('Returns');
  await mine.getByLabel('Name').fill('Returns and refunds');
  await mine.getByRole('button', { name: 'Save' }).click();
  await expect(mine).toBeHidden();
  await expect(page.getByText('My careful description')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Returns and refunds' })).toBeVisible();
});
