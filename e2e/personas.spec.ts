import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signUpWithWorkspace } from './support';

const save = (page: Page) => page.getByRole('button', { name: 'Save changes' }).click();
const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('an editor creates a persona with goals, finds it in the list, edits it and deletes it', async ({ page }) => {
  const { slug } = await signUpWithWorkspace(page);
  await page.goto(`/w/${slug}`);
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Personas' }).click();
  await page.waitForURL(`**/w/${slug}/personas`);
  await expect(page.getByText('No personas yet')).toBeVisible();
  await page.getByRole('link', { name: 'New persona' }).click();
  await page.waitForURL(`**/w/${slug}/personas/new`);

  // A too-long name is refused with a field error and the typed text stays.
  await page.getByLabel('Name', { exact: true }).fill('Budget-minded Ben');
  await page.getByLabel('Segment').fill('Students');
  await page.getByText('Teal', { exact: true }).click();
  await page.getByLabel('Goals').fill('Save money\n\nFinish the degree fast\n');
  await page.getByLabel('Frustrations').fill('x'.repeat(201));
  await page.getByRole('button', { name: 'Create persona' }).click();
  await expect(page.getByText('Item 1: Keep each item to 200 characters.')).toBeVisible();
  await expect(page.getByLabel('Goals')).toHaveValue('Save money\n\nFinish the degree fast\n');
  await page.getByLabel('Frustrations').fill('Hidden fees');
  await page.getByRole('button', { name: 'Create persona' }).click();

  await page.waitForURL(/\/personas\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Persona “Budget-minded Ben” created.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Budget-minded Ben' })).toBeVisible();
  const goals = page.getByRole('heading', { name: 'Goals' }).locator('xpath=following-sibling::ul').getByRole('listitem');
  await expect(goals).toHaveText(['Save money', 'Finish the degree fast']);
  await expect(page.getByText('No journey uses this persona yet.')).toBeVisible();

  await page.getByRole('link', { name: '← Personas' }).click();
  const card = page.getByRole('list', { name: 'Personas' }).getByRole('link', { name: /Budget-minded Ben/ });
  await expect(card).toContainText('Students');
  await expect(card).toContainText('No journeys');
  await expect(card).toContainText('BB'); // the initials avatar
  await card.click();

  await page.getByRole('button', { name: 'Edit persona' }).click();
  await expect(page.getByLabel('Goals')).toHaveValue('Save money\nFinish the degree fast');
  await page.getByLabel('Segment').fill('Graduate students');
  await save(page);
  await expect(page.getByText('Persona “Budget-minded Ben” saved.')).toBeVisible();
  await expect(page.getByText('Graduate students')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit persona' })).toBeVisible();

  await page.setViewportSize({ width: 390, height: 800 });
  expect(await noSideScroll(page)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: 'Delete persona…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('No journey uses this persona.');
  await dialog.getByRole('button', { name: 'Delete persona' }).click();
  await page.waitForURL(`**/w/${slug}/personas`);
  await expect(page.getByText('Persona “Budget-minded Ben” deleted.')).toBeVisible();
  await expect(page.getByText('No personas yet')).toBeVisible();
});

test('two tabs edit one persona: the stale save shows their version and keeps what was typed', async ({ page, context }) => {
  const { slug } = await signUpWithWorkspace(page);
  await page.goto(`/w/${slug}/personas/new`);
  await page.getByLabel('Name', { exact: true }).fill('Ana');
  await page.getByRole('button', { name: 'Create persona' }).click();
  await page.waitForURL(/\/personas\/[0-9a-f-]{36}$/);
  const url = page.url();

  const other = await context.newPage();
  await other.goto(url);
  await other.getByRole('button', { name: 'Edit persona' }).click();
  await page.getByRole('button', { name: 'Edit persona' }).click();

  await other.getByLabel('Name', { exact: true }).fill('Ana (theirs)');
  await save(other);
  await expect(other.getByText('Persona “Ana (theirs)” saved.')).toBeVisible();

  await page.getByLabel('Needs').fill('My typed need\nAnother one');
  await save(page);
  const panel = page.getByRole('alert').filter({ hasText: 'Someone else saved this persona' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Ana (theirs)');
  await expect(page.getByLabel('Needs')).toHaveValue('My typed need\nAnother one');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Ana');

  await save(page); // a deliberate overwrite, from their version
  await expect(page.getByText('Persona “Ana” saved.')).toBeVisible();
  await other.reload();
  await expect(other.getByRole('heading', { level: 1, name: 'Ana' })).toBeVisible();
  await expect(other.getByText('My typed need')).toBeVisible();
});

async function scan(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${page.url()} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('persona pages have no serious accessibility violations and no sideways scroll on a phone', async ({ page }) => {
  const { slug } = await signUpWithWorkspace(page);
  await page.goto(`/w/${slug}/personas/new`);
  await page.getByLabel('Name', { exact: true }).fill('Ana Lytic');
  await page.getByLabel('Goals').fill('Understand the numbers');
  await page.getByRole('button', { name: 'Create persona' }).click();
  await page.waitForURL(/\/personas\/[0-9a-f-]{36}$/);
  const detail = page.url();
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    for (const url of [`/w/${slug}/personas`, `/w/${slug}/personas/new`, detail]) {
      await page.goto(url);
      await scan(page);
      expect(await noSideScroll(page)).toBe(true);
    }
    await page.getByRole('button', { name: 'Edit persona' }).click();
    await scan(page);
    expect(await noSideScroll(page)).toBe(true);
  }
});
