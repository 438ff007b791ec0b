import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fixtures, signIn } from './support';

test('the executive overview: scorecards with perspective scores in words, what needs attention, readable on a phone', async ({ page }) => {
  const f = fixtures();
  const card = f.kpiScorecard;
  await signIn(page, f.owner.email, f.owner.password, `/w/${f.workspace}`);
  const perspectives = page.getByRole('list', { name: `Perspectives of ${card.name}` });
  await expect(perspectives.getByRole('listitem')).toHaveCount(4);
  await expect(perspectives.getByRole('listitem').filter({ hasText: 'Internal Process' })).toContainText('Off track');
  await expect(perspectives.getByRole('listitem').filter({ hasText: 'Learning & Growth' })).toContainText('No data');
  for (const title of ['Status changes', 'Largest gaps to benchmarks', 'Negative moments of truth', 'Initiatives needing attention'])
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 844 });
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Scorecards' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  }
  await page.getByRole('link', { name: card.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: card.name })).toBeVisible();
});
