import { expect, test, type Locator, type Page } from '@playwright/test';

// A jump to a section puts its heading at the top of the view, just below the sticky bars
// (where Starlight's scroll-padding-top puts it), although the lesson's blocks render
// lazily with size estimates (content-visibility, src/styles/course.css). The fix is
// src/components/toc/align-target.ts.

/** Deep sections of long lessons, h2 and h3 (each landed 30–380 px off before the fix at 1280 px). */
const DEEP_ANCHORS = [
  '/lessons/03-weights-bias-activations/#maxout',
  '/lessons/03-weights-bias-activations/#initialization-where-training-starts',
  '/lessons/05-loss-and-cost/#cross-entropy',
  '/lessons/05-loss-and-cost/#what-goes-wrong-with-mse-and-sigmoid',
  '/lessons/07-backpropagation/#the-output-layer',
  '/lessons/07-backpropagation/#forward-pass',
  '/lessons/07-backpropagation/#one-update-step',
];
/** Layout rounding and the odd sub-pixel line height. */
const TOLERANCE_PX = 3;

/** Waits for the page to settle: fonts loaded, two frames drawn. */
async function settle(page: Page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/** Where the heading is and where it should be: the page's scroll-padding-top, unless the page cannot scroll that far. */
function placement(heading: Locator) {
  return heading.evaluate((h) => {
    const root = document.documentElement;
    const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    return {
      top: h.getBoundingClientRect().top,
      want: parseFloat(getComputedStyle(root).scrollPaddingTop),
      header,
      atBottom: Math.ceil(scrollY + root.clientHeight) >= root.scrollHeight,
    };
  });
}

/** The heading sits at its intended place below the bars, and stays there. */
async function expectAtTop(page: Page, heading: Locator) {
  await settle(page);
  await expect(async () => {
    const p = await placement(heading);
    expect(p.want).toBeGreaterThan(p.header); // the intended place is below the sticky header
    if (p.atBottom) expect(p.top).toBeGreaterThanOrEqual(p.want - TOLERANCE_PX);
    else
      expect(
        Math.abs(p.top - p.want),
        `heading at ${p.top} px, wanted ${p.want} px`,
      ).toBeLessThanOrEqual(TOLERANCE_PX);
  }).toPass({ timeout: 10_000 });
  // Still there once more frames have rendered the blocks around it.
  await settle(page);
  const p = await placement(heading);
  expect(Math.abs(p.top - p.want)).toBeLessThanOrEqual(TOLERANCE_PX);
}

const headingOf = (page: Page, url: string) => page.locator(`[id="${url.split('#')[1]}"]`);

for (const [device, use] of [
  ['desktop', { viewport: { width: 1280, height: 800 } }],
  ['phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
] as const) {
  test.describe(device, () => {
    test.use(use);

    for (const url of DEEP_ANCHORS) {
      test(`opening ${url} puts the heading at the top`, async ({ page }) => {
        await page.goto(url);
        await expectAtTop(page, headingOf(page, url));
      });
    }

    test('a table-of-contents link, and back and forward, put the heading at the top', async ({
      page,
    }) => {
      await page.goto('/lessons/07-backpropagation/#forward-pass');
      const forward = page.getByRole('heading', { name: 'Forward pass', exact: true, level: 3 });
      await expectAtTop(page, forward);

      if (device === 'phone') await page.locator('#starlight__on-this-page--mobile').click();
      const toc = page.getByRole('navigation', { name: /On this page/ }).filter({ visible: true });
      await toc.getByRole('link', { name: 'The update', exact: true }).click();
      await expect(page).toHaveURL(/#the-update$/);
      const update = page.getByRole('heading', { name: 'The update', exact: true });
      await expectAtTop(page, update);

      await page.goBack();
      await expect(page).toHaveURL(/#forward-pass$/);
      await expectAtTop(page, forward);

      await page.goForward();
      await expect(page).toHaveURL(/#the-update$/);
      await expectAtTop(page, update);
    });

    test('a link from the lecture map lands at the section of the lesson', async ({ page }) => {
      await page.goto('/reference/lecture-map/');
      await page.getByRole('link', { name: '5 · Why cross-entropy pairs with softmax' }).click();
      await expect(page).toHaveURL(
        /\/lessons\/05-loss-and-cost\/#why-cross-entropy-pairs-with-softmax$/,
      );
      await expectAtTop(
        page,
        page.getByRole('heading', { name: 'Why cross-entropy pairs with softmax', exact: true }),
      );
    });
  });
}
