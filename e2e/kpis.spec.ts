import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fixtures, signIn, signUpWithWorkspace } from './support';

const bodyRows = (page: Page) => page.getByRole('region', { name: /Measures of every scorecard/ }).locator('tbody tr');
const rowOf = (page: Page, name: string) => bodyRows(page).filter({ has: page.getByRole('link', { name, exact: true }) });

test('KPI table: every status in words, filter by status, sort by name, open a measure', async ({ page }) => {
  const f = fixtures();
  const card = f.kpiScorecard;
  await signIn(page, f.owner.email, f.owner.password, `/w/${f.workspace}/kpis?scorecard=${card.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'KPIs' })).toBeVisible();
  await expect(bodyRows(page)).toHaveCount(4);
  const expected = { green: 'On track', amber: 'At risk', red: 'Off track', grey: 'No data' } as const;
  for (const [status, label] of Object.entries(expected) as [keyof typeof expected, string][]) {
    await expect(rowOf(page, card.measures[status].name)).toContainText(label);
  }
  await expect(rowOf(page, card.measures.grey.name)).toContainText('Not scored');
  await expect(rowOf(page, card.measures.amber.name)).toContainText('80 %');

  // Only the red one is left, and it says so in words.
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Off track (red)' });
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(bodyRows(page).first()).toContainText(card.measures.red.name);
  await expect(bodyRows(page).first()).toContainText('Off track');
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 of' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'All statuses' });
  await expect(bodyRows(page)).toHaveCount(4);

  // Text search narrows by name.
  await page.getByRole('searchbox', { name: 'Search measures' }).fill('adoption');
  await expect(bodyRows(page)).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search measures' }).fill('');

  // Sort by name, both ways.
  const names = Object.values(card.measures).map((m) => m.name).sort((a, b) => a.localeCompare(b));
  await page.getByRole('button', { name: 'Measure' }).click();
  await expect(page.getByRole('columnheader', { name: 'Measure' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(bodyRows(page).getByRole('link')).toHaveText(names);
  await page.getByRole('button', { name: 'Measure' }).click();
  await expect(bodyRows(page).getByRole('link')).toHaveText([...names].reverse());

  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // A phone: no page-level horizontal scroll; the table scrolls in its own box.
  await page.setViewportSize({ width: 390, height: 800 });
  await expect(bodyRows(page)).toHaveCount(4);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('link', { name: card.measures.red.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${f.workspace}/kpis/${card.measures.red.id}$`));
});

test('KPI table: a workspace without scorecards says what to do next', async ({ page }) => {
  const { slug } = await signUpWithWorkspace(page);
  await page.goto(`/w/${slug}/kpis`);
  await expect(page.getByText('No scorecards yet')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Scorecards' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/scorecards$`));
});
