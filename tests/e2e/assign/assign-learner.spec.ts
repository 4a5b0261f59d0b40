// The builder assigns the polls of the chosen sections; learners keep every
// assignment they open; crafted links are refused with a reason or handled
// without failing; user text cannot reorder the page; print shows the whole
// link; at 390 px nothing scrolls sideways.
import { expect, test, type Page } from '@playwright/test';
import { ASSIGNMENT_PREFIX, encodeAssignment } from '../../../src/assign/assignment.ts';
import { encodeCode } from '../../../src/assign/codec.ts';
import { encodeReport } from '../../../src/assign/report.ts';
import {
  expectImported,
  expectLearners,
  hydrated,
  makeAssignment,
  makeReport,
  openGradebook,
  paste,
  SIGMOID,
  table,
} from './helpers.ts';

/** Nothing on the page is wider than the window. */
async function expectNoSidewaysScroll(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - innerWidth))
    .toBeLessThanOrEqual(0);
}

test('choosing two sections assigns their polls only, each shown with its section', async ({
  page,
}) => {
  await page.goto('/teachers/assign/');
  const form = page.getByRole('form', { name: 'Make an assignment' });
  await hydrated(page);
  await form.getByText('Or choose sections of lesson 6').click();
  await form.getByRole('checkbox', { name: 'The update rule', exact: true }).check();
  await form.getByRole('checkbox', { name: 'The learning rate', exact: true }).check();
  // Lesson 6 has 8 polls: one under "The update rule", two under "The learning rate" (see the lesson's source).
  await expect(form.getByRole('status')).toHaveText('1 lesson(s) chosen, 3 poll(s) included.');
  const polls6 = form.getByRole('group', { name: 'Polls of lesson 6 to answer' });
  await expect(polls6.getByRole('checkbox', { checked: true })).toHaveCount(3);
  await expect(polls6.getByRole('checkbox')).toHaveCount(8);
  await expect(polls6).toContainText('(section: Worked example: a parabola)');
  await expect(polls6).toContainText('(section: Worked example: one step in two dimensions)');
});

test('a learner keeps a list of the assignments opened, across reloads', async ({ page }) => {
  const first = makeAssignment({ title: 'First task' });
  const second = makeAssignment({ title: 'Second task' });
  await page.goto(`/assignment/#${await encodeAssignment(first)}`);
  await expect(page.getByRole('heading', { name: 'First task' })).toBeVisible();
  await page.goto(`/assignment/#${await encodeAssignment(second)}`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Second task' })).toBeVisible();
  const others = page.getByRole('navigation', { name: 'Your other assignments' });
  await expect(others).toContainText('First task');
  await expect(page.getByRole('note', { name: 'Your assignment' })).toContainText('(and 1 more)');
  await others.getByRole('button', { name: 'Show “First task”' }).click();
  await expect(page.getByRole('heading', { name: 'First task' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'First task' })).toBeVisible();
  await expect(others).toContainText('Second task');
});

test('crafted links: a non-poll id is refused with its reason; "constructor" does not break a page', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const base = makeAssignment({ title: 'Crafted' });
  const bad = await encodeCode(ASSIGNMENT_PREFIX, { ...base, polls: [SIGMOID, '__proto__'] });
  await page.goto(`/assignment/#${bad}`);
  await expect(page.getByRole('alert')).toHaveText(
    'This is not an assignment link of this course. It has “__proto__”, which cannot be a poll id of this course.',
  );

  const odd = makeAssignment({ title: 'Odd ids', polls: ['constructor', 'to-string', SIGMOID] });
  await page.goto(`/assignment/#${await encodeAssignment(odd)}`);
  await expect(page.getByRole('heading', { name: 'Odd ids' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'constructor' })).toHaveText(
    /constructor: not a poll of this course/,
  );
  await expect(page.locator('main')).not.toContainText('undefined');

  await openGradebook(page, odd);
  await paste(page, await encodeReport(makeReport(odd, 'Ada'), odd));
  await expectImported(page, 1, 0);
  await expectLearners(page, 1);
  expect(errors).toEqual([]);
});

test('user text cannot reorder the banner, and a due date far away reads sensibly', async ({
  page,
}) => {
  const a = makeAssignment({ title: '\u202Eecila', due: 8e15 });
  await page.goto(`/assignment/#${await encodeAssignment(a)}`);
  const banner = page.getByRole('note', { name: 'Your assignment' });
  await expect(banner).toContainText('[U+202E]ecila');
  await expect(banner).toContainText(/more than \d+ years left/);
  await expect(banner.locator('bdi')).toHaveCount(1);
});

test('the printed summary shows the whole link', async ({ page }) => {
  await page.goto('/teachers/assign/');
  const form = page.getByRole('form', { name: 'Make an assignment' });
  await hydrated(page);
  await form.getByLabel('Title').fill('Printed');
  await form.getByRole('checkbox', { name: /Lesson 7: .* \(whole lesson\)/ }).check();
  await form.getByRole('button', { name: 'Make the link' }).click();
  const link = await page.getByLabel('Link for your students').inputValue();
  await page.emulateMedia({ media: 'print' });
  const printed = page.getByText(link, { exact: true });
  await expect(printed).toBeVisible();
  const box = await printed.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
});

test('at 390 px the gradebook, builder and learner page do not scroll sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const a = makeAssignment({
    title: 'A title long enough to need more than one line on a phone screen',
  });
  await openGradebook(page, a);
  const names = ['Ada Lovelace', 'Grace Hopper', 'x'.repeat(100)];
  await paste(
    page,
    (await Promise.all(names.map((n) => encodeReport(makeReport(a, n), a)))).join('\n') +
      '\nnnR1.' +
      'A'.repeat(300),
  );
  await expectImported(page, 3, 1);
  await expect(table(page).getByRole('row')).toHaveCount(4);
  await expectNoSidewaysScroll(page);
  await page.goto('/teachers/assign/');
  await expectNoSidewaysScroll(page);
  await page.goto(`/assignment/#${await encodeAssignment(a)}`);
  await expect(page.getByRole('heading', { name: a.title })).toBeVisible();
  await expectNoSidewaysScroll(page);
});
