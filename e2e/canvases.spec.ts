import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addMember, signUpWithWorkspace } from './support';

async function scan(page: Page) {
  // Toasts fade in and out: scan the page, not a half-transparent toast.
  await expect(page.locator('[data-sonner-toast]')).toHaveCount(0, { timeout: 10_000 });
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${page.url()} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const block = (page: Page, label: string) => page.getByRole('region', { name: label, exact: true });
const notes = (page: Page, label: string) => page.getByRole('list', { name: `Notes in ${label}` }).getByRole('listitem');

async function createCanvas(page: Page, slug: string, name: string) {
  await page.goto(`/w/${slug}/canvases`);
  await page.getByRole('button', { name: 'New canvas' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New canvas' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Create canvas' }).click();
  await page.waitForURL(/\/canvases\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function addNote(page: Page, label: string, text: string) {
  const b = block(page, label);
  const open = b.getByRole('button', { name: `Add note to ${label}` });
  if (await open.isVisible()) await open.click();
  await b.getByLabel('Note text').fill(text);
  await b.getByRole('button', { name: `Add to ${label}` }).click();
  await expect(notes(page, label).filter({ hasText: text })).toBeVisible();
  await expect(b.getByLabel('Note text')).toHaveValue('');
}

test('fill a canvas, edit and delete a note, move one to another block by keyboard', async ({ page }) => {
  test.setTimeout(120_000);
  const { slug } = await signUpWithWorkspace(page);
  await page.goto(`/w/${slug}/canvases`);
  await expect(page.getByText('No canvases yet')).toBeVisible();
  await createCanvas(page, slug, 'Today');

  await addNote(page, 'Channels', 'Web shop');
  await addNote(page, 'Channels', 'Flagship store');
  await addNote(page, 'Customer Segments', 'Students on a budget');
  await addNote(page, 'Value Propositions', 'Next-day delivery');
  // Too long: a clear message, nothing stored, the text kept.
  const seg = block(page, 'Customer Segments');
  await seg.getByLabel('Note text').fill('x'.repeat(280));
  await seg.getByLabel('Note text').evaluate((el: HTMLTextAreaElement) => el.removeAttribute('maxlength'));
  await seg.getByLabel('Note text').fill('y'.repeat(281));
  await seg.getByRole('button', { name: 'Add to Customer Segments' }).click();
  await expect(seg.getByText('Keep a note to 280 characters.')).toBeVisible();
  await expect(notes(page, 'Customer Segments')).toHaveCount(1);
  await seg.getByRole('button', { name: 'Close' }).click();

  // Edit inline with a colour.
  await page.getByRole('button', { name: 'Actions for note Flagship store' }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const editing = notes(page, 'Channels').filter({ has: page.getByRole('button', { name: 'Save note' }) });
  await editing.getByLabel('Note text').fill('Flagship store, Berlin');
  await editing.getByLabel('Colour').selectOption('blue');
  await editing.getByRole('button', { name: 'Save note' }).click();
  await expect(notes(page, 'Channels').filter({ hasText: 'Flagship store, Berlin' })).toBeVisible();

  // Move by keyboard: the note's menu, then "Move to" Key Partners.
  await page.getByRole('button', { name: 'Actions for note Web shop' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Key Partners' }).focus();
  await page.keyboard.press('Enter');
  await expect(notes(page, 'Key Partners').filter({ hasText: 'Web shop' })).toBeVisible();
  await expect(notes(page, 'Channels')).toHaveCount(1);
  // The move shows at once; wait for the server's answer before reloading.
  await expect(page.locator('li[aria-busy]')).toHaveCount(0);
  await page.reload();
  await expect(notes(page, 'Key Partners').filter({ hasText: 'Web shop' })).toBeVisible();

  // Drag handle by keyboard: Space picks up, arrow keys move, Space drops (within Channels: add one, reorder).
  await addNote(page, 'Channels', 'Newsletter');
  await expect(notes(page, 'Channels')).toHaveText([/Flagship store, Berlin/, /Newsletter/]);
  await page.getByRole('button', { name: 'Drag note Newsletter' }).focus();
  // Each key waits for the announcement of the one before (a loaded machine may not have started the drag yet).
  const live = page.locator('[id^="DndLiveRegion"]');
  await page.keyboard.press('Space');
  await expect(live).toContainText('The note is over note 2 of 2 in Channels.');
  await page.keyboard.press('ArrowUp');
  await expect(live).toContainText('The note is over note 1 of 2 in Channels.');
  await page.keyboard.press('Space');
  await expect(live).toContainText('The note was dropped at note 1 of 2 in Channels.');
  await expect(notes(page, 'Channels')).toHaveText([/Newsletter/, /Flagship store, Berlin/]);
  await expect(page.locator('li[aria-busy]')).toHaveCount(0);
  await page.reload();
  await expect(notes(page, 'Channels')).toHaveText([/Newsletter/, /Flagship store, Berlin/]);

  // Delete with confirmation.
  await page.getByRole('button', { name: 'Actions for note Next-day delivery' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete this note?' }).getByRole('button', { name: 'Delete note' }).click();
  await expect(notes(page, 'Value Propositions')).toHaveCount(0);
  await expect(page.getByText('Note deleted.')).toBeVisible();

  await scan(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.goto(`/w/${slug}/canvases`);
  await expect(page.getByRole('link', { name: 'Today' })).toBeVisible();
  await scan(page);
});

test('duplicate a canvas as a scenario, change and compare it, export JSON, delete the original', async ({ page }) => {
  test.setTimeout(120_000);
  const { slug } = await signUpWithWorkspace(page);
  await createCanvas(page, slug, 'Now');
  await addNote(page, 'Revenue Streams', 'Subscriptions');
  await page.getByRole('button', { name: 'Actions for Now' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate as scenario' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Copy of Now' })).toBeVisible();
  await expect(notes(page, 'Revenue Streams').filter({ hasText: 'Subscriptions' })).toBeVisible();

  await page.getByRole('button', { name: 'Actions for Copy of Now' }).click();
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename canvas' });
  await dialog.getByLabel('Name').fill('Next year');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Next year' })).toBeVisible();

  // Change the scenario, then compare it with the original block by block.
  await addNote(page, 'Revenue Streams', 'Licences');
  await page.getByRole('button', { name: 'Actions for note Subscriptions' }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  await notes(page, 'Revenue Streams').first().getByLabel('Note text').fill('Subscriptions, yearly');
  await notes(page, 'Revenue Streams').first().getByRole('button', { name: 'Save note' }).click();
  await expect(notes(page, 'Revenue Streams').filter({ hasText: 'Subscriptions, yearly' })).toBeVisible();
  // The note shows its new text as soon as it is typed; the export is read until the save has reached the server.
  const exported = async () => (await page.request.get(`${page.url()}/export.json`)).json();
  const revenueNotes = (json: { blocks: { block: string; notes: { text: string }[] }[] }) => json.blocks.find((b) => b.block === 'revenue_streams')!.notes.map((n) => n.text);
  await expect.poll(async () => revenueNotes(await exported())).toEqual(['Subscriptions, yearly', 'Licences']);
  const json = await exported();
  expect(json.canvas.name).toBe('Next year');

  await page.getByRole('link', { name: 'Compare with another canvas' }).click();
  await page.getByLabel('Compare with').selectOption({ label: 'Now' });
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Next year → Now' })).toBeVisible();
  const revenue = page.getByRole('region', { name: 'Revenue Streams' });
  await expect(revenue).toContainText('Removed Licences');
  await expect(revenue).toContainText('Changed Subscriptions, yearly → Subscriptions');
  await expect(page.getByRole('region', { name: 'Channels' })).toContainText('No differences');
  await scan(page);

  await page.goto(`/w/${slug}/canvases`);
  await page.getByRole('button', { name: 'Actions for Now' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete “Now”?' }).getByRole('button', { name: 'Delete canvas' }).click();
  await expect(page.getByRole('link', { name: 'Now', exact: true })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Next year' })).toBeVisible();
});

test('a stale note save shows the other person’s note and keeps the user’s text', async ({ page, context }) => {
  const { slug } = await signUpWithWorkspace(page);
  await createCanvas(page, slug, 'Today');
  await addNote(page, 'Key Activities', 'Roasting');

  await page.getByRole('button', { name: 'Actions for note Roasting' }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const mine = notes(page, 'Key Activities').first();
  await mine.getByLabel('Note text').fill('Roasting, my words');

  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByRole('button', { name: 'Actions for note Roasting' }).click();
  await other.getByRole('menuitem', { name: 'Edit' }).click();
  await notes(other, 'Key Activities').first().getByLabel('Note text').fill('Roasting and blending');
  await notes(other, 'Key Activities').first().getByRole('button', { name: 'Save note' }).click();
  // The editor closes once the save has answered (the typed text shows before that).
  await expect(notes(other, 'Key Activities').first().getByRole('button', { name: 'Save note' })).toBeHidden();
  await expect(notes(other, 'Key Activities').filter({ hasText: 'Roasting and blending' })).toBeVisible();

  await mine.getByRole('button', { name: 'Save note' }).click();
  const conflict = mine.getByRole('alert');
  await expect(conflict).toContainText('Someone else saved this note');
  await expect(conflict).toContainText('Roasting and blending');
  await expect(mine.getByLabel('Note text')).toHaveValue('Roasting, my words');
  await mine.getByRole('button', { name: 'Save note' }).click();
  await expect(notes(page, 'Key Activities').filter({ hasText: 'Roasting, my words' })).toBeVisible();
});

test('link a Channels note to a touchpoint and see the link from both sides', async ({ page, browser }) => {
  const { slug } = await signUpWithWorkspace(page);
  await page.goto(`/w/${slug}/journeys`);
  await page.getByRole('button', { name: 'New journey' }).first().click();
  const nj = page.getByRole('dialog', { name: 'New journey' });
  await nj.getByLabel('Name').fill('Buying');
  await nj.getByRole('radio', { name: /Awareness → Consideration → Decision → Retention/ }).check();
  await nj.getByRole('button', { name: 'Create journey' }).click();
  await page.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);
  const journeyUrl = page.url();
  await page.getByRole('button', { name: 'Add touchpoint to Decision' }).click();
  const tp = page.getByRole('dialog', { name: 'Add a touchpoint to Decision' });
  await tp.getByLabel('Name').fill('Checkout');
  await tp.getByRole('button', { name: 'Add pain point' }).click();
  await tp.getByRole('textbox', { name: 'Pain point 1' }).fill('Slow delivery');
  await tp.getByRole('button', { name: 'Add touchpoint' }).click();
  await expect(tp).toBeHidden();

  await createCanvas(page, slug, 'Today');
  const link = async (text: string, kind: string, field: string, target: string) => {
    await page.getByRole('button', { name: `Actions for note ${text}` }).click();
    await page.getByRole('menuitem', { name: `Link to a ${kind}…` }).click();
    const dialog = page.getByRole('dialog', { name: `Link to a ${kind}` });
    await dialog.getByLabel(field).selectOption({ label: target });
    await dialog.getByRole('button', { name: 'Link' }).click();
    await expect(dialog).toBeHidden();
  };
  await addNote(page, 'Channels', 'Web shop');
  await link('Web shop', 'touchpoint', 'Touchpoint', 'Buying › Decision › Checkout');
  await expect(notes(page, 'Channels').first().getByRole('list', { name: 'Linked to' })).toContainText('Touchpoint: Checkout (Buying)');
  await addNote(page, 'Value Propositions', 'Next-day delivery');
  await link('Next-day delivery', 'pain point', 'Pain point', 'Slow delivery (Buying › Decision › Checkout)');
  await expect(notes(page, 'Value Propositions').first().getByRole('list', { name: 'Linked to' })).toContainText('Pain point: Slow delivery (Buying)');

  await page.goto(journeyUrl);
  const lane = page.getByRole('list', { name: 'Canvas notes pointing here' });
  await expect(lane).toContainText('“Web shop”');
  await expect(lane).toContainText('(Channels, Today) → touchpoint Checkout');
  await expect(lane).toContainText('“Next-day delivery” (Value Propositions, Today) → pain point “Slow delivery” of Checkout');

  // The touchpoint dialog lists the notes pointing at the touchpoint and at its pain points, and each pain point names its notes.
  await page.getByRole('button', { name: 'Checkout', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Edit touchpoint “Checkout”' });
  const pointing = edit.getByRole('region', { name: 'Canvas notes pointing here' }).getByRole('listitem');
  await expect(pointing).toHaveText(['“Web shop” (Channels, Today) → this touchpoint', '“Next-day delivery” (Value Propositions, Today) → pain point “Slow delivery”']);
  await expect(edit.getByRole('textbox', { name: 'Pain point 1' })).toHaveAccessibleDescription('Relieved by “Next-day delivery” (Today)');
  await scan(page);
  await pointing.getByRole('link', { name: '“Web shop”' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove link to Checkout' }).click();
  await expect(notes(page, 'Channels').first().getByRole('list', { name: 'Linked to' })).toHaveCount(0);
  await expect(notes(page, 'Value Propositions').first().getByRole('list', { name: 'Linked to' })).toHaveCount(1);

  // A viewer sees the note's links read-only.
  const canvasUrl = page.url();
  const { page: viewer } = await addMember(page, browser, slug, 'Vera Viewer', 'Viewer');
  await viewer.goto(canvasUrl);
  await expect(notes(viewer, 'Value Propositions').first().getByRole('list', { name: 'Linked to' })).toContainText('Pain point: Slow delivery (Buying)');
  await expect(viewer.getByRole('button', { name: 'Remove link to Slow delivery' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: /^Actions for note/ })).toHaveCount(0);
});
