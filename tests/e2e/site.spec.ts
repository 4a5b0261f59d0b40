import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, dist, lessonPages } from './pages.ts';

test('the landing page says what the course is and lists every lesson with its minutes', async ({
  page,
}) => {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Neural Networks, Interactively' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Who this is for' })).toBeVisible();
  const list = page.getByRole('region', { name: 'The lessons' });
  const items = list.getByRole('listitem');
  await expect(items).toHaveCount(lessonPages().length);
  for (const item of await items.all()) {
    await expect(item).toContainText(/\d+ min/);
  }
  await page.getByRole('link', { name: 'For teachers' }).first().click();
  await expect(page).toHaveURL(/\/teachers\/$/);
});

test('the sidebar lists the lessons in lecture order', async ({ page }) => {
  await page.goto(lessonPages()[0]);
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  const hrefs = await sidebar
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((a) => a.getAttribute('href')).filter((h) => h?.startsWith('/lessons/')),
    );
  expect(hrefs).toEqual(lessonPages());
});

test('a lesson shows where it sits, its time and objectives, and links to its neighbours', async ({
  page,
}) => {
  const lessons = lessonPages();
  expect(lessons.length).toBeGreaterThan(2);
  await page.goto(lessons[1]);
  await expect(page.getByText(`Lesson 2 of ${lessons.length}`)).toBeVisible();
  await expect(page.getByText(/about \d+ minutes/)).toBeVisible();
  const objectives = page.getByRole('region', { name: 'By the end you can' });
  expect(await objectives.getByRole('listitem').count()).toBeGreaterThan(0);
  await expect(page.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', lessons[0]);
  await expect(page.getByRole('link', { name: /Next/ })).toHaveAttribute('href', lessons[2]);
});

test("math is MathML rendered at build time, drawn by the browser in the course's math font, and no KaTeX script ships", async ({
  page,
}) => {
  await page.goto('/lessons/05-loss-and-cost/');
  const formula = page.locator('math').first();
  await expect(formula).toBeVisible();
  // One copy of each formula: no KaTeX HTML beside the MathML.
  expect(await page.locator('.katex-html').count()).toBe(0);
  // The self-hosted math font is used (the fallback may have no MATH table).
  await expect
    .poll(() =>
      page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].some(
          (f) => f.family.includes('STIX Two Math') && f.status === 'loaded',
        );
      }),
    )
    .toBe(true);
  // An inline formula is not broken across lines (Firefox would break inside it; math.css).
  expect(await formula.evaluate((m) => getComputedStyle(m).whiteSpace)).toBe('nowrap');
  // \mathcal{L} shows as the script letter, not a plain L (MathML Core ignores mathvariant).
  await expect(page.locator('mi', { hasText: 'ℒ' }).first()).toBeAttached();
  // A fraction is laid out as one: its numerator sits above its denominator, closer
  // than a line of text (a page margin of 1rem inside the formula would push them apart).
  const frac = page.locator('.katex-display mfrac').first();
  await frac.scrollIntoViewIfNeeded();
  const [top, bottom, size] = await frac.evaluate((f) => {
    const [num, den] = [...f.children].map((c) => c.getBoundingClientRect());
    return [num.bottom, den.top, parseFloat(getComputedStyle(f).fontSize)];
  });
  expect(top).toBeLessThanOrEqual(bottom + 1);
  expect(bottom - top).toBeLessThan(size);
  const scripts = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.js'));
  for (const file of scripts) {
    const text = readFileSync(join(dist, '_astro', file), 'utf8');
    expect(
      text.includes('renderToString') && text.includes('KaTeX'),
      `${file} contains KaTeX`,
    ).toBe(false);
  }
});

test('a line holding a formula with a superscript is no taller than its neighbors', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/lessons/08-dropout-and-batch-norm/');
  const item = page.locator('li').filter({ hasText: 'prevents division by zero' }).last();
  await item.scrollIntoViewIfNeeded();
  // The tops of the item's lines of plain text: equal steps, whatever formulas a line holds.
  const steps = await item.evaluate((li) => {
    const tops = new Set<number>();
    for (const node of li.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) tops.add(Math.round(r.top));
    }
    const sorted = [...tops].sort((a, b) => a - b);
    return sorted.slice(1).map((t, i) => t - sorted[i]);
  });
  expect(steps.length, `line steps ${steps}`).toBeGreaterThan(1);
  expect(Math.max(...steps) - Math.min(...steps), `line steps ${steps}`).toBeLessThan(4);
});

test('every page loads only from the site itself, and its own policy blocks nothing it needs', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const outside: string[] = [];
  const violations: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:')) outside.push(url);
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text()))
      violations.push(`${page.url()}: ${m.text()}`);
  });
  for (const path of builtPages()) {
    await page.goto(path);
    // Scroll through, so every island hydrates and every font loads.
    for (let y = 0; y < 12; y++) await page.mouse.wheel(0, 1200);
    await page.waitForLoadState('networkidle');
  }
  expect(outside).toEqual([]);
  expect(violations).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const wide = [3, 4, 5, 7, 8].map((n) => lessonPages()[n - 1]).concat('/progress/');
  for (const path of wide) {
    test(`${path}: every block wider than the screen is a focusable, named region with a scroll cue`, async ({
      page,
    }) => {
      await page.goto(path);
      for (let y = 0; y < 12; y++) await page.mouse.wheel(0, 1500);
      // Lay out every block, on screen or not (course.css skips off-screen ones), so each can be measured.
      await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      await expect(page.locator('main')).toBeVisible();
      const clipped = await page.locator('main *').evaluateAll((els) =>
        els
          .filter((el) => {
            const s = getComputedStyle(el);
            return /auto|scroll/.test(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
          })
          // Widgets (src/widgets) lay themselves out; this test is about the page's own blocks.
          .filter((el) => !el.closest('.nn-widget, .poll'))
          .map((el) => ({
            what: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`,
            focusable: (el as HTMLElement).tabIndex >= 0,
            name: el.getAttribute('aria-label') ?? '',
            // At the start the right edge fades (the scroll-driven cue in course.css is running).
            cue:
              el.scrollLeft === 0 &&
              getComputedStyle(el).maskImage !== 'none' &&
              getComputedStyle(el).getPropertyValue('--nn-fade-end') !== '0px',
          })),
      );
      expect(clipped.length, `${path} has wide blocks to check`).toBeGreaterThan(0);
      for (const c of clipped) {
        expect(c, c.what).toMatchObject({ focusable: true, cue: true });
        expect(c.name, c.what).not.toBe('');
      }
      // A keyboard scrolls the first one sideways.
      const first = page.locator('main :is(.math-scroll, .table-scroll, .nn-table-wrap)').filter({
        has: page.locator('*'),
      });
      const box = (await first.evaluateAll((els) =>
        els.findIndex((el) => el.scrollWidth > el.clientWidth + 1),
      )) as number;
      const target = first.nth(box);
      await target.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => target.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    });
  }

  test('each heading links to itself, named after it, its "#" shown on a touch screen', async ({
    page,
  }) => {
    await page.goto(lessonPages()[6]);
    const link = page.getByRole('link', { name: 'Section titled “Backward pass”' });
    await expect(link).toHaveAttribute('href', '#backward-pass');
    await link.scrollIntoViewIfNeeded();
    await expect(link).toBeVisible();
    // With no hover, the "#" always shows (heading-links.css); it sits on the heading's last line.
    expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    expect(await link.evaluate((a) => getComputedStyle(a, '::before').content)).toContain('#');
    const heading = page.getByRole('heading', { name: 'Backward pass', exact: true });
    const [h, a] = [await heading.boundingBox(), await link.boundingBox()];
    expect(a!.y + a!.height).toBeGreaterThan(h!.y);
    expect(a!.y).toBeLessThan(h!.y + h!.height);
    await link.tap();
    await expect(page).toHaveURL(/#backward-pass$/);
  });

  test('no page scrolls sideways', async ({ page }) => {
    for (const path of builtPages()) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `${path} is ${overflow}px wider than the screen`).toBeLessThanOrEqual(0);
    }
  });
});

test('the site search finds lessons by what they teach', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('textbox', { name: 'Search' }).fill('backpropagation chain rule');
  await expect(dialog.getByRole('link', { name: /Backpropagation/ }).first()).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Search' }).fill('batch normalization');
  await expect(
    dialog.getByRole('link', { name: /Dropout and batch normalization|batch norm/i }).first(),
  ).toBeVisible();
});

test('search excerpts read as text: no TeX source beside the maths, no placeholder pages', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const box = dialog.getByRole('textbox', { name: 'Search' });
  await box.fill('sigmoid derivative');
  const results = dialog.getByRole('listitem');
  await expect(results.first()).toContainText(/sigmoid/i);
  // Lesson 7's excerpt has the formula σ(z)(1 − σ(z)); before, its TeX followed it.
  const text = (await dialog.locator('.pagefind-ui__results').innerText()).replace(/\s+/g, ' ');
  expect(text).not.toMatch(/\\(sigma|hat|frac|mathcal|sum)\b/);
  expect(text).not.toContain('\\');
  // "My progress" is this browser's data, filled in by an island: not a search result.
  await box.fill('progress answered');
  await expect(dialog.getByRole('link').first()).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'My progress' })).toHaveCount(0);
});

test('the site has its own favicon', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel~="icon"]').first().getAttribute('href');
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  expect(await response.text()).toContain('<svg');
});
