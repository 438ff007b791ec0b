import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fixtures, signIn } from './support';

// The "Benchmark import scorecard" (scripts/e2e-seed.ts): Resolution time (monthly, lower is better) and Conversion rate (monthly, %).
const csv = (lines: string[]) => ({ name: 'benchmarks.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n') + '\r\n') });
const HEAD = 'measure;kind;value;as_of;period;competitor;source;source_url;reference';
const GOOD = [
  'Resolution time;Industry average;4;2026-01-31;;;Support report;https://example.com/support;yes',
  'Resolution time;competitor;6;;2026-01;Acme;;;',
  'Conversion rate;top quartile;3.5;;2026-01;;;;',
];

async function noSeriousA11yViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('a benchmark CSV with a bad row writes nothing; the fixed file imports and the measure page shows the gaps', async ({ page }) => {
  const f = fixtures();
  const sc = f.measurementScorecards['Benchmark import scorecard'];
  const scorecardUrl = `/w/${f.workspace}/scorecards/${sc.scorecardId}`;
  const measureUrl = `/w/${f.workspace}/kpis/${sc.measures['Resolution time']}`;
  await signIn(page, f.owner.email, f.owner.password, scorecardUrl);
  await page.goto(scorecardUrl);

  await page.getByRole('button', { name: 'Import benchmarks' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import benchmarks' });
  await expect(dialog.getByRole('link', { name: 'Download a template' })).toHaveAttribute('download', 'benchmarks-template.csv');
  await dialog.getByLabel('CSV file').setInputFiles(csv(['\uFEFF' + HEAD, GOOD[0], 'Resolution time;competitor;6;;2026-01;;;;', GOOD[2]]));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('1 row has a problem: nothing was imported.');
  const bad = dialog.getByRole('table', { name: 'Rows that could not be imported' });
  await expect(bad.getByRole('row')).toHaveCount(2);
  await expect(bad.getByRole('row').nth(1)).toHaveText(/^3\s*competitor\s*\(empty\)\s*Name the competitor\.$/);
  await noSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Done' }).click();

  // Nothing was written; give the measure a value so the gaps can be read.
  await page.goto(measureUrl);
  await expect(page.getByText('No benchmarks yet')).toBeVisible();
  await page.getByRole('button', { name: 'Add value' }).click();
  const valueDialog = page.getByRole('dialog', { name: 'Add a value' });
  await valueDialog.getByLabel('Period').fill('2026-01');
  await valueDialog.getByLabel('Value').fill('5');
  await valueDialog.getByRole('button', { name: 'Add value' }).click();
  await expect(valueDialog).toBeHidden();

  await page.goto(scorecardUrl);
  await page.getByRole('button', { name: 'Import benchmarks' }).click();
  await dialog.getByLabel('CSV file').setInputFiles(csv([HEAD, ...GOOD]));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Imported 3 rows.' })).toBeVisible();
  await expect(dialog.getByTestId('import-created')).toHaveText('3');
  await expect(dialog.getByTestId('import-references')).toHaveText('1');
  // The same file again changes nothing.
  await dialog.getByLabel('CSV file').setInputFiles(csv([HEAD, ...GOOD]));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByTestId('import-unchanged')).toHaveText('3');
  await expect(dialog.getByTestId('import-created')).toHaveText('0');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('list', { name: 'Measures' }).getByTestId('reference-gap').first()).toHaveText('▼ vs Industry average +1.0 (+25.0 %) · Behind');

  await page.goto(measureUrl);
  const card = page.getByRole('table', { name: 'Benchmarks of Resolution time' });
  const industry = card.getByRole('row', { name: 'Industry average' });
  await expect(industry.getByTestId('benchmark-gap')).toHaveText('+1.0+25.0 %');
  await expect(industry.getByTestId('benchmark-position')).toHaveText('Behind');
  await expect(industry).toContainText('Reference');
  const acme = card.getByRole('row', { name: 'Competitor: Acme' });
  await expect(acme.getByTestId('benchmark-gap')).toHaveText('-1.0-16.7 %');
  await expect(acme.getByTestId('benchmark-position')).toHaveText('Ahead');
});

test('the import dialog fits a phone', async ({ page }) => {
  const f = fixtures();
  const url = `/w/${f.workspace}/scorecards/${f.measurementScorecards['Benchmark import scorecard'].scorecardId}`;
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, f.owner.email, f.owner.password, url);
  await page.goto(url);
  await page.getByRole('button', { name: 'Import benchmarks' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import benchmarks' });
  await dialog.getByText('Expected format').click();
  await expect(dialog.getByText('reference: yes makes the row')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
