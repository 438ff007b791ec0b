import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fixtures, signIn } from './support';

// Values are entered, imported and uploaded on the measure page. Each test has its own seeded scorecard (scripts/e2e-seed-measurements.ts): NPS (monthly, survey), Churn rate
// (monthly) and Website traffic (weekly).
async function openValues(page: Page, scorecard: string, measure: string) {
  const f = fixtures();
  const url = `/w/${f.workspace}/kpis/${f.measurementScorecards[scorecard].measures[measure]}`;
  await signIn(page, f.owner.email, f.owner.password, url);
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: measure })).toBeVisible();
}

async function noSeriousA11yViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const csv = (lines: string[]) => ({ name: 'kpis.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n') + '\r\n') });

test('a CSV with one bad row writes nothing and names the row; fixed, it imports; again, nothing changes', async ({ page }) => {
  await openValues(page, 'Import scorecard', 'Churn rate');
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import measurements' });
  await expect(dialog.getByRole('link', { name: 'Download a template' })).toHaveAttribute('download', 'measurements-template.csv');

  const rows = ['Net Promoter Score;2026-01;41.5;launch', 'Churn rate;2026-01;2.5;', 'Website traffic;2026-W02;1200;'];
  await dialog.getByLabel('CSV file').setInputFiles(csv(['\uFEFFmeasure;period;value;note', rows[0], 'Churn rate;2026-01;2,5;', rows[2]]));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('1 row has a problem: nothing was imported.');
  const bad = dialog.getByRole('table', { name: 'Rows that could not be imported' });
  await expect(bad.getByRole('row')).toHaveCount(2);
  await expect(bad.getByRole('row').nth(1)).toHaveText(/^3\s*value\s*2,5\s*Use a point for decimals \(e\.g\. 2\.5\)\.$/);
  await noSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('No values yet')).toBeVisible();

  await page.getByRole('button', { name: 'Import CSV' }).click();
  await dialog.getByLabel('CSV file').setInputFiles(csv(['\uFEFFmeasure;period;value;note', ...rows]));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Imported 3 rows.' })).toBeVisible();
  await expect(dialog.getByTestId('import-created')).toHaveText('3');
  await expect(dialog.getByTestId('import-updated')).toHaveText('0');
  await expect(dialog.getByTestId('import-unchanged')).toHaveText('0');

  // The same file again changes nothing.
  await dialog.getByLabel('CSV file').setInputFiles(csv(['\uFEFFmeasure;period;value;note', ...rows]));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByTestId('import-unchanged')).toHaveText('3');
  await expect(dialog.getByTestId('import-created')).toHaveText('0');
  await expect(dialog.getByTestId('import-updated')).toHaveText('0');
  await dialog.getByRole('button', { name: 'Done' }).click();

  const table = page.getByRole('table', { name: 'Values of Churn rate by period' });
  await expect(table.getByRole('row', { name: '2026-01' })).toContainText('2.5 %');
  await expect(page.getByRole('list', { name: 'Value history' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Value history' })).toContainText('Fixture Owner recorded 2026-01: 2.5 (import)');
});

test('NPS answers 10, 6, 6 give −33.3 with 1 promoter, 0 passives, 2 detractors, N = 3', async ({ page }) => {
  await openValues(page, 'Survey scorecard', 'Net Promoter Score');
  await page.getByRole('button', { name: 'Upload survey answers' }).click();
  const dialog = page.getByRole('dialog', { name: 'Upload survey answers' });
  await dialog.getByLabel('Period').fill('2026-02');

  // An answer off the scale is a row error: nothing recorded.
  await dialog.getByLabel('Answers (one per line)').fill('10\n11\n6');
  await dialog.getByRole('button', { name: 'Compute and record' }).click();
  await expect(dialog.getByRole('alert')).toContainText('1 answer is not valid: nothing was recorded.');
  await expect(dialog.getByRole('table', { name: 'Answers that are not valid' })).toContainText('11 is outside the 0–10 scale');
  await noSeriousA11yViolations(page);

  await dialog.getByLabel('Answers (one per line)').fill('10\n6\n6');
  await dialog.getByRole('button', { name: 'Compute and record' }).click();
  await expect(dialog.getByTestId('survey-score')).toHaveText('−33.3');
  await expect(dialog.getByRole('status')).toContainText('1 promoter, 0 passives, 2 detractors, N = 3');
  await dialog.getByRole('button', { name: 'Done' }).click();

  const row = page.getByRole('table', { name: 'Values of Net Promoter Score by period' }).getByRole('row', { name: '2026-02' });
  await expect(row.getByTestId('measurement-value')).toHaveText('-33.3');
  await expect(row).toContainText('1 promoter, 0 passives, 2 detractors, N = 3');
  await expect(row).toContainText('survey answers');

  // On a phone the table scrolls inside its card; the page itself does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(row).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  // Scan once the success toast has gone (a toast fading in reads as low contrast).
  await expect(page.getByRole('region', { name: /Notifications/ }).getByRole('listitem')).toHaveCount(0, { timeout: 10_000 });
  await noSeriousA11yViolations(page);
});

test('an editor adds a value, edits it, and reads the change in the history', async ({ page }) => {
  await openValues(page, 'Edit scorecard', 'Website traffic');
  await page.getByRole('button', { name: 'Add value' }).click();
  const add = page.getByRole('dialog', { name: 'Add a value' });
  await expect(add.getByLabel('Period')).toHaveValue(/^\d{4}-W\d{2}$/); // the current week by default
  await add.getByLabel('Period').fill('2026-W07');
  await add.getByLabel('Value').fill('12,5');
  await add.getByRole('button', { name: 'Add value' }).click();
  await expect(add.getByText('Use a point for decimals (e.g. 1.5).')).toBeVisible();
  await expect(add.getByLabel('Period')).toHaveValue('2026-W07');
  await add.getByLabel('Value').fill('12.5');
  await add.getByRole('button', { name: 'Add value' }).click();
  await expect(add).toBeHidden();

  const table = page.getByRole('table', { name: 'Values of Website traffic by period' });
  await expect(table.getByRole('row', { name: '2026-W07' })).toContainText('12.5');
  await table.getByRole('button', { name: 'Edit 2026-W07' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit 2026-W07' });
  await edit.getByLabel('Value').fill('13');
  await edit.getByRole('button', { name: 'Save value' }).click();
  await expect(edit).toBeHidden();
  await expect(table.getByRole('row', { name: '2026-W07' })).toContainText('13.0');
  const history = page.getByRole('list', { name: 'Value history' });
  await expect(history.getByRole('listitem').first()).toContainText('Fixture Owner changed 2026-W07 from 12.5 to 13.0 (entered)');

  // Someone else saves (through the API) while the dialog is open: a conflict, with the typed value kept.
  await table.getByRole('button', { name: 'Edit 2026-W07' }).click();
  const again = page.getByRole('dialog', { name: 'Edit 2026-W07' });
  await again.getByLabel('Value').fill('15');
  const f = fixtures();
  const api = `/api/v1/workspaces/${f.workspace}`;
  const origin = { origin: new URL(page.url()).origin };
  const listed = await (await page.request.get(`${api}/measures/${f.measurementScorecards['Edit scorecard'].measures['Website traffic']}/measurements`)).json();
  const theirs = await page.request.patch(`${api}/measurements/${listed.data[0].id}`, { data: { value: 14, version: listed.data[0].version }, headers: origin });
  expect(theirs.status()).toBe(200);
  await again.getByRole('button', { name: 'Save value' }).click();
  const panel = again.getByRole('alert').filter({ hasText: 'Someone else saved this value while you were editing' });
  await expect(panel.getByTestId('theirs-value')).toHaveText('14');
  await expect(again.getByRole('textbox', { name: 'Value', exact: true })).toHaveValue('15');
  await again.getByRole('button', { name: 'Save mine anyway' }).click();
  await expect(again).toBeHidden();
  await expect(table.getByRole('row', { name: '2026-W07' })).toContainText('15.0');
  await expect(history.getByRole('listitem').first()).toContainText('Fixture Owner changed 2026-W07 from 14.0 to 15.0 (entered)');
  await expect(history.getByRole('listitem').nth(1)).toContainText('changed 2026-W07 from 13.0 to 14.0 (API)');

  await table.getByRole('button', { name: 'Delete 2026-W07' }).click();
  await page.getByRole('dialog', { name: 'Delete the value of 2026-W07?' }).getByRole('button', { name: 'Delete value' }).click();
  await expect(page.getByText('No values yet')).toBeVisible();
  await expect(history.getByRole('listitem').first()).toContainText('Fixture Owner deleted 2026-W07 (was 15.0)');
});

test('the scorecard page shows a value recorded through the API at once: its cached scores expire on every write', async ({ page }) => {
  const f = fixtures();
  const sc = f.measurementScorecards['Cache scorecard'];
  const url = `/w/${f.workspace}/scorecards/${sc.scorecardId}`;
  await signIn(page, f.owner.email, f.owner.password, url);
  await page.goto(url);
  const row = page.getByRole('list', { name: 'Measures' }).getByRole('listitem').filter({ hasText: 'Churn rate' });
  await expect(row).toContainText('No data'); // read (and cached) before any value exists
  const api = `/api/v1/workspaces/${f.workspace}/measures/${sc.measures['Churn rate']}/measurements`;
  const headers = { origin: new URL(page.url()).origin };
  for (const value of [4.2, 5.7]) {
    expect((await page.request.post(api, { data: { period: '2026-01', value }, headers })).status()).toBe(200);
    await page.reload();
    await expect(row).toContainText(`${value} %`);
  }
  // The API's measure list is cached the same way: a rename shows in the next read, and on the page.
  const list = `/api/v1/workspaces/${f.workspace}/scorecards/${sc.scorecardId}/measures`;
  const names = async () => ((await (await page.request.get(list)).json()) as { data: { id: string; name: string; version: number }[] }).data;
  const churn = (await names()).find((m) => m.id === sc.measures['Churn rate'])!;
  const renamed = await page.request.patch(`/api/v1/workspaces/${f.workspace}/measures/${churn.id}`, { data: { name: 'Monthly churn', targets: [{ from: '2026-01', target: 5 }], version: churn.version }, headers });
  expect(renamed.status(), await renamed.text()).toBe(200);
  expect((await names()).map((m) => m.name)).toContain('Monthly churn');
  await page.reload();
  await expect(page.getByRole('list', { name: 'Measures' }).getByRole('listitem').filter({ hasText: 'Monthly churn' })).toContainText('5.7 %');
});
