import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fixtures as baseFixtures, signIn } from './support';

// The scorecard, its objective, a measure with six months of data and a viewer are seeded before the server starts
// (scripts/e2e-seed-measures.ts); measures are added and edited here through the measure page's dialogs.
type MeasureFixtures = { scorecardId: string; objectiveId: string; seededMeasureId: string; viewer: { email: string; password: string } };
const fixtures = () => baseFixtures() as ReturnType<typeof baseFixtures> & { measures: MeasureFixtures };
const measureUrl = (id: string) => `/w/${fixtures().workspace}/kpis/${id}`;

const monthLabel = (shift = 0) => {
  const d = new Date();
  const m = d.getUTCFullYear() * 12 + d.getUTCMonth() + shift;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
};

async function noSeriousA11yIssues(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function noHorizontalScroll(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  // The chart re-measures itself after a resize (ResizeObserver), so wait for the layout to settle.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test('an editor adds a measure from the KPI library, gives it a later target, and reads its page', async ({ page }) => {
  const f = fixtures();
  await signIn(page, f.owner.email, f.owner.password, measureUrl(f.measures.seededMeasureId));
  await page.goto(measureUrl(f.measures.seededMeasureId));

  // The seeded measure: scored in words, its chart with a summary and table, and its details.
  await expect(page.getByRole('heading', { level: 1, name: 'Seeded conversion' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Measures e2e');
  await expect(page.getByText('At risk')).toBeVisible();
  await expect(page.getByText(`3.6 % (${monthLabel()})`)).toBeVisible();
  await expect(page.locator('.recharts-wrapper svg').first()).toBeVisible();
  await expect(page.getByText(`6 measured periods from ${monthLabel(-5)} to ${monthLabel()}`)).toBeVisible();
  await page.getByText('Show the chart’s data as a table').click();
  await expect(page.getByRole('table', { name: 'Measured values and targets by period' }).getByRole('row')).toHaveCount(7);
  await expect(page.getByText('Higher is better')).toBeVisible();
  await noSeriousA11yIssues(page);

  // Add from the library: fields prefilled.
  await page.getByRole('button', { name: 'Add measure to Delight customers' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add a measure' });
  await dialog.getByLabel('From the KPI library').fill('promoter');
  await expect(dialog.getByRole('button', { name: /Churn rate/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: /Net Promoter Score \(NPS\)/ }).click();
  dialog = page.getByRole('dialog', { name: 'Add “Net Promoter Score (NPS)”' });
  await noSeriousA11yIssues(page);
  await expect(dialog.getByLabel('Name')).toHaveValue('Net Promoter Score (NPS)');
  await expect(dialog.getByLabel('Unit', { exact: true })).toHaveValue('score');
  await expect(dialog.getByLabel('Direction')).toHaveValue('higher');
  await expect(dialog.getByLabel('Frequency')).toHaveValue('monthly');
  await expect(dialog.getByLabel('Formula')).toHaveValue(/% promoters/);
  await expect(dialog.getByLabel('Computed from survey answers')).toHaveValue('nps');
  await expect(dialog.getByLabel('Journey stage').locator('option:checked')).toHaveText('Retention');
  await expect(dialog.getByLabel('Target 1 from period')).toHaveValue(monthLabel());
  await dialog.getByLabel('Baseline').fill('10');
  await dialog.getByLabel('Target', { exact: true }).fill('30');
  await dialog.getByRole('button', { name: 'Add measure' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Net Promoter Score (NPS)' })).toBeVisible();
  await expect(page.getByText(`From ${monthLabel()}: 30.0`)).toBeVisible();
  await expect(page.getByText('No measurements yet').first()).toBeVisible();

  // Edit: a target from a later period; a label of the wrong frequency is refused next to its field, values kept.
  await page.getByRole('button', { name: 'Edit measure' }).click();
  dialog = page.getByRole('dialog', { name: 'Edit measure “Net Promoter Score (NPS)”' });
  await dialog.getByRole('button', { name: 'Add target' }).click();
  await dialog.getByLabel('Target 2 from period').fill('2030-Q1');
  await dialog.getByRole('listitem', { name: 'Target 2' }).getByLabel('Target', { exact: true }).fill('40');
  await dialog.getByRole('button', { name: 'Save measure' }).click();
  await expect(dialog.getByText('"2030-Q1" is a quarterly period; this measure is monthly')).toBeVisible();
  await expect(dialog.getByRole('listitem', { name: 'Target 2' }).getByLabel('Target', { exact: true })).toHaveValue('40');
  await dialog.getByLabel('Target 2 from period').fill(monthLabel(3));
  await dialog.getByRole('button', { name: 'Save measure' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`From ${monthLabel(3)}: 40.0`)).toBeVisible();
  await expect(page.getByText(`From ${monthLabel()}: 30.0`)).toBeVisible();

  // Someone else saves while the dialog is open: their version is shown, mine stays in the form and can win.
  await page.getByRole('button', { name: 'Edit measure' }).click();
  dialog = page.getByRole('dialog', { name: 'Edit measure “Net Promoter Score (NPS)”' });
  await dialog.getByLabel('Description').fill('Mine');
  const id = new URL(page.url()).pathname.split('/').pop()!;
  const theirs = await page.request.patch(`/api/v1/workspaces/${f.workspace}/measures/${id}`, { data: { version: 2, name: 'NPS (theirs)' }, headers: { origin: new URL(page.url()).origin } });
  expect(theirs.status()).toBe(200);
  await dialog.getByRole('button', { name: 'Save measure' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Someone else saved this measure while you were editing');
  await expect(dialog.getByTestId('theirs-name')).toHaveText('NPS (theirs)');
  await expect(dialog.getByLabel('Description')).toHaveValue('Mine');
  await dialog.getByRole('button', { name: 'Save mine over theirs' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Net Promoter Score (NPS)' })).toBeVisible();
  await expect(page.getByText('Mine', { exact: true })).toBeVisible();

  await noHorizontalScroll(page);
});

test('a viewer reads a measure page without edit controls', async ({ page }) => {
  const f = fixtures();
  await signIn(page, f.measures.viewer.email, f.measures.viewer.password, measureUrl(f.measures.seededMeasureId));
  await page.goto(measureUrl(f.measures.seededMeasureId));
  await expect(page.getByRole('heading', { level: 1, name: 'Seeded conversion' })).toBeVisible();
  await expect(page.getByText('Measured against target')).toBeVisible();
  await expect(page.getByRole('button', { name: /Edit measure|Delete|Add measure/ })).toHaveCount(0);
  await noHorizontalScroll(page);
});
