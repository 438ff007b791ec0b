import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addMember, signUpWithWorkspace } from './support';

async function scan(page: Page) {
  // Toasts fade out after a few seconds; scan the page itself (the toaster is a shared primitive).
  await expect(page.locator('[data-sonner-toast]')).toHaveCount(0, { timeout: 10_000 });
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${page.url()} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

async function addObjective(page: Page, perspective: string, name: string) {
  await page.getByRole('button', { name: `Add objective to ${perspective}` }).click();
  const dialog = page.getByRole('dialog', { name: `Add an objective to ${perspective}` });
  await dialog.getByLabel('Objective').fill(name);
  await dialog.getByRole('button', { name: 'Add objective' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
}

test('scorecards: create, rename a perspective, objectives, a link on the strategy map, an overdue initiative, viewer read-only', async ({ page, browser }) => {
  const { slug } = await signUpWithWorkspace(page);
  await page.goto(`/w/${slug}/scorecards`);
  await expect(page.getByText('No scorecards yet')).toBeVisible();

  // Create: the name is required, then the scorecard opens with its four perspectives.
  await page.getByRole('button', { name: 'New scorecard' }).first().click();
  const create = page.getByRole('dialog', { name: 'New scorecard' });
  await create.getByRole('button', { name: 'Create scorecard' }).click();
  await expect(create.getByText('Give the scorecard a name.')).toBeVisible();
  await create.getByLabel('Name').fill('Company 2026');
  await create.getByRole('button', { name: 'Create scorecard' }).click();
  await page.waitForURL(new RegExp(`/w/${slug}/scorecards/[0-9a-f-]{36}$`));
  const cardUrl = page.url();
  await expect(page.getByRole('heading', { level: 1, name: 'Company 2026' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Financial', 'Customer', 'Internal Process', 'Learning & Growth']);

  // Settings: amber above green is refused with the text kept; then rename a perspective.
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Scorecard settings' });
  await settings.getByLabel('At risk from (%)').fill('95');
  await settings.getByLabel('Perspective 2 label').fill('Clients');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByText('Amber must not be above green.')).toBeVisible();
  await expect(settings.getByLabel('Perspective 2 label')).toHaveValue('Clients');
  await settings.getByLabel('At risk from (%)').fill('60');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Clients' })).toBeVisible();
  await expect(page.getByText('at risk from 60 %')).toBeVisible();

  // A stale save shows their version and keeps the user's text; saving again replaces theirs.
  await page.getByRole('button', { name: 'Settings' }).click();
  await settings.getByLabel('Name').fill('Company 2026 (mine)');
  const other = await page.context().newPage();
  await other.goto(cardUrl);
  await other.getByRole('button', { name: 'Settings' }).click();
  await other.getByRole('dialog', { name: 'Scorecard settings' }).getByLabel('Name').fill('Company 2026 (theirs)');
  await other.getByRole('dialog', { name: 'Scorecard settings' }).getByRole('button', { name: 'Save settings' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Company 2026 (theirs)' })).toBeVisible();
  await other.close();
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByText('Someone else saved these settings while you were editing')).toBeVisible();
  await expect(settings.getByTestId('theirs-name')).toHaveText('Company 2026 (theirs)');
  await expect(settings.getByLabel('Name')).toHaveValue('Company 2026 (mine)');
  await settings.getByLabel('Name').fill('Company 2026');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Company 2026' })).toBeVisible();

  // Objectives in two perspectives, linked cause → effect.
  await addObjective(page, 'Financial', 'Grow recurring revenue');
  await addObjective(page, 'Clients', 'Delight customers');
  await page.getByRole('button', { name: 'Add a link from Delight customers' }).click();
  const link = page.getByRole('dialog', { name: 'What does “Delight customers” drive?' });
  await link.getByLabel('Drives').selectOption({ label: 'Grow recurring revenue' });
  await link.getByRole('button', { name: 'Add link' }).click();
  await expect(link).toBeHidden();
  await expect(page.getByRole('button', { name: 'Remove link from Delight customers to Grow recurring revenue' })).toBeVisible();
  await expect(page.getByText('Driven by: Delight customers')).toBeVisible();

  // A measure from the KPI library, added on the scorecard page: prefilled, then listed under its objective.
  await page.getByRole('button', { name: 'Add measure to Delight customers' }).click();
  const lib = page.getByRole('dialog', { name: 'Add a measure' });
  await lib.getByLabel('From the KPI library').fill('churn');
  await lib.getByRole('button', { name: /Churn rate/ }).click();
  const measure = page.getByRole('dialog', { name: 'Add “Churn rate”' });
  await expect(measure.getByLabel('Direction')).toHaveValue('lower');
  await expect(measure.getByLabel('Unit', { exact: true })).toHaveValue('%');
  await measure.getByLabel('Baseline').fill('5');
  await measure.getByLabel('Target', { exact: true }).fill('3');
  await measure.getByRole('button', { name: 'Add measure' }).click();
  await expect(measure).toBeHidden();
  const measures = page.getByRole('region', { name: 'Measures of Delight customers' });
  await expect(measures.getByRole('link', { name: 'Churn rate' })).toBeVisible();
  await expect(measures.getByText('No data')).toBeVisible();

  // An initiative due in the past is flagged overdue; its status reads in words.
  await page.getByRole('button', { name: 'Add initiative to Grow recurring revenue' }).click();
  const ini = page.getByRole('dialog', { name: 'Add an initiative to “Grow recurring revenue”' });
  await ini.getByLabel('Initiative').fill('Launch annual plans');
  await ini.getByLabel('Status').selectOption({ label: 'At risk' });
  await ini.getByLabel('Start').fill('2024-01-01');
  await ini.getByLabel('Due').fill('2024-03-31');
  await ini.getByLabel('Progress (%)').fill('40');
  await ini.getByRole('button', { name: 'Add initiative' }).click();
  await expect(ini).toBeHidden();
  const initiatives = page.getByRole('region', { name: 'Initiatives of Grow recurring revenue' });
  await expect(initiatives.getByText('Launch annual plans')).toBeVisible();
  await expect(initiatives.getByText('Overdue')).toBeVisible();
  await expect(initiatives.getByText('At risk')).toBeVisible();
  await expect(initiatives.getByText('40 % done')).toBeVisible();
  await expect(page.getByText('No data').first()).toBeVisible(); // objectives without measures are grey, in words
  await scan(page);

  // The strategy map shows both objectives and the link, in text too.
  await page.getByRole('link', { name: 'Strategy map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy map' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Strategy map of Company 2026: 2 objectives in 4 perspectives, 1 cause-and-effect link/ })).toBeVisible();
  await expect(page.getByText('Delight customers drives Grow recurring revenue')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Objectives and status' }).getByText('Grow recurring revenue')).toBeVisible();
  await scan(page);

  // On a phone the page does not scroll sideways (the map scrolls inside its own box).
  await page.setViewportSize({ width: 390, height: 844 });
  for (const url of [page.url(), cardUrl]) {
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // A viewer reads everything but sees no edit controls.
  const { page: viewer } = await addMember(page, browser, slug, 'Vera Viewer', 'Viewer');
  await viewer.goto(cardUrl);
  await expect(viewer.getByRole('heading', { level: 3, name: 'Grow recurring revenue' })).toBeVisible();
  await expect(viewer.getByText('Launch annual plans')).toBeVisible();
  await expect(viewer.getByRole('link', { name: 'Churn rate' })).toBeVisible();
  await expect(viewer.getByText('Overdue')).toBeVisible();
  await expect(viewer.getByRole('button', { name: /Settings|Delete|Add objective|Add measure|Import CSV|Import benchmarks|Add initiative|Add a link|Actions for|Edit initiative|Remove link/ })).toHaveCount(0);
  await viewer.goto(`/w/${slug}/scorecards`);
  await expect(viewer.getByRole('link', { name: 'Company 2026' })).toBeVisible();
  await expect(viewer.getByRole('button', { name: /New scorecard|Delete/ })).toHaveCount(0);

  // Delete the scorecard from the list, after confirming.
  await page.goto(`/w/${slug}/scorecards`);
  await page.getByRole('button', { name: 'Delete Company 2026' }).click();
  await page.getByRole('dialog', { name: 'Delete “Company 2026”?' }).getByRole('button', { name: 'Delete scorecard' }).click();
  await expect(page.getByText('No scorecards yet')).toBeVisible();
});
