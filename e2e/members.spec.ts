import { expect, test } from '@playwright/test';
import { addMember, signUpWithWorkspace } from './support';

test('the owner changes a member’s role and removes a member from the table', async ({ page, browser }) => {
  const owner = await signUpWithWorkspace(page);
  const ed = await addMember(page, browser, owner.slug, 'Edna Editor', 'Editor');
  const vi = await addMember(page, browser, owner.slug, 'Victor Viewer', 'Viewer');
  await page.goto(`/w/${owner.slug}/settings/members`);
  const table = page.getByRole('table', { name: 'Members of this workspace' });
  await expect(table.getByRole('row')).toHaveCount(4); // header + 3

  // Sort and filter.
  const nameHeader = table.getByRole('columnheader', { name: 'Name' });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('row').nth(1)).toContainText('Victor Viewer');
  await page.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Viewer' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(page.getByText('Showing 1 of 3 members')).toBeVisible();
  await page.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'All roles' });
  await page.getByRole('searchbox', { name: 'Search members' }).fill('edna');
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Search members' }).fill('');

  // Change Edna's role to Admin.
  await table.getByRole('button', { name: 'Change role of Edna Editor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change Edna Editor’s role' });
  await dialog.getByLabel('Role').selectOption({ label: 'Admin' });
  await dialog.getByRole('button', { name: 'Save role' }).click();
  await expect(page.getByText('Edna Editor is now Admin.')).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Edna Editor' })).toContainText('Admin');
  await ed.page.goto(`/w/${owner.slug}/settings/members`);
  await expect(ed.page.getByRole('button', { name: 'Invite people' })).toBeVisible();

  // A viewer sees the table read-only.
  await vi.page.goto(`/w/${owner.slug}/settings/members`);
  await expect(vi.page.getByRole('table', { name: 'Members of this workspace' })).toContainText('Edna Editor');
  await expect(vi.page.getByRole('button', { name: /Change role|Remove|Invite people/ })).toHaveCount(0);

  // Remove Victor; his next request is refused.
  await table.getByRole('button', { name: 'Remove Victor Viewer' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove member' }).click();
  await expect(page.getByText('Victor Viewer was removed from the workspace.')).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Victor Viewer' })).toHaveCount(0);
  await vi.page.reload();
  await expect(vi.page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('a stale role change shows a conflict and keeps the choice', async ({ page, browser, context }) => {
  const owner = await signUpWithWorkspace(page);
  await addMember(page, browser, owner.slug, 'Carla Conflict', 'Viewer');
  await page.goto(`/w/${owner.slug}/settings/members`);
  await page.getByRole('button', { name: 'Change role of Carla Conflict' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change Carla Conflict’s role' });
  await dialog.getByLabel('Role').selectOption({ label: 'Admin' });
  // Meanwhile, in another tab, the role changes.
  const other = await context.newPage();
  await other.goto(`/w/${owner.slug}/settings/members`);
  await other.getByRole('button', { name: 'Change role of Carla Conflict' }).click();
  await other.getByRole('dialog').getByLabel('Role').selectOption({ label: 'Editor' });
  await other.getByRole('dialog').getByRole('button', { name: 'Save role' }).click();
  await expect(other.getByText('Carla Conflict is now Editor.')).toBeVisible();

  await dialog.getByRole('button', { name: 'Save role' }).click();
  await expect(dialog.getByRole('alert')).toContainText('changed by someone else');
  await expect(dialog.getByLabel('Role')).toHaveValue('admin');
  await dialog.getByRole('button', { name: 'Save role' }).click();
  await expect(page.getByText('Carla Conflict is now Admin.')).toBeVisible();
});

test('members can leave; the only owner cannot', async ({ page, browser }) => {
  const owner = await signUpWithWorkspace(page);
  const m = await addMember(page, browser, owner.slug, 'Lena Leaver', 'Editor');
  await page.goto(`/w/${owner.slug}/settings/members`);
  await expect(page.getByRole('button', { name: 'Leave workspace' })).toBeDisabled();
  await expect(page.getByText('You are the only owner.')).toBeVisible();
  await m.page.goto(`/w/${owner.slug}/settings/members`);
  await m.page.getByRole('button', { name: 'Leave workspace' }).click();
  await m.page.getByRole('dialog').getByRole('button', { name: 'Leave workspace' }).click();
  await m.page.waitForURL(/\/w$/);
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: 'Lena Leaver' })).toHaveCount(0);
});
