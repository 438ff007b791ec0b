import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fixtures, signIn } from './support';

// The "Benchmark scorecard" (scripts/e2e-seed.ts) has one lower-is-better measure: Resolution time (monthly, count).
test('benchmarks on a lower-is-better measure: the gap, "Behind" and "Ahead", the reference, edit and delete', async ({ page }) => {
  const f = fixtures();
  const url = `/w/${f.workspace}/kpis/${f.measurementScorecards['Benchmark scorecard'].measures['Resolution time']}`;
  await signIn(page, f.owner.email, f.owner.password, url);
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Resolution time' })).toBeVisible();
  await expect(page.getByText('No benchmarks yet')).toBeVisible();

  await page.getByRole('button', { name: 'Add value' }).click();
  const valueDialog = page.getByRole('dialog', { name: 'Add a value' });
  await valueDialog.getByLabel('Period').fill('2026-01');
  await valueDialog.getByLabel('Value').fill('5');
  await valueDialog.getByRole('button', { name: 'Add value' }).click();
  await expect(valueDialog).toBeHidden();

  const card = page.getByRole('table', { name: 'Benchmarks of Resolution time' });
  const add = async (kind: string, value: string, competitor?: string) => {
    await page.getByRole('button', { name: 'Add benchmark' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a benchmark' });
    await dialog.getByLabel('Kind').selectOption({ label: kind });
    if (competitor !== undefined) await dialog.getByLabel('Competitor name').fill(competitor);
    await dialog.getByLabel('Value').fill(value);
    await dialog.getByLabel('Source (optional)', { exact: true }).fill('Support benchmark report');
    await dialog.getByRole('button', { name: 'Add benchmark' }).click();
    return dialog;
  };

  // A competitor needs its name: the form says so and keeps the value.
  const refused = await add('Competitor', '6', '');
  await expect(refused.getByText('Name the competitor.')).toBeVisible();
  await expect(refused.getByLabel('Value')).toHaveValue('6');
  await refused.getByLabel('Competitor name').fill('Acme');
  await refused.getByRole('button', { name: 'Add benchmark' }).click();
  await expect(refused).toBeHidden();

  await expect(await add('Industry average', '4')).toBeHidden();
  const industry = card.getByRole('row', { name: 'Industry average' });
  await expect(industry.getByTestId('benchmark-gap')).toHaveText('+1.0+25.0 %');
  await expect(industry.getByTestId('benchmark-position')).toHaveText('Behind');
  const acme = card.getByRole('row', { name: 'Competitor: Acme' });
  await expect(acme.getByTestId('benchmark-gap')).toHaveText('-1.0-16.7 %');
  await expect(acme.getByTestId('benchmark-position')).toHaveText('Ahead');

  await industry.getByRole('button', { name: 'Use as reference' }).click();
  await expect(industry).toContainText('Reference');
  await expect(page.getByText(/Benchmark lines: .*Industry average 4\.0 \(reference\)/)).toBeVisible();
  await expect(page.getByTestId('reference-gap')).toHaveText('▼ vs Industry average +1.0 (+25.0 %) · Behind');

  // The scorecard page shows the gap to the reference on the measure's row.
  await page.goto(`/w/${f.workspace}/scorecards/${f.measurementScorecards['Benchmark scorecard'].scorecardId}`);
  await expect(page.getByRole('list', { name: 'Measures' }).getByTestId('reference-gap')).toHaveText('▼ vs Industry average +1.0 (+25.0 %) · Behind');
  await page.goto(url);

  await industry.getByRole('button', { name: 'Edit Industry average' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit benchmark' });
  await edit.getByLabel('Value').fill('5');
  await edit.getByRole('button', { name: 'Save benchmark' }).click();
  await expect(edit).toBeHidden();
  await expect(industry.getByTestId('benchmark-position')).toHaveText('On par');

  // Sonner's toasts are not ours to scan (the scorecards spec waits for them the same way).
  await expect(page.locator('[data-sonner-toast]')).toHaveCount(0, { timeout: 10_000 });
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ') + ' ' + n.failureSummary).join(' | ')}`)).toEqual([]);

  await acme.getByRole('button', { name: 'Delete Competitor: Acme' }).click();
  await page.getByRole('dialog', { name: 'Delete the benchmark “Competitor: Acme”?' }).getByRole('button', { name: 'Delete benchmark' }).click();
  await expect(acme).toBeHidden();
  await expect(card.getByRole('row')).toHaveCount(2);
});
