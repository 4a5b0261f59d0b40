import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { lessonPages } from './pages.ts';

// The static figures (src/components/figures/*.astro) are SVG scaled to the
// column, so on a phone their text shrinks with them. Every label must still
// render at 12 CSS px or more at 390 px, and no two labels may overlap, at
// phone or laptop width. Each figure's root carries data-figure="<Name>".

/** Figure components: every .astro file in the folder except the shared axes. */
const figureNames = readdirSync('src/components/figures')
  .filter((f) => f.endsWith('.astro') && f !== 'FigureAxes.astro')
  .map((f) => f.slice(0, -'.astro'.length));

const MIN_PX = 12;

interface Label {
  figure: string;
  text: string;
  px: number;
  box: { x: number; y: number; w: number; h: number };
  /** Index of the <text> element in its figure (tspans share their text's index). */
  owner: number;
  isTspan: boolean;
}

/** Every text and tspan with text of its own, in every figure on the page, with its rendered size. */
async function labels(page: Page): Promise<Label[]> {
  // Lessons lay out far-away blocks lazily (content-visibility); lay out everything.
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  return page.evaluate(() => {
    const out: Label[] = [];
    for (const root of document.querySelectorAll<HTMLElement | SVGSVGElement>('[data-figure]')) {
      const svg = root instanceof SVGSVGElement ? root : root.querySelector('svg');
      const ctm = svg?.getScreenCTM();
      if (!svg || !ctm) continue;
      // viewBox scaling is uniform (preserveAspectRatio meet): one factor for both axes.
      const scale = Math.hypot(ctm.a, ctm.b);
      svg.querySelectorAll('text').forEach((t, owner) => {
        for (const el of [t, ...t.querySelectorAll('tspan')]) {
          const own = [...el.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent ?? '')
            .join('')
            .trim();
          if (!own) continue;
          const r = el.getBoundingClientRect();
          out.push({
            figure: root.dataset.figure ?? '?',
            text: own,
            px: parseFloat(getComputedStyle(el).fontSize) * scale,
            box: { x: r.x, y: r.y, w: r.width, h: r.height },
            owner,
            isTspan: el !== t,
          });
        }
      });
    }
    return out;
  });
}

/** Pairs of <text> elements in one figure whose boxes overlap by more than a sliver. */
function overlaps(all: Label[]): string[] {
  const texts = all.filter((l) => !l.isTspan);
  const found: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const [a, b] = [texts[i], texts[j]];
      if (a.figure !== b.figure || a.owner === b.owner) continue;
      const w = Math.min(a.box.x + a.box.w, b.box.x + b.box.w) - Math.max(a.box.x, b.box.x);
      const h = Math.min(a.box.y + a.box.h, b.box.y + b.box.h) - Math.max(a.box.y, b.box.y);
      // A text's box includes the font's ascent and descent; lines set close
      // touch there without the glyphs meeting, so allow a quarter of a line.
      const line = Math.min(a.box.h, b.box.h);
      if (w > 1 && h > line * 0.25) found.push(`${a.figure}: “${a.text}” overlaps “${b.text}”`);
    }
  }
  return found;
}

test.describe('figure text at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const path of lessonPages()) {
    test(`${path}: every figure label is at least ${MIN_PX} px and none overlap`, async ({
      page,
    }) => {
      await page.goto(path);
      const found = await labels(page);
      const small = found
        .filter((l) => l.px < MIN_PX - 0.05)
        .map((l) => `${l.figure}: “${l.text}” at ${l.px.toFixed(1)} px`);
      expect(small, `labels under ${MIN_PX} px on ${path}`).toEqual([]);
      expect(overlaps(found), `overlapping labels on ${path}`).toEqual([]);
    });
  }
  test('every figure component was measured', async ({ page }) => {
    // So that a renamed or unused figure cannot drop out of the checks above unnoticed.
    const seen = new Set<string>();
    for (const path of lessonPages()) {
      await page.goto(path);
      for (const name of await page
        .locator('[data-figure]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.figure ?? '')))
        seen.add(name);
    }
    expect(figureNames.filter((n) => !seen.has(n))).toEqual([]);
  });
});

test.describe('figure labels at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  for (const path of lessonPages()) {
    test(`${path}: no two figure labels overlap`, async ({ page }) => {
      await page.goto(path);
      expect(overlaps(await labels(page)), `overlapping labels on ${path}`).toEqual([]);
    });
  }
});
