import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fixtures, signIn, signUpWithWorkspace } from './support';

// The benchmarks workspace (scripts/e2e-seed-benchmarks.ts) holds the demo scorecard and its ten demo benchmarks.
const bodyRows = (page: Page) => page.getByRole('region', { name: 'Benchmarks of every measure in this workspace' }).locator('tbody tr');
const rowOf = (page: Page, measure: string, benchmark: string) =>
  bodyRows(page).filter({ has: page.getByRole('link', { name: measure, exact: true }) }).filter({ has: page.getByTestId('benchmark-name').getByText(benchmark, { exact: true }) });

async function scan(page: Page) {
  await expect(page.locator('[data-sonner-toast]')).toHaveCount(0, { timeout: 10_000 });
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('Benchmarks page: gaps in words, largest relative gap first, filter and sort, a measure’s chart', async ({ page }) => {
  const f = fixtures();
  const url = `/w/${f.benchmarksPage.workspace}/benchmarks`;
  await signIn(page, f.owner.email, f.owner.password, url);
  await page.getByRole('navigation').getByRole('link', { name: 'Benchmarks' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Benchmarks' })).toBeVisible();
  // 10 benchmarks + 7 measures without one.
  await expect(page.getByRole('status').filter({ hasText: '17 rows' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Relative gap' })).toHaveAttribute('aria-sort', 'descending');

  // Churn rate is lower-is-better and in %: the gap reads in percentage points, the position in words.
  const top = rowOf(page, 'Churn rate', 'Top quartile / best in class');
  await expect(bodyRows(page).first()).toContainText('Churn rate');
  await expect(top.getByTestId('gap')).toHaveText('+1.9 pp');
  await expect(top.getByTestId('relative-gap')).toHaveText('+105.6 %');
  await expect(top).toContainText('Behind');
  const industry = rowOf(page, 'Churn rate', 'Industry average');
  await expect(industry).toContainText('Reference');
  await expect(industry.getByTestId('gap')).toHaveText('+0.2 pp');
  await expect(rowOf(page, 'Net Promoter Score (NPS)', 'Competitor: Ledgerly')).toContainText('Ahead');
  await expect(bodyRows(page).filter({ hasText: 'Employee training hours' })).toContainText('No benchmark yet');
  await expect(bodyRows(page).last()).toContainText('No benchmark yet');

  // Filter by kind: only the two competitors.
  await page.getByRole('combobox', { name: 'Benchmark kind' }).selectOption({ label: 'Competitor' });
  await expect(bodyRows(page)).toHaveCount(2);
  await expect(bodyRows(page).getByTestId('benchmark-name')).toHaveText(['Competitor: Ledgerly', 'Competitor: Ledgerly']);
  await expect(page.getByRole('status').filter({ hasText: 'Showing 2 of 17 rows' })).toBeVisible();
  // Sort the other way: the smaller relative gap first.
  await page.getByRole('button', { name: 'Relative gap' }).click();
  await expect(page.getByRole('columnheader', { name: 'Relative gap' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(bodyRows(page).getByTestId('relative-gap')).toHaveText(['+35.0 %', '+38.4 %']);
  await page.getByRole('combobox', { name: 'Benchmark kind' }).selectOption({ label: 'No benchmark yet' });
  await expect(bodyRows(page)).toHaveCount(7);
  await page.getByRole('combobox', { name: 'Benchmark kind' }).selectOption({ label: 'All kinds' });
  await page.getByRole('combobox', { name: 'Perspective' }).selectOption({ label: 'Learning & Growth' });
  await expect(bodyRows(page)).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Perspective' }).selectOption({ label: 'All perspectives' });
  const search = page.getByRole('searchbox', { name: 'Search measures and competitors' });
  await search.fill('ledgerly');
  await expect(bodyRows(page)).toHaveCount(2);
  await search.fill('churn');
  await expect(bodyRows(page)).toHaveCount(2);
  await scan(page);

  // The chart of a measure with its benchmark lines, below the table.
  await top.getByRole('link', { name: 'Chart of Churn rate' }).click();
  await expect(page).toHaveURL(/\?measure=[0-9a-f-]{36}#chart$/);
  const chart = page.getByRole('region', { name: 'Chart of Churn rate' });
  await expect(chart).toBeInViewport();
  await expect(chart.getByRole('heading', { name: 'Churn rate: measured against target and benchmarks' })).toBeVisible();
  const summary = chart.getByText(/Benchmark lines:/);
  await expect(summary).toContainText('Industry average 3.5 % (reference)');
  await expect(summary).toContainText('Top quartile / best in class 1.8 %');
  await expect(chart.locator('.recharts-surface').first()).toBeVisible();
  await scan(page);

  // A measure of another workspace, or no id at all: the page, no chart, a short message.
  const foreign = Object.values(f.measurementScorecards['Benchmark scorecard'].measures)[0];
  for (const bad of [foreign, 'not-an-id']) {
    const res = await page.goto(`${url}?measure=${bad}`);
    expect(res?.status()).toBe(200);
    await expect(page.getByText('That measure is not in this workspace')).toBeVisible();
    await expect(page.getByRole('region', { name: /^Chart of/ })).toHaveCount(0);
  }

  // A phone: no page-level horizontal scroll.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(url);
  await expect(bodyRows(page)).toHaveCount(17);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The position is in view without scrolling the table: under the gap.
  const phoneTop = rowOf(page, 'Churn rate', 'Top quartile / best in class');
  await expect(phoneTop.getByText('Behind').filter({ visible: true })).toBeInViewport();
  await expect(phoneTop.getByRole('link', { name: 'Chart of Churn rate' })).toBeInViewport({ ratio: 1 });
  await scan(page);
});

test('Benchmarks page: a viewer reads it; an empty workspace says what to do next', async ({ page }) => {
  const f = fixtures();
  const url = `/w/${f.benchmarksPage.workspace}/benchmarks`;
  await signIn(page, f.benchmarksPage.viewer.email, f.benchmarksPage.viewer.password, url);
  await expect(page.getByRole('heading', { level: 1, name: 'Benchmarks' })).toBeVisible();
  await expect(rowOf(page, 'Churn rate', 'Top quartile / best in class')).toContainText('Behind');
  await page.context().clearCookies();

  const { slug } = await signUpWithWorkspace(page);
  await page.goto(`/w/${slug}/benchmarks`);
  await expect(page.getByText('No measures yet')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Scorecards' })).toBeVisible();
  await scan(page);
});
