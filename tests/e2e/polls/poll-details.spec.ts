import { expect, test, type Page } from '@playwright/test';

// A poll's feedback, explanation and hint are not in the page: they come from
// /polls/<lesson>.json on the first Check (src/quiz/poll-details.ts).
const LESSON_3 = '/lessons/03-weights-bias-activations/';
const INIT_POLL = /Which of the statements given above is true/;
const WRONG = 'Statement 1 is true and Statement 2 is false.';
const FEEDBACK = 'It is the other way round. With all weights at 0';
const LEAKY_POLL = /leaky ReLU/;

async function openPoll(page: Page, name: RegExp) {
  const poll = page.getByRole('form', { name });
  await poll.scrollIntoViewIfNeeded();
  await expect(poll.getByRole('button', { name: 'Check' })).toBeEnabled({ timeout: 20_000 });
  return poll;
}

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test("the page holds no feedback; the first Check loads the lesson's file once, for every poll", async ({
    page,
  }) => {
    const html = await (await page.request.get(LESSON_3)).text();
    expect(html).toContain('Which of the statements given above is true');
    expect(html).not.toContain(FEEDBACK);

    const loads: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/polls/')) loads.push(new URL(r.url()).pathname);
    });
    await page.goto(LESSON_3);
    const poll = await openPoll(page, INIT_POLL);
    expect(loads).toEqual([]);
    await poll.getByLabel(WRONG).check();
    await poll.getByRole('button', { name: 'Check' }).click();
    await expect(poll.getByRole('status')).toContainText(FEEDBACK);
    await expect(poll.getByText('Hint', { exact: true })).toBeVisible();
    expect(loads).toEqual(['/polls/03-weights-bias-activations.json']);

    // Another poll of the lesson explains from the same file, without loading it again.
    const leaky = await openPoll(page, LEAKY_POLL);
    await leaky.getByRole('textbox', { name: 'Your answer' }).fill('12345');
    await leaky.getByRole('button', { name: 'Check' }).click();
    await expect(leaky.getByText(/Compute both candidates/)).toBeVisible();
    expect(loads).toHaveLength(1);
  });

  test('when the file cannot be loaded the answer is still graded and the poll says why there is no explanation', async ({
    page,
  }) => {
    await page.route('**/polls/*.json', (route) => route.abort('internetdisconnected'));
    await page.goto(LESSON_3);
    const poll = await openPoll(page, INIT_POLL);
    await poll.getByLabel(WRONG).check();
    await poll.getByRole('button', { name: 'Check' }).click();
    const status = poll.getByRole('status');
    await expect(status).toContainText('Not quite.');
    await expect(status).toContainText('The feedback and explanation could not be loaded');
    await expect(poll.getByText('1 attempt · first try wrong')).toBeVisible();

    // Once the file can be loaded again, the next Check explains.
    await page.unroute('**/polls/*.json');
    await poll.getByRole('button', { name: 'Check' }).click();
    await expect(status).toContainText(FEEDBACK);
    await expect(status).not.toContainText('could not be loaded');
  });
});

test('after one visit a poll explains offline', async ({ page, context }) => {
  // Visit another lesson: the service worker precaches the whole course, poll files included.
  await page.goto('/lessons/02-perceptron/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  try {
    await page.goto(LESSON_3);
    const poll = await openPoll(page, INIT_POLL);
    await poll.getByLabel(WRONG).check();
    await poll.getByRole('button', { name: 'Check' }).click();
    await expect(poll.getByRole('status')).toContainText(FEEDBACK);
  } finally {
    await context.setOffline(false);
  }
});
