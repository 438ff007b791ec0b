import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { signUpWithWorkspace } from './support';

const save = (page: Page) => page.getByRole('button', { name: 'Save changes' }).click();

test('owner renames the workspace, changes its address, time zone and currency; the activity page shows it', async ({ page }) => {
  const { slug, name } = await signUpWithWorkspace(page); // name: the owner's
  await page.goto(`/w/${slug}/settings/general`);
  const newName = `Renamed ${randomBytes(2).toString('hex')}`;
  const newSlug = `renamed-${randomBytes(3).toString('hex')}`;
  await page.getByLabel('Workspace name').fill(newName);
  await page.getByLabel('Address').fill(newSlug);
  await save(page);
  await page.waitForURL(`**/w/${newSlug}/settings/general`);
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await expect(page.getByRole('button', { name: new RegExp(newName) }).first()).toBeVisible(); // the workspace switcher
  await page.goto(`/w/${slug}`);
  await expect(page.getByRole('heading', { name: /not found/i })).toBeVisible();

  await page.goto(`/w/${newSlug}/settings/general`);
  await page.getByLabel('Find a time zone').fill('berlin');
  await page.getByLabel('Time zone', { exact: true }).selectOption('Europe/Berlin');
  await page.getByLabel('Currency').selectOption('EUR');
  await page.getByLabel('Number and date format').selectOption('en-GB');
  await expect(page.getByTestId('locale-preview')).toHaveText('1,234.56 · €1,234.56 · 25 Nov 2026');
  await save(page);
  await expect(page.getByText('Settings saved.').first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Time zone', { exact: true })).toHaveValue('Europe/Berlin');
  await expect(page.getByLabel('Currency')).toHaveValue('EUR');
  await expect(page.getByLabel('Number and date format')).toHaveValue('en-GB');

  await page.getByRole('link', { name: 'Activity' }).first().click();
  await page.waitForURL(`**/w/${newSlug}/activity`);
  await expect(page.getByText(/Times are in Europe\/Berlin/)).toBeVisible();
  const renameRow = page.getByRole('row').filter({ hasText: `renamed the workspace to “${newName}”` });
  await expect(renameRow).toHaveCount(1);
  await expect(renameRow).toContainText(name); // the owner's name
  await expect(page.getByRole('row').filter({ hasText: 'changed the time zone to Europe/Berlin' })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: 'created the workspace' })).toContainText(name);

  await page.getByLabel('Kind').selectOption({ label: 'Workspace' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL(/kind=workspace/);
  await expect(page.getByRole('row')).toHaveCount(4); // header + created + renamed + settings
  await page.goto(`/w/${newSlug}/activity?kind=member`);
  await expect(page.getByText('No activity matches these filters')).toBeVisible();
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page.getByRole('row')).toHaveCount(4);
});

test('a stale save shows the other version and keeps what the user typed', async ({ page, context }) => {
  const { slug } = await signUpWithWorkspace(page);
  const other = await context.newPage();
  await page.goto(`/w/${slug}/settings/general`);
  await other.goto(`/w/${slug}/settings/general`);
  await other.getByLabel('Workspace name').fill('Their name');
  await save(other);
  await expect(other.getByText('Settings saved.')).toBeVisible();

  await page.getByLabel('Workspace name').fill('My name');
  await page.getByLabel('Currency').selectOption('JPY');
  await save(page);
  const panel = page.getByRole('alert').filter({ hasText: 'Someone else saved these settings' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Their name');
  await expect(page.getByLabel('Workspace name')).toHaveValue('My name');
  await expect(page.getByLabel('Currency')).toHaveValue('JPY');
  await save(page);
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await other.reload();
  await expect(other.getByLabel('Workspace name')).toHaveValue('My name');
});

test('owner deletes the workspace by typing its address', async ({ page }) => {
  const { slug, workspaceName } = await signUpWithWorkspace(page);
  await page.goto(`/w/${slug}/settings/general`);
  await page.getByRole('button', { name: 'Delete workspace…' }).click();
  const dialog = page.getByRole('dialog');
  const confirm = dialog.getByRole('button', { name: 'Delete workspace' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/to confirm/).fill(workspaceName);
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/to confirm/).fill(slug);
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await page.waitForURL((u) => u.pathname === '/w');
  await expect(page.getByText(`The workspace “${workspaceName}” was deleted.`)).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(workspaceName) })).toHaveCount(0);
  await page.goto(`/w/${slug}`);
  await expect(page.getByRole('heading', { name: /not found/i })).toBeVisible();
});
