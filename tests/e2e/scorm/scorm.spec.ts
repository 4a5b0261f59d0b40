import { readFile } from 'node:fs/promises';
import { strFromU8 } from 'fflate';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { PollInfo } from '../../../src/assign/grading.ts';
import type { Assignment } from '../../../src/assign/assignment.ts';
import { decodeSuspend } from '../../../src/scorm/suspend.ts';
import { LMS, PACKAGE_INDEX, serveLms } from './lms.ts';
import { hydrated } from '../assign/helpers.ts';

const SIGMOID = 'backprop-sigmoid-derivative';
const GRADIENT = 'backprop-one-unit-gradient';

/** WCAG 2.1 AA on the page as it stands, frames included. */
async function expectAccessible(page: Page, exclude?: string) {
  const axe = new AxeBuilder({ page });
  if (exclude) axe.exclude(exclude);
  const r = await axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** The teacher makes a two-poll assignment of lesson 7 with pass mark 50 and downloads its package. */
async function teacherDownloads(page: Page): Promise<Uint8Array> {
  await page.goto('/teachers/assign/');
  // A box ticked before the builder hydrates is not seen by it: wait for every island.
  await hydrated(page);
  const form = page.getByRole('form', { name: 'Make an assignment' });
  await expect(form.getByRole('button', { name: 'Make the link' })).toBeEnabled();
  await form.getByLabel('Title').fill('Backpropagation check');
  await form.getByRole('checkbox', { name: /Lesson 7: .* \(whole lesson\)/ }).check();
  const polls7 = form.getByRole('group', { name: 'Polls of lesson 7 to answer' });
  for (const box of await polls7.getByRole('checkbox').all()) await box.uncheck();
  await polls7.getByRole('checkbox', { name: /A sigmoid unit outputs/ }).check();
  await polls7.getByRole('checkbox', { name: /One sigmoid unit: / }).check();
  await form.getByRole('button', { name: 'Make the link' }).click();
  const mark = page.getByLabel(/Pass mark for the LMS/);
  await mark.fill('150');
  await page.getByRole('button', { name: 'Download as SCORM 1.2 package' }).click();
  await expect(page.getByRole('alert')).toContainText('whole number from 0 to 100');
  await mark.fill('50');
  // By keyboard: from the pass mark, Tab reaches the button and Enter downloads.
  await mark.press('Tab');
  const button = page.getByRole('button', { name: 'Download as SCORM 1.2 package' });
  await expect(button).toBeFocused();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toBe('backpropagation-check-scorm12.zip');
  await expect(page.getByRole('status').filter({ hasText: 'Package ready' })).toBeVisible();
  await expectAccessible(page);
  return new Uint8Array(await readFile((await download.path()) as string));
}

/** Answers a numeric poll in the lesson frame. */
async function answer(page: Page, question: RegExp, text: string, verdict: string) {
  const lesson = page
    .getByTitle('SCORM package')
    .contentFrame()
    .getByTitle('The current lesson')
    .contentFrame();
  const poll = lesson.getByRole('form', { name: question });
  await poll.scrollIntoViewIfNeeded();
  await expect(poll.getByRole('button', { name: 'Check' })).toBeEnabled();
  await poll.getByLabel('Your answer').fill(text);
  await poll.getByRole('button', { name: 'Check' }).click();
  await expect(poll.getByRole('status').first()).toContainText(verdict);
  // The poll's feedback file travels in the package (it is fetched on Check, relative to the page).
  await expect(poll.getByRole('status').first()).not.toContainText('could not be loaded');
  return poll;
}

type Cmi = {
  core: Record<string, unknown> & { score: Record<string, string> };
  suspend_data: string;
  interactions: unknown;
};

test('an LMS running scorm-again gets score, status, time and suspend data, and the learner resumes', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const zip = await teacherDownloads(page);
  const { files, strays, missing } = await serveLms(page, zip);
  expect(Object.keys(files)).toContain('imsmanifest.xml');
  expect(strFromU8(files['imsmanifest.xml'])).toContain(
    '<adlcp:masteryscore>50</adlcp:masteryscore>',
  );
  const data = JSON.parse(
    /id="nn-scorm-data">([\s\S]*?)<\/script>/.exec(strFromU8(files['index.html']))![1],
  ) as { assignment: Assignment };
  const catalog = JSON.parse(
    /id="nn-scorm-catalog">([\s\S]*?)<\/script>/.exec(strFromU8(files['index.html']))![1],
  ) as { polls: Record<string, PollInfo> };
  expect([...data.assignment.polls].sort()).toEqual([GRADIENT, SIGMOID].sort());

  // First visit: one wrong try, then right.
  await page.goto(`${LMS}/course/view.html`);
  await page.evaluate(() => (window as unknown as { launch(): void }).launch());
  const player = page.getByTitle('SCORM package').contentFrame();
  await expect(player.getByRole('heading', { name: 'Backpropagation check' })).toBeVisible();
  await expect(player.getByRole('status').filter({ hasText: 'Saved to your LMS' })).toBeVisible();
  await expectAccessible(page);
  await answer(page, /A sigmoid unit outputs/, '0.25', 'Not quite');
  await answer(page, /A sigmoid unit outputs/, '0.16', 'Correct');
  await expect(player.getByRole('status').filter({ hasText: 'Saved to your LMS' })).toHaveText(
    'Saved to your LMS: 1 of 2 polls right, score 50 of 100, incomplete.',
  );
  const first = (await page.evaluate(() =>
    (window as unknown as { leave(): unknown }).leave(),
  )) as Cmi;
  expect(await page.evaluate(() => (window as unknown as { finished: number }).finished)).toBe(1);
  expect(first.core.score).toMatchObject({ raw: '50', min: '0', max: '100' });
  expect(first.core.lesson_status).toBe('incomplete');
  expect(first.core.exit).toBe('suspend');
  expect(first.core.lesson_location).toBe('lessons/07-backpropagation');
  expect(String(first.core.session_time)).toMatch(/^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/);
  expect(first.core.session_time).not.toBe('00:00:00');
  const saved = decodeSuspend(first.suspend_data, data.assignment, catalog.polls);
  expect(saved?.map((x) => [x.poll, x.answer, x.correct])).toEqual([
    [SIGMOID, '0.25', false],
    [SIGMOID, '0.16', true],
  ]);
  const interactions = JSON.stringify(first.interactions);
  expect(interactions).toContain('"student_response":"0.25"');
  expect(interactions).toContain('"result":"wrong"');
  expect(interactions).toContain('"result":"correct"');

  // Coming back on another computer: nothing in this browser, only what the LMS kept.
  await page.evaluate(() => localStorage.clear());
  await page.evaluate(
    (cmi) =>
      (window as unknown as { launch(s: unknown): void }).launch({
        core: {
          student_id: 'learner-1',
          lesson_status: cmi.core.lesson_status,
          lesson_location: cmi.core.lesson_location,
          entry: 'resume',
        },
        suspend_data: cmi.suspend_data,
      }),
    first,
  );
  await expect(player.getByRole('status').filter({ hasText: 'Saved to your LMS' })).toHaveText(
    'Saved to your LMS: 1 of 2 polls right, score 50 of 100, incomplete.',
  );
  const lesson = player.getByTitle('The current lesson').contentFrame();
  const sigmoid = lesson.getByRole('form', { name: /A sigmoid unit outputs/ });
  await sigmoid.scrollIntoViewIfNeeded(); // islands hydrate when seen
  await expect(sigmoid.getByLabel('Your answer')).toHaveValue('0.16');
  await expect(sigmoid.getByRole('status').first()).toContainText('Correct');

  // The LMS refuses one commit: the learner is told, nothing is lost, it is sent again.
  await page.evaluate(() => ((window as unknown as { failCommits: number }).failCommits = 1));
  await answer(page, /One sigmoid unit: /, '-0.5', 'Correct');
  await expect(player.getByRole('alert')).toContainText(
    'Your progress was not saved to the LMS yet: the LMS had an unexpected problem (error 101).',
  );
  await expect(player.getByRole('button', { name: 'Try saving again' })).toBeVisible();
  await expect(player.getByRole('status').filter({ hasText: 'Saved to your LMS' })).toHaveText(
    'Saved to your LMS: 2 of 2 polls right, score 100 of 100, passed.',
    { timeout: 20_000 },
  );
  await expect(player.getByRole('alert')).toBeHidden();
  await expect(player.getByRole('button', { name: 'Try saving again' })).toBeHidden();
  const second = (await page.evaluate(() =>
    (window as unknown as { leave(): unknown }).leave(),
  )) as Cmi;
  expect(second.core.score.raw).toBe('100');
  expect(second.core.lesson_status).toBe('passed');
  expect(
    decodeSuspend(second.suspend_data, data.assignment, catalog.polls)?.map((x) => [
      x.poll,
      x.correct,
    ]),
  ).toEqual([
    [SIGMOID, false],
    [SIGMOID, true],
    [GRADIENT, true],
  ]);
  expect(strays).toEqual([]);
  // Every file a page asked for was in the package; no service worker is in it or registered.
  expect(missing).toEqual([]);
  expect(Object.keys(files).filter((f) => /(^|\/)(sw|register-sw)\.js$/.test(f))).toEqual([]);
});

test('outside an LMS the package is the normal assignment and says so (on a phone)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 800 });
  const zip = await teacherDownloads(page);
  const { strays, missing } = await serveLms(page, zip);
  await page.goto(PACKAGE_INDEX);
  await expect(page.getByRole('status')).toContainText(
    'No LMS found: this is the normal assignment',
  );
  // By keyboard: the lesson link opens the lesson in the frame.
  const link = page
    .getByRole('navigation', { name: 'Lessons of the assignment' })
    .getByRole('link')
    .first();
  await link.focus();
  await page.keyboard.press('Enter');
  await answer2(page);
  await expect(page.getByRole('status')).toContainText('1 of 2 polls answered correctly');
  // The player itself (the lesson pages are scanned by tests/e2e/a11y.spec.ts).
  await expectAccessible(page, '#player-frame');
  expect(strays).toEqual([]);
  expect(missing).toEqual([]);
});

/**
 * The teacher's package served by the stand-in LMS, with the package's pages (player
 * and lesson frames) refused localStorage, as in an LMS frame whose browser blocks
 * third-party storage: reading it throws. The LMS page keeps its own.
 */
async function packageWithoutStorage(page: Page): Promise<void> {
  const zip = await teacherDownloads(page);
  await serveLms(page, zip);
  await page.addInitScript(() => {
    if (!location.pathname.includes('/mod_scorm/')) return;
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

test('when the browser refuses the package its storage, the player says answers last only while the page is open', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await packageWithoutStorage(page);
  await page.goto(PACKAGE_INDEX);
  const status = page.getByRole('status').filter({ hasText: 'No LMS found' });
  await expect(status).toContainText('they last only while this page is open');
  await expect(status).not.toContainText('stay in this browser');
  await page
    .getByRole('navigation', { name: 'Lessons of the assignment' })
    .getByRole('link')
    .first()
    .click();
  await answer2(page);
  await expect(status).toContainText('1 of 2 polls answered correctly');
});

test('with storage refused in the LMS frame, the answers in a lesson still reach the LMS', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await packageWithoutStorage(page);
  await page.goto(`${LMS}/course/view.html`);
  await page.evaluate(() => (window as unknown as { launch(): void }).launch());
  const player = page.getByTitle('SCORM package').contentFrame();
  await expect(player.getByRole('status').filter({ hasText: 'Saved to your LMS' })).toBeVisible();
  await answer(page, /A sigmoid unit outputs/, '0.16', 'Correct');
  await expect(player.getByRole('status').filter({ hasText: 'Saved to your LMS' })).toHaveText(
    'Saved to your LMS: 1 of 2 polls right, score 50 of 100, incomplete.',
  );
  const cmi = (await page.evaluate(() =>
    (window as unknown as { leave(): unknown }).leave(),
  )) as Cmi;
  expect(cmi.core.score).toMatchObject({ raw: '50' });
});

async function answer2(page: Page) {
  const poll = page
    .getByTitle('The current lesson')
    .contentFrame()
    .getByRole('form', { name: /One sigmoid unit: / });
  await poll.scrollIntoViewIfNeeded();
  await expect(poll.getByRole('button', { name: 'Check' })).toBeEnabled();
  await poll.getByLabel('Your answer').fill('-0.5');
  await poll.getByRole('button', { name: 'Check' }).click();
  await expect(poll.getByRole('status').first()).toContainText('Correct');
}

test('a widget task is graded inside the package and the LMS sees it completed', async ({
  page,
}) => {
  test.setTimeout(150_000);
  // The teacher: lesson 2 with only its widget task, no pass mark (CLI-style defaults).
  await page.goto('/teachers/assign/');
  // A box ticked before the builder hydrates is not seen by it: wait for every island.
  await hydrated(page);
  const form = page.getByRole('form', { name: 'Make an assignment' });
  await expect(form.getByRole('button', { name: 'Make the link' })).toBeEnabled();
  await form.getByLabel('Title').fill('NAND by hand');
  await form.getByRole('checkbox', { name: /Lesson 2: .* \(whole lesson\)/ }).check();
  const polls2 = form.getByRole('group', { name: 'Polls of lesson 2 to answer' });
  for (const box of await polls2.getByRole('checkbox').all()) await box.uncheck();
  await polls2.getByRole('checkbox', { name: /The weighted-sum calculator above starts/ }).check();
  await form.getByRole('button', { name: 'Make the link' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as SCORM 1.2 package' }).click(),
  ]);
  const zip = new Uint8Array(await readFile((await download.path()) as string));
  const { files, strays, missing } = await serveLms(page, zip);
  expect(strFromU8(files['imsmanifest.xml'])).not.toContain('masteryscore');

  await page.goto(`${LMS}/course/view.html`);
  await page.evaluate(() => (window as unknown as { launch(): void }).launch());
  const player = page.getByTitle('SCORM package').contentFrame();
  const lesson = player.getByTitle('The current lesson').contentFrame();
  const calculator = lesson.getByRole('region', { name: 'Weighted-sum calculator' });
  await calculator.scrollIntoViewIfNeeded();
  await expect(async () => {
    await calculator.getByLabel('bias b').fill('-1');
    await expect(calculator.getByRole('status')).toHaveText('weighted sum 1, output 1', {
      timeout: 1000,
    });
  }).toPass({ timeout: 30_000 });
  await calculator.getByLabel('weight w1').fill('-1');
  await calculator.getByLabel('weight w2').fill('-1');
  await calculator.getByLabel('bias b').fill('1.5');
  const poll = lesson.getByRole('form', { name: /so that it computes NAND/ });
  await poll.scrollIntoViewIfNeeded();
  await poll.getByRole('button', { name: 'Check' }).click();
  await expect(poll.getByRole('status').first()).toContainText('Correct.');
  await expect(player.getByRole('status').filter({ hasText: 'Saved to your LMS' })).toHaveText(
    'Saved to your LMS: 1 of 1 polls right, score 100 of 100, completed.',
  );
  const cmi = (await page.evaluate(() =>
    (window as unknown as { leave(): unknown }).leave(),
  )) as Cmi;
  expect(cmi.core.score.raw).toBe('100');
  expect(cmi.core.lesson_status).toBe('completed');
  expect(cmi.core.exit).toBe('');
  expect(JSON.stringify(cmi.interactions)).toContain('"type":"performance"');
  // The grading module came through the package's (rewritten) preload helper.
  expect(missing).toEqual([]);
  expect(strays).toEqual([]);
});
