import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './pages.ts';

// WCAG 2.1 A and AA, on every built page, in both colour schemes.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${theme})`, () => {
    test.use({ colorScheme: theme });
    for (const path of builtPages()) {
      test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
        // A long lesson holds ten thousand elements; axe needs its time on 2 cores.
        test.setTimeout(120_000);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        // Scroll through so every island hydrates: their hydrated DOM is what people use.
        for (let y = 0; y < 12; y++) await page.mouse.wheel(0, 1500);
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
        );
        expect(summary, `axe found violations on ${path}`).toEqual([]);
      });
    }
  });
}

// On a phone the wide formulas and tables scroll; axe checks they can be reached by keyboard.
test.describe('accessibility on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const phonePages = builtPages().filter((p) =>
    /^\/(lessons\/0[34578]-|progress\/$)/.test(p),
  );
  for (const path of phonePages) {
    test(`${path} at 390 px has no WCAG 2.1 AA violations`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(path);
      for (let y = 0; y < 12; y++) await page.mouse.wheel(0, 1500);
      await page.waitForLoadState('networkidle');
      // Every block laid out, so axe sees each one that scrolls.
      await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      const summary = results.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
      );
      expect(summary, `axe found violations on ${path} at 390 px`).toEqual([]);
    });
  }
});
