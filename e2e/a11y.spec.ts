import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signUpWithWorkspace } from './support';

async function scan(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${page.url()} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test('public pages have no serious accessibility violations', async ({ page }) => {
  for (const url of ['/', '/sign-in', '/sign-up']) {
    await page.goto(url);
    await scan(page);
  }
});

test('workspace pages have no serious accessibility violations, on desktop and phone', async ({ page }) => {
  // Nine pages at two widths: more than the default minute on a loaded two-core machine.
  test.setTimeout(180_000);
  const { slug } = await signUpWithWorkspace(page);
  const urls = ['/w', `/w/${slug}`, `/w/${slug}/scorecards`, `/w/${slug}/kpis`, `/w/${slug}/settings/general`, `/w/${slug}/settings/members`, `/w/${slug}/settings/tokens`, `/w/${slug}/activity`, '/account'];
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    for (const url of urls) {
      const res = await page.goto(url);
      if (res?.status() === 404) continue; // a page another branch adds
      await scan(page);
      // No horizontal scroll on a phone.
      if (viewport.width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
  }
});
