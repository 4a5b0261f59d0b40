import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { measureSite, overBudget } from '../../scripts/page-weight.mjs';
import { dist } from './pages.ts';

test('every page keeps within the budgets of budgets.json: JavaScript, HTML, CSS and elements', async () => {
  const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
  const site = await measureSite(dist);
  expect(site.pages.length).toBeGreaterThan(10);
  // The measurement itself must see what is there: lesson 2 has islands.
  expect(
    site.pages.find((p) => p.path === '/lessons/02-perceptron/')?.islands.length,
  ).toBeGreaterThan(0);
  expect(site.engineChunkKb).toBeGreaterThan(0);
  // A lesson's formulas are counted: lesson 7 has hundreds of MathML elements.
  expect(
    site.pages.find((p) => p.path === '/lessons/07-backpropagation/')?.elements,
  ).toBeGreaterThan(1000);
  expect(overBudget(site, budgets)).toEqual([]);
});
