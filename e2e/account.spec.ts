import { expect, test, type Page } from '@playwright/test';
import { PASSWORD, latestMail, linkIn, signIn, signUp } from './support';

const NEW_PASSWORD = 'a brand new passphrase';

async function expectSignInRefused(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText('The email or password is incorrect.');
}

test('reset password through the emailed link: single use, old password refused', async ({ page }) => {
  const { email } = await signUp(page);
  await page.context().clearCookies();
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText(`If an account exists for ${email}, we sent it a link`);

  const link = linkIn(await latestMail(email), '/reset-password/');
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Confirm new password').fill(NEW_PASSWORD + ' typo');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText('The passwords do not match.')).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1$/);
  await expect(page.getByText('Your password was changed. Sign in with the new one.')).toBeVisible();

  await signIn(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/w$/);
  await page.context().clearCookies();
  await expectSignInRefused(page, email, PASSWORD);

  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'This reset link was already used' })).toBeVisible();
  await page.getByRole('link', { name: 'Ask for a new link' }).click();
  await expect(page).toHaveURL(/\/reset-password$/);
  await page.goto('/reset-password/not-a-real-token-at-all');
  await expect(page.getByRole('heading', { name: 'This reset link is not valid' })).toBeVisible();
});

test('a password change signs out every other session and keeps this one', async ({ browser }) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  try {
    const pageA = await a.newPage();
    const pageB = await b.newPage();
    const { email } = await signUp(pageA);
    await signIn(pageB, email, PASSWORD);
    await pageB.goto('/w');
    await expect(pageB.getByRole('heading', { name: 'Your workspaces' })).toBeVisible();

    await pageA.goto('/account');
    await pageA.getByLabel('Current password').fill('not my password');
    await pageA.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await pageA.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await pageA.getByRole('button', { name: 'Change password' }).click();
    await expect(pageA.getByText('This is not your current password.')).toBeVisible();
    await pageA.getByLabel('Current password').fill(PASSWORD);
    await pageA.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await pageA.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await pageA.getByRole('button', { name: 'Change password' }).click();
    await expect(pageA).toHaveURL(/\/account\?password=changed$/);
    await expect(pageA.getByRole('status').filter({ hasText: 'Your password was changed' })).toBeVisible();

    await pageB.goto('/w');
    await expect(pageB).toHaveURL(/\/sign-in\?next=%2Fw$/);
    await pageA.goto('/w');
    await expect(pageA).toHaveURL(/\/w$/);
    await expect(pageA.getByRole('heading', { name: 'Your workspaces' })).toBeVisible();
  } finally {
    await a.close();
    await b.close();
  }
});

test('change your name; a stale edit from another tab is a conflict that keeps the typed text', async ({ page, context }) => {
  const { email } = await signUp(page, { name: 'Ada Lovelace' });
  await page.goto('/account');
  await expect(page.getByLabel('Email')).toHaveValue(email);
  const other = await context.newPage();
  await other.goto('/account');

  await page.getByLabel('Name').fill('Ada King');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Your name was saved.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Account menu for Ada King' })).toBeVisible();

  await other.getByLabel('Name').fill('Countess of Lovelace');
  await other.getByRole('button', { name: 'Save name' }).click();
  await expect(other.locator('form').getByRole('alert')).toContainText('The saved name is now Ada King');
  await expect(other.getByLabel('Name')).toHaveValue('Countess of Lovelace');
  await other.getByRole('button', { name: 'Save name' }).click();
  await expect(other.getByText('Your name was saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Name')).toHaveValue('Countess of Lovelace');
});

test('deleting the account is refused while the sole owner of a workspace', async ({ page, context }) => {
  await signUp(page);
  await page.goto('/account');
  // Another tab creates a workspace after this page was loaded: the server still refuses.
  const other = await context.newPage();
  await other.goto('/w');
  await other.getByLabel('Workspace name').fill('Sole Owner Co');
  await other.getByRole('button', { name: 'Create workspace' }).click();
  await other.waitForURL(/\/w\/[a-z0-9-]+$/);

  await page.getByRole('button', { name: 'Delete account…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
  await dialog.getByLabel('Your password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Delete my account' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/only owner of the workspace “Sole Owner Co”/);
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(page.getByText('You cannot delete your account yet')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sole Owner Co' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete account…' })).toHaveCount(0);
  await page.goto('/w');
  await expect(page.getByRole('link', { name: /Sole Owner Co/ })).toBeVisible();
});

test('delete an account with no workspace, then its sign-in fails', async ({ page }) => {
  const { email } = await signUp(page);
  await page.goto('/account');
  await page.getByRole('button', { name: 'Delete account…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
  await dialog.getByLabel('Your password').fill('not my password');
  await dialog.getByRole('button', { name: 'Delete my account' }).click();
  await expect(dialog.getByText('This is not your password.')).toBeVisible();
  await dialog.getByLabel('Your password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL(/\/\?deleted=1$/);
  await expect(page.getByRole('status').filter({ hasText: 'Your account was deleted' })).toBeVisible();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in/);
  await expectSignInRefused(page, email, PASSWORD);
});
