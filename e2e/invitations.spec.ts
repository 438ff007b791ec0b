import { expect, test, type Browser, type Page } from '@playwright/test';
import { PASSWORD, fixtures, latestMail, linkIn, randomEmail, signUp, signUpWithWorkspace } from './support';

/** Invites `email` from the members page through the dialog; returns the link shown once and the mailed path. */
async function invite(page: Page, slug: string, email: string, role: 'Viewer' | 'Editor' | 'Admin' = 'Editor') {
  await page.goto(`/w/${slug}/settings/members`);
  await page.getByRole('button', { name: 'Invite people' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite people' });
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Role').selectOption({ label: role });
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  const sent = page.getByRole('dialog', { name: 'Invitation sent' });
  await expect(sent.getByText(`We emailed an invitation to ${email}`)).toBeVisible();
  const shown = await sent.getByLabel('Invitation link').inputValue();
  const path = linkIn(await latestMail(email), '/invite/');
  expect(new URL(shown).pathname).toBe(path);
  await sent.getByRole('button', { name: 'Done' }).click();
  return path;
}

async function freshPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

test('admin invites; a new user signs up through the link and joins with the invited role', async ({ page, browser }) => {
  const owner = await signUpWithWorkspace(page);
  const email = randomEmail('invitee');
  const link = await invite(page, owner.slug, email, 'Admin');
  const pending = page.getByRole('list', { name: 'Pending invitations' });
  await expect(pending).toContainText(email);
  await expect(pending).toContainText('Expires');

  const guest = await freshPage(browser);
  await guest.goto(link);
  await expect(guest.getByRole('heading', { level: 1, name: `Join ${owner.workspaceName}` })).toBeVisible();
  await expect(guest.getByText(/invited you to join/)).toContainText(`${owner.workspaceName} on Wayfinder as Admin`);
  await guest.getByRole('link', { name: 'Create an account' }).click();
  await guest.waitForURL(/\/sign-up\?/);
  await expect(guest.getByLabel('Email')).toHaveValue(email);
  await guest.getByLabel('Your name').fill('Invited Person');
  await guest.getByLabel('Password').fill(PASSWORD);
  await guest.getByRole('button', { name: 'Create account' }).click();
  await guest.waitForURL((u) => u.pathname === link);
  await guest.getByRole('button', { name: `Join ${owner.workspaceName}` }).click();
  await guest.waitForURL(new RegExp(`/w/${owner.slug}$`));
  await guest.goto(`/w/${owner.slug}/settings/members`);
  const row = guest.getByRole('row').filter({ hasText: 'Invited Person' });
  await expect(row).toContainText('Admin');
  await expect(row).toContainText('You');

  // The owner no longer sees it as pending.
  await page.reload();
  await expect(page.getByText('No pending invitations')).toBeVisible();

  // Reused: the same link, by anyone else, joins nobody.
  const other = await freshPage(browser);
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1, name: 'This invitation was already used' })).toBeVisible();
  await expect(other.getByRole('button', { name: /Join/ })).toHaveCount(0);
  // And the invitee who already joined is pointed to the workspace.
  await guest.goto(link);
  await expect(guest.getByRole('link', { name: `Open ${owner.workspaceName}` })).toBeVisible();
});

test('an invitation opened with another account says so, masks the address, and joins nobody', async ({ page, browser }) => {
  const owner = await signUpWithWorkspace(page);
  const email = randomEmail('right');
  const link = await invite(page, owner.slug, email);
  const stranger = await freshPage(browser);
  await signUp(stranger);
  await stranger.goto(link);
  await expect(stranger.getByRole('heading', { level: 1, name: 'This invitation is for a different email address' })).toBeVisible();
  await expect(stranger.getByText(`${email[0]}***@e2e.test`)).toBeVisible();
  await expect(stranger.getByText(email)).toHaveCount(0);
  await expect(stranger.getByRole('button', { name: /Join/ })).toHaveCount(0);
  await stranger.goto(`/w/${owner.slug}`);
  await expect(stranger.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  // Signing out brings them back to the invitation, signed out.
  await stranger.goto(link);
  await stranger.getByRole('button', { name: 'Sign out and use another account' }).click();
  await stranger.waitForURL((u) => u.pathname === link);
  await expect(stranger.getByRole('link', { name: 'Create an account' })).toBeVisible();
});

test('an expired invitation link says it expired', async ({ page }) => {
  const { expiredInvitation } = fixtures();
  await page.goto(`/invite/${expiredInvitation.token}`);
  await expect(page.getByRole('heading', { level: 1, name: 'This invitation has expired' })).toBeVisible();
  await expect(page.getByText('Nobody joined a workspace through this link.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Create an account' })).toHaveCount(0);
  await page.goto('/invite/not-a-real-token-at-all-000000');
  await expect(page.getByRole('heading', { level: 1, name: 'This invitation link is not valid' })).toBeVisible();
});

test('a revoked invitation stops working; a re-sent one replaces the old link', async ({ page, browser }) => {
  const owner = await signUpWithWorkspace(page);
  const revokedEmail = randomEmail('revoked');
  const revokedLink = await invite(page, owner.slug, revokedEmail);
  await page.getByRole('button', { name: `Revoke invitation to ${revokedEmail}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke invitation' }).click();
  // The toast reports the server's answer; the list alone can vanish for a moment while the page refreshes.
  await expect(page.getByText(`Invitation to ${revokedEmail} revoked.`)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Pending invitations' })).toHaveCount(0);
  const guest = await freshPage(browser);
  await guest.goto(revokedLink);
  await expect(guest.getByRole('heading', { level: 1, name: 'This invitation was revoked' })).toBeVisible();

  const resentEmail = randomEmail('resent');
  const oldLink = await invite(page, owner.slug, resentEmail);
  await page.getByRole('button', { name: `Re-send invitation to ${resentEmail}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Invitation re-sent' });
  const newLink = new URL(await dialog.getByLabel('Invitation link').inputValue()).pathname;
  expect(newLink).not.toBe(oldLink);
  await guest.goto(oldLink);
  await expect(guest.getByRole('heading', { level: 1, name: 'This invitation link is not valid' })).toBeVisible();
  await guest.goto(newLink);
  await expect(guest.getByRole('heading', { level: 1, name: `Join ${owner.workspaceName}` })).toBeVisible();
});
