import { expect, test, type Page } from '@playwright/test';

const LESSON_3 = '/lessons/03-weights-bias-activations/';
const INIT_POLL = /Which of the statements given above is true/;
const WRONG = 'Statement 1 is true and Statement 2 is false.';
const RIGHT = 'Statement 2 is true and Statement 1 is false.';

/** The poll named by its question, once its island has hydrated (Check is enabled). */
async function openPoll(page: Page, name: RegExp) {
  const poll = page.getByRole('form', { name });
  await poll.scrollIntoViewIfNeeded();
  await expect(poll.getByRole('button', { name: 'Check' })).toBeEnabled();
  return poll;
}

async function answerInitPollWrongThenRight(page: Page) {
  await page.goto(LESSON_3);
  const poll = await openPoll(page, INIT_POLL);
  await poll.getByLabel(WRONG).check();
  await poll.getByRole('button', { name: 'Check' }).click();
  const status = poll.getByRole('status');
  await expect(status).toContainText('Not quite.');
  await expect(status).toContainText('It is the other way round. With all weights at 0');
  await expect(poll.getByText('✗ wrong choice')).toBeVisible();
  // A first wrong answer gets a hint, not the worked solution; the solution comes on request.
  await expect(poll.getByText('Hint', { exact: true })).toBeVisible();
  await expect(poll.getByText(/The lecture.s answer is B\./)).toHaveCount(0);
  await poll.getByRole('button', { name: 'Show the solution' }).click();
  await expect(poll.getByText(/The lecture.s answer is B\./)).toBeVisible();
  await expect(poll.getByRole('button', { name: 'Show the solution' })).toHaveCount(0);
  await poll.getByLabel(RIGHT).check();
  await poll.getByRole('button', { name: 'Check' }).click();
  await expect(status).toContainText('Correct.');
  await expect(status).toContainText('Random weights already make every unit different');
  await expect(poll.getByText('2 attempts · first try wrong')).toBeVisible();
  return poll;
}

test('a learner answers the initialization poll wrong, then right; it stays right after a reload', async ({
  page,
}) => {
  const poll = await answerInitPollWrongThenRight(page);
  // Predict, then run: the experiment right below is linked once the poll is checked.
  await expect(poll.getByRole('link', { name: 'Initialization experiment' })).toHaveAttribute(
    'href',
    '#init-experiment',
  );
  await page.reload();
  const again = await openPoll(page, INIT_POLL);
  await expect(again.getByLabel(RIGHT)).toBeChecked();
  await expect(again.getByRole('status')).toContainText('Correct.');
  await expect(again.getByText('2 attempts · first try wrong')).toBeVisible();
  // The sidebar marks the lesson as in progress (its other polls are not answered yet).
  const link = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /Weights, bias and activation/ });
  await expect(link).toContainText('in progress');
});

test('the progress page shows the answer; export, reset and import bring it back', async ({
  page,
}) => {
  await answerInitPollWrongThenRight(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My progress' })
    .click();
  await expect(page).toHaveURL(/\/progress\/$/);
  const lesson = page.getByRole('region', { name: 'Weights, bias and activation functions' });
  const row = lesson.getByRole('row', { name: /It is possible to train a network well/ });
  await expect(row).toContainText('correct after 2 attempts');
  await expect(row.getByRole('cell').nth(1)).toHaveText('2');
  await expect(lesson).toContainText('in progress · 1 of 9 answered correctly, 0 on the first try');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export to a file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^nn-course-progress-\d{4}-\d\d-\d\d\.json$/);
  const file = await download.path();

  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await expect(page.getByText('Erase every saved answer in this browser?')).toBeVisible();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(row).toContainText('not tried');
  await expect(
    page.getByRole('status').filter({ hasText: 'Your progress was reset.' }),
  ).toBeVisible();

  await page.getByLabel('Import a progress file').setInputFiles(file);
  await expect(page.getByText('The file holds 2 answers to 1 question in 1 lesson')).toBeVisible();
  await page.getByRole('button', { name: 'Replace my progress' }).click();
  await expect(row).toContainText('correct after 2 attempts');
  await expect(page.getByText('Imported. You now have 2 answers saved.')).toBeVisible();

  // The restored progress is what the lesson shows, too.
  await page.goto(LESSON_3);
  const poll = await openPoll(page, INIT_POLL);
  await expect(poll.getByRole('status')).toContainText('Correct.');
});

test('a corrupt saved store leaves a working page, tells the learner, and keeps the data aside', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('nn-course:progress:v1', '{"version":1,"attempts":[{"poll":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto(LESSON_3);
  const poll = await openPoll(page, INIT_POLL);
  // The page works: the poll grades and records as usual…
  await poll.getByLabel(RIGHT).check();
  await poll.getByRole('button', { name: 'Check' }).click();
  await expect(poll.getByRole('status')).toContainText('Correct.');
  await expect(poll.getByText('1 attempt · right on the first try')).toBeVisible();
  // …and the learner is told what happened, and where the old data is (at the top of the page).
  const note = page.getByRole('note', { name: 'About your saved progress' });
  await expect(note).toContainText(
    'Your saved progress could not be read, so the course started afresh.',
  );
  await expect(note).toContainText('nn-course:progress:backup:');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('nn-course:progress:backup:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['{"version":1,"attempts":[{"poll":']);
  await note.getByRole('button', { name: 'Dismiss' }).click();
  await expect(note).toHaveCount(0);
});

test('a future-version store is kept aside as well', async ({ page }) => {
  await page.addInitScript(() =>
    localStorage.setItem('nn-course:progress:v1', '{"version":7,"attempts":[]}'),
  );
  await page.goto('/progress/');
  await expect(page.getByRole('note', { name: 'About your saved progress' })).toContainText(
    'written by a newer version of the course',
  );
});

test('the widget task is graded from the weighted-sum calculator', async ({ page }) => {
  await page.goto('/lessons/02-perceptron/');
  const poll = await openPoll(page, /so that it computes NAND instead/);
  const calculator = page.getByRole('region', { name: 'Weighted-sum calculator' });
  await calculator.scrollIntoViewIfNeeded();
  // Wait until the island answers: the page already shows the start state, so look for a change.
  await expect(async () => {
    await calculator.getByLabel('bias b').fill('-1');
    await expect(calculator.getByRole('status')).toHaveText('weighted sum 1, output 1', {
      timeout: 1000,
    });
  }).toPass({ timeout: 30_000 });
  await calculator.getByLabel('bias b').fill('-1.5');
  // As it starts, the calculator computes AND: (0, 0) gives z = −1.5 and 0, where NAND gives 1.
  await poll.getByRole('button', { name: 'Check' }).click();
  await expect(poll.getByRole('status')).toContainText(
    'Not quite. At x = (0, 0) the weighted sum is −1.5 and the output 0, but NAND gives 1.',
  );
  await calculator.getByLabel('weight w1').fill('-1');
  await calculator.getByLabel('weight w2').fill('-1');
  await calculator.getByLabel('bias b').fill('2');
  // z = 0 at (1, 1): the lecture's step gives 0.5 there.
  await poll.getByRole('button', { name: 'Check' }).click();
  await expect(poll.getByRole('status')).toContainText(
    'At x = (1, 1) the weighted sum is 0 and the output 0.5, but NAND gives 0.',
  );
  // The goal line follows the widget live, before any Check.
  await expect(poll.getByText('Goal not met yet.')).toBeVisible();
  await calculator.getByLabel('bias b').fill('1.5');
  await expect(poll.getByText('Goal met ✓ Press Check to record it.')).toBeVisible();
  await calculator.getByLabel('bias b').fill('2');
  await expect(poll.getByText('Goal not met yet.')).toBeVisible();
  await calculator.getByLabel('bias b').fill('1.5');
  await poll.getByRole('button', { name: 'Check' }).click();
  await expect(poll.getByRole('status')).toContainText(
    'Correct. All four input pairs give the outputs of NAND.',
  );
  await expect(poll.getByText('3 attempts · first try wrong')).toBeVisible();
});

test('a numeric poll accepts ".5"-style spellings and explains "abc" without counting it', async ({
  page,
}) => {
  await page.goto(LESSON_3);
  const poll = await openPoll(page, /leaky ReLU/);
  const field = poll.getByLabel('Your answer');
  await field.fill('abc');
  await poll.getByRole('button', { name: 'Check' }).click();
  await expect(poll.getByRole('status')).toContainText('“abc” is not a number');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(poll.getByText(/attempt/)).toHaveCount(0);
  await field.fill('0.3');
  await poll.getByRole('button', { name: 'Check' }).click();
  await expect(poll.getByRole('status')).toContainText('the sign is not');
  await field.fill('−.3');
  await poll.getByRole('button', { name: 'Check' }).click();
  await expect(poll.getByRole('status')).toContainText('Correct.');
});

test('a numeric poll: a hint after the first wrong try, the worked solution after the second; 2,43 and 1/64-style answers', async ({
  page,
}) => {
  await page.goto('/lessons/01-what-is-deep-learning/');
  const poll = await openPoll(page, /What is the best/);
  const field = poll.getByLabel('Your answer');
  const solution = poll.getByText(/steeper slope than 2/);
  await field.fill('243');
  await poll.getByRole('button', { name: 'Check' }).click();
  await expect(poll.getByRole('status')).toContainText('Not quite.');
  // 2.43 is no fraction, so 243 is not called a percentage.
  await expect(poll.getByRole('status')).not.toContainText('percentage');
  await expect(poll.getByText(/Work out the two sums separately/)).toBeVisible();
  await expect(solution).toHaveCount(0);
  await field.fill('2.5');
  await poll.getByRole('button', { name: 'Check' }).click();
  await expect(poll.getByRole('status')).toContainText('Not quite.');
  await expect(solution).toBeVisible();
  await expect(poll.getByRole('button', { name: 'Show the solution' })).toHaveCount(0);
  await field.fill('2,43');
  await poll.getByRole('button', { name: 'Check' }).click();
  await expect(poll.getByRole('status')).toContainText('Correct.');
});

test('the solution on request, by keyboard: focus lands on it', async ({ page }) => {
  await page.goto(LESSON_3);
  const poll = await openPoll(page, /leaky ReLU/);
  await poll.getByLabel('Your answer').fill('-3');
  await poll.getByLabel('Your answer').press('Enter');
  const show = poll.getByRole('button', { name: 'Show the solution' });
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(poll.getByText(/follows the shallow line/)).toBeVisible();
  await expect(poll.locator('.poll-explanation')).toBeFocused();
});

test('works from the keyboard alone', async ({ page }) => {
  await page.goto(LESSON_3);
  const poll = await openPoll(page, INIT_POLL);
  await poll.getByLabel(WRONG).focus();
  await page.keyboard.press('ArrowDown'); // moves to, and selects, the next option: B
  await expect(poll.getByLabel(RIGHT)).toBeChecked();
  await page.keyboard.press('Enter'); // submits the form: Check
  await expect(poll.getByRole('status')).toContainText('Correct.');
  await expect(poll.getByRole('link', { name: 'Initialization experiment' })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('polls fit the screen and answer to touch', async ({ page }) => {
    await page.goto(LESSON_3);
    const poll = await openPoll(page, INIT_POLL);
    const box = await poll.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await poll.getByLabel(RIGHT).tap();
    await poll.getByRole('button', { name: 'Check' }).tap();
    await expect(poll.getByRole('status')).toContainText('Correct.');
    const check = await poll.getByRole('button', { name: 'Check' }).boundingBox();
    expect(check!.height).toBeGreaterThanOrEqual(44);
  });
});

test('the landing page shows the course total', async ({ page }) => {
  await answerInitPollWrongThenRight(page);
  await page.goto('/');
  await expect(page.getByTestId('course-total')).toContainText('0 of 9 lessons complete, 1 of');
  await expect(
    page.getByTestId('course-total').getByRole('link', { name: 'My progress' }),
  ).toHaveAttribute('href', '/progress/');
});
