import { expect, test } from '@playwright/test';
import { signUp, signUpWithWorkspace } from './support';

test('API token: create in the UI, call the API with it, see its last use, revoke it, get 401', async ({ page, request }) => {
  const { slug } = await signUpWithWorkspace(page);
  await page.goto(`/w/${slug}/settings/tokens`);
  await expect(page.getByText('No API tokens yet')).toBeVisible();
  await expect(page.getByRole('link', { name: /API reference/ })).toHaveAttribute('href', '/api/v1/openapi.json');

  await page.getByRole('button', { name: 'New token' }).click();
  const form = page.getByRole('dialog', { name: 'New API token' });
  // Owners may grant up to owner; nothing above exists.
  await expect(form.getByLabel('Role').locator('option')).toHaveCount(4);
  await form.getByRole('button', { name: 'Create token' }).click();
  await expect(form.getByText('Enter a name.')).toBeVisible();
  await form.getByLabel('Name').fill('CI import');
  await form.getByLabel('Role').selectOption('editor');
  await form.getByRole('button', { name: 'Create token' }).click();

  const shown = page.getByRole('dialog', { name: 'Copy your new token' });
  await expect(shown.getByText('you will not see it again', { exact: false })).toBeVisible();
  const secret = await shown.getByLabel('Your new API token').inputValue();
  expect(secret).toMatch(/^wf_/);
  await expect(shown.getByText(`curl -H "Authorization: Bearer ${secret}"`, { exact: false })).toBeVisible();
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(shown).toBeHidden();

  const row = page.getByRole('list', { name: 'API tokens' }).getByRole('listitem').filter({ hasText: 'CI import' });
  await expect(row).toContainText('Editor');
  await expect(row).toContainText('Active');
  await expect(row).toContainText('Last used:Never');
  await expect(page.getByText(secret)).toHaveCount(0);

  const res = await request.get(`/api/v1/workspaces/${slug}`, { headers: { Authorization: `Bearer ${secret}` } });
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ slug, role: 'editor' });

  await page.reload();
  await expect(row).not.toContainText('Last used:Never');
  await expect(row.locator('time')).toHaveCount(2);

  await row.getByRole('button', { name: 'Revoke CI import' }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke “CI import”?' });
  await confirm.getByRole('button', { name: 'Revoke token' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button', { name: /Revoke/ })).toHaveCount(0);

  const after = await request.get(`/api/v1/workspaces/${slug}`, { headers: { Authorization: `Bearer ${secret}` } });
  expect(after.status()).toBe(401);
  expect((await after.json()).error.code).toBe('unauthorized');
});

test('the tokens page is not there for someone outside the workspace, and the API says 404', async ({ page, browser, request }) => {
  const { slug } = await signUpWithWorkspace(page);
  const other = await browser.newContext();
  const outsider = await other.newPage();
  await signUp(outsider);
  const res = await outsider.goto(`/w/${slug}/settings/tokens`);
  expect(res?.status()).toBe(404);
  const api = await other.request.get(`/api/v1/workspaces/${slug}`);
  expect(api.status()).toBe(404);
  expect((await request.get(`/api/v1/workspaces/${slug}`)).status()).toBe(401);
  await other.close();
});
