import { expect, test } from '@playwright/test';

// Every lesson with widgets that draw SVG from the start (lesson 7 draws its loss plot only after an update): each widget's SVG text must render at 12 px or more on a 390 px phone.
const LESSONS = [
  '/lessons/02-perceptron/',
  '/lessons/03-weights-bias-activations/',
  '/lessons/04-layers-feed-forward/',
  '/lessons/06-gradient-descent/',
  '/lessons/08-dropout-and-batch-norm/',
  '/lessons/09-putting-it-together/',
];

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

for (const lesson of LESSONS) {
  test(`widget plot text is at least 12 px at 390 px: ${lesson}`, async ({ page }) => {
    await page.goto(lesson);
    const widgets = page.locator('.nn-widget');
    const n = await widgets.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) await widgets.nth(i).scrollIntoViewIfNeeded(); // hydrate each island
    await expect(async () => {
      const sizes = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.nn-widget svg[viewBox]')).flatMap((svg) => {
          const vb = (svg as SVGSVGElement).viewBox.baseVal;
          const scale = svg.getBoundingClientRect().width / vb.width;
          return Array.from(svg.querySelectorAll('text'))
            .filter((t) => (t.textContent ?? '').trim() !== '')
            .map((t) => ({
              text: t.textContent,
              px: parseFloat(getComputedStyle(t).fontSize) * scale,
            }));
        }),
      );
      expect(sizes.length).toBeGreaterThan(0);
      const small = sizes.filter((s) => s.px < 11.95);
      expect(small, JSON.stringify(small.slice(0, 5))).toEqual([]);
    }).toPass({ timeout: 20_000 });
  });
}

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });
  test('labels in one row share a line, even while a field shows an error; legends sit inside their box', async ({
    page,
  }) => {
    await page.goto('/lessons/06-gradient-descent/');
    const lab = page.getByRole('region', { name: 'Gradient descent lab' });
    await lab.scrollIntoViewIfNeeded();
    const group = lab.getByRole('group', { name: 'Learning rate and stopping' });
    await expect(async () => {
      await lab.getByLabel('patience (iterations)').fill('abc'); // hydrated once the error shows
      await expect(group.getByText('is not a number')).toBeVisible({ timeout: 1000 });
    }).toPass();
    // Fields whose boxes overlap vertically share a row; their labels must start on one line.
    const fields = await group.locator('.nn-field, .nn-slider').evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        const label = el.querySelector('label')!.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom, label: label.top };
      }),
    );
    expect(fields.length).toBeGreaterThanOrEqual(3);
    let pairs = 0;
    for (const a of fields)
      for (const b of fields) {
        if (a === b || a.bottom <= b.top || b.bottom <= a.top) continue;
        pairs++;
        expect(Math.abs(a.label - b.label)).toBeLessThanOrEqual(2);
      }
    expect(pairs).toBeGreaterThan(0);
    const [legend, box] = await Promise.all([
      group.locator('legend').boundingBox(),
      group.boundingBox(),
    ]);
    expect(legend!.y).toBeGreaterThanOrEqual(box!.y); // inside the box, not across its border
  });
});
