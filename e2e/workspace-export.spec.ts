import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { fixtures, signIn } from './support';

async function createCanvas(page: Page, slug: string, name: string) {
  await page.goto(`/w/${slug}/canvases`);
  await page.getByRole('button', { name: 'New canvas' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New canvas' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Create canvas' }).click();
  await page.waitForURL(/\/canvases\/[0-9a-f-]{36}$/);
}

test('an owner downloads the workspace file, imports it as a new workspace and finds its content; another schema version is refused', async ({ page }, info) => {
  test.setTimeout(120_000);
  const f = fixtures();
  const tag = randomBytes(3).toString('hex');
  const canvasName = `Export canvas ${tag}`;
  await signIn(page, f.owner.email, f.owner.password, `/w/${f.workspace}/canvases`);
  await createCanvas(page, f.workspace, canvasName);

  await page.goto(`/w/${f.workspace}/settings`);
  await page.getByRole('link', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Export and import' })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download workspace (JSON)' }).click()]);
  expect(download.suggestedFilename()).toBe(`${f.workspace}-workspace.json`);
  const file = info.outputPath('workspace.json');
  await download.saveAs(file);
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(doc).toMatchObject({ format: 'wayfinder-workspace', schemaVersion: 1 });
  expect(JSON.stringify(doc)).not.toContain(f.owner.email);

  // Another schema version: the clear message, and nothing happens.
  await page.goto('/w');
  const form = page.locator('form').filter({ has: page.getByLabel('Workspace file') });
  await form.getByLabel('Workspace file').setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...doc, schemaVersion: 99 })) });
  await form.getByRole('button', { name: 'Import workspace' }).click();
  await expect(form.getByRole('alert')).toContainText('This file is schema version 99; this Wayfinder reads version 1.');
  await expect(page).toHaveURL(/\/w$/);

  // The real file, under a new name: lands in the new workspace.
  const newName = `Imported ${tag}`;
  await form.getByLabel('Workspace file').setInputFiles(file);
  await form.getByLabel('Rename it to (optional)').fill(newName);
  await form.getByRole('button', { name: 'Import workspace' }).click();
  await page.waitForURL(new RegExp(`/w/imported-${tag}$`));
  const slug = `imported-${tag}`;
  await expect(page.getByRole('heading', { level: 1, name: newName })).toBeVisible();

  await page.goto(`/w/${slug}/journeys`);
  await expect(page.getByRole('link', { name: 'Map editing', exact: true })).toBeVisible();
  await page.goto(`/w/${slug}/canvases`);
  await expect(page.getByRole('link', { name: canvasName })).toBeVisible();
  await page.goto(`/w/${slug}/scorecards`);
  await page.getByRole('link', { name: f.kpiScorecard.name, exact: true }).click();
  await page.waitForURL(/\/scorecards\/[0-9a-f-]{36}/);
  for (const m of Object.values(f.kpiScorecard.measures)) await expect(page.getByText(m.name, { exact: true }).first()).toBeVisible();
});
