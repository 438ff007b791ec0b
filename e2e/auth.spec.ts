import { expect, test } from '@playwright/test';
import { PASSWORD, randomEmail, signUp, signUpWithWorkspace } from './support';

test('sign up, create a workspace, sign out, sign in again', async ({ page }) => {
  const { email, slug } = await signUpWithWorkspace(page, 'Acme Journeys');
  await page.getByRole('button', { name: /Account menu/ }).first().click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL('**/sign-in');
  await page.goto(`/w/${slug}`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Journeys' })).toBeVisible();
});

test('sign-up refuses a common password and a taken email, keeping what was typed', async ({ page }) => {
  const { email } = await signUp(page);
  await page.context().clearCookies();
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill('Second Person');
  await page.getByLabel('Email').fill(randomEmail());
  await page.getByLabel('Password').fill('password123');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('This password is too common')).toBeVisible();
  await expect(page.getByLabel('Your name')).toHaveValue('Second Person');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('An account with this email already exists')).toBeVisible();
});

test('throttles sign-in after 5 failures for the account, even with the right password', async ({ page }) => {
  const { email } = await signUp(page);
  await page.context().clearCookies();
  for (let i = 0; i < 5; i++) {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('wrong password ' + i);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('form').getByRole('alert')).toHaveText('The email or password is incorrect.');
  }
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('Too many failed sign-in attempts');
  // An unknown email gets the same answer as a known one.
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(randomEmail('nobody'));
  await page.getByLabel('Password').fill('whatever it is');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText('The email or password is incorrect.');
});
