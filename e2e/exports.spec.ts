import fs from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { fixtures, signIn } from './support';

async function download(page: Page, item: string) {
  await page.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const text = fs.readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '');
  return { name: file.suggestedFilename(), rows: Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data };
}

test('scorecard CSV downloads from the Export menu: measures with statuses, measurements in the import’s columns', async ({ page }) => {
  const f = fixtures();
  const card = f.kpiScorecard;
  await signIn(page, f.owner.email, f.owner.password, `/w/${f.workspace}/scorecards/${card.id}`);
  await expect(page.getByRole('heading', { level: 1, name: card.name })).toBeVisible();

  const measures = await download(page, 'Measures with latest values');
  expect(measures.name).toBe('kpi-table-fixtures-measures.csv');
  expect(measures.rows).toHaveLength(4);
  const byName = Object.fromEntries(measures.rows.map((r) => [r.measure, r]));
  expect(byName[card.measures.red.name]).toMatchObject({ status: 'Off track', 'latest value': '20', target: '100', unit: '%' });
  expect(byName[card.measures.amber.name]).toMatchObject({ status: 'At risk', 'progress %': '80' });

  const values = await download(page, 'All measurements');
  expect(values.name).toBe('kpi-table-fixtures-measurements.csv');
  expect(values.rows).toHaveLength(8);
  expect(Object.keys(values.rows[0]).slice(0, 4)).toEqual(['measure', 'period', 'value', 'note']);
  expect(values.rows.filter((r) => r.measure === card.measures.green.name).map((r) => r.value)).toEqual(['90', '100']);
});

test('the briefing book prints to a PDF: cover, overview and one page per perspective, with every measure', async ({ page }) => {
  const f = fixtures();
  const card = f.kpiScorecard;
  await signIn(page, f.owner.email, f.owner.password, `/w/${f.workspace}/scorecards/${card.id}`);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Briefing book (print or PDF)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: card.name })).toBeVisible();
  await expect(page.getByRole('img', { name: new RegExp(`^${card.measures.red.name}: Off track`) })).toBeVisible();

  const { getDocumentProxy, extractText } = await import('unpdf');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  expect(totalPages).toBe(6);
  expect(text[0]).toContain(card.name);
  expect(text[0]).toMatch(/briefing book/i);
  expect(text[1]).toContain('Overview');
  expect(text[1]).toContain('4 measures: 1 on track, 1 at risk, 1 off track, 1 no data.');
  const perspectives = ['Financial', 'Customer', 'Internal Process', 'Learning & Growth'];
  const measureOf = ['amber', 'green', 'red', 'grey'] as const;
  perspectives.forEach((label, i) => {
    expect(text[2 + i]).toContain(label);
    expect(text[2 + i]).toContain(card.measures[measureOf[i]].name);
  });
  expect(text.join('\n')).not.toContain('Print');
});
