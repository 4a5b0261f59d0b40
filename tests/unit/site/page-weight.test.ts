import { describe, expect, it } from 'vitest';
import { countElements, overBudget } from '../../../scripts/page-weight.mjs';

const budgets = {
  initialJsKb: 30,
  islandOwnKb: 15,
  engineChunkKb: 20,
  lessonElements: 3000,
  pageElements: 2000,
  htmlKb: 50,
  cssKb: 24,
};
/** A measured page with no islands and little JavaScript. */
const page = (path: string, elements: number, htmlKb = 10, cssKb = 10) => ({
  path,
  elements,
  htmlKb,
  cssKb,
  initialJsKb: 1,
  islands: [],
});

describe('page budgets', () => {
  it('counts the elements a page creates, not tags inside comments or scripts', () => {
    const html =
      '<!doctype html><p>a<b>c</b><!-- <i>not</i> --><math><mi>x</mi></math>' +
      '<script>if (a<b) document.write("<div>")</script><style>a<b{}</style></p>';
    // p, b, math, mi, script, style
    expect(countElements(html)).toBe(6);
  });

  it('names the page and the figure for every budget it breaks', () => {
    const site = {
      engineChunkKb: 10,
      pages: [
        page('/lessons/07-backpropagation/', 3459),
        page('/lessons/01-what-is-deep-learning/', 2999),
        page('/reference/notation/', 2001, 51, 25),
      ],
    };
    expect(overBudget(site, budgets)).toEqual([
      '/lessons/07-backpropagation/: 3459 elements; the budget is 3000',
      '/reference/notation/: 2001 elements; the budget is 2000',
      '/reference/notation/: 51.0 KB of HTML; the budget is 50 KB',
      '/reference/notation/: 25.0 KB of CSS; the budget is 24 KB',
    ]);
  });

  it('holds a page with its own element budget to that budget, and names one it no longer needs', () => {
    const withOwn = {
      ...budgets,
      elementsByPage: {
        '/lessons/07-backpropagation/': 3300,
        '/lessons/04-layers-feed-forward/': 3300,
        '/lessons/05-loss-and-cost/': 3300,
        // A tighter budget than the general one is kept, not reported as unneeded.
        '/lessons/08-dropout-and-batch-norm/': 2500,
        '/lessons/99-gone/': 3300,
      },
    };
    const site = {
      engineChunkKb: 10,
      pages: [
        page('/lessons/07-backpropagation/', 3294),
        page('/lessons/04-layers-feed-forward/', 3301),
        page('/lessons/05-loss-and-cost/', 2946),
        page('/lessons/06-gradient-descent/', 3001),
        page('/lessons/08-dropout-and-batch-norm/', 2400),
      ],
    };
    expect(overBudget(site, withOwn)).toEqual([
      '/lessons/99-gone/: no such page, but budgets.json gives it its own element budget',
      "/lessons/04-layers-feed-forward/: 3301 elements; this page's own budget is 3300",
      '/lessons/05-loss-and-cost/: 2946 elements, within the general budget of 3000; remove its own budget from budgets.json',
      '/lessons/06-gradient-descent/: 3001 elements; the budget is 3000',
    ]);
  });
});
