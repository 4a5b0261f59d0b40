import { expect, test, type Page } from '@playwright/test';
import { answer, bars, expectBars, joinAs, openClass } from './helpers.ts';

// The lecture's first poll (content/polls/03-weights-bias-activations.yaml), answer b.
const OPTIONS = [
  'Statement 1 is true and Statement 2 is false.',
  'Statement 2 is true and Statement 1 is false.',
  'Both statements are true.',
  'Both statements are false.',
];
const LEARNERS = 20;
// Learner i picks option PICKS[i]: 4 × A, 9 × B, 5 × C, 2 × D.
const PICKS = Array.from({ length: LEARNERS }, (_, i) => (i < 4 ? 0 : i < 13 ? 1 : i < 18 ? 2 : 3));
const said = (counts: number[], right = -1) =>
  counts.map(
    (n, i) =>
      `${'ABCD'[i]}: ${n} ${n === 1 ? 'answer' : 'answers'}${i === right ? ', the right answer' : ''}`,
  );
const countOf = (picks: number[]) => [0, 1, 2, 3].map((o) => picks.filter((p) => p === o).length);

test('a presenter and 20 learners run a poll: histogram, hide/show, lock, reveal', async ({
  page,
  browser,
}) => {
  test.setTimeout(400_000);
  const code = await openClass(page);

  const learners: Page[] = [];
  // Join in small batches: two cores run the server and every browser.
  for (let i = 0; i < LEARNERS; i += 5) {
    const batch = Array.from({ length: Math.min(5, LEARNERS - i) }, (_, k) =>
      joinAs(browser, code, `Learner ${i + k + 1}`),
    );
    learners.push(...(await Promise.all(batch)));
  }
  await expect(page.getByText(`${LEARNERS} learners`)).toBeVisible();

  await page.getByRole('button', { name: 'Open the first poll' }).click();
  await expect(page.getByText(`0 of ${LEARNERS} answered`)).toBeVisible();
  for (let i = 0; i < LEARNERS; i += 5) {
    await Promise.all(learners.slice(i, i + 5).map((l, k) => answer(l, OPTIONS[PICKS[i + k]])));
  }
  await expect(page.getByText(`${LEARNERS} of ${LEARNERS} answered`)).toBeVisible();

  // Hidden until shown, so the room does not follow the crowd.
  await expect(page.getByText(/Results are hidden/)).toBeVisible();
  await expect(bars(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Show results' }).click();
  await expectBars(page, said(countOf(PICKS)));
  await page.getByRole('button', { name: 'Hide results' }).click();
  await expect(bars(page)).toHaveCount(0);

  // A learner changes their mind before the lock: the last answer counts.
  await answer(learners[0], OPTIONS[1]);
  const changed = [1, ...PICKS.slice(1)];
  await page.getByRole('button', { name: 'Show results' }).click();
  await expectBars(page, said(countOf(changed)));
  await expect(page.getByText(`${LEARNERS} of ${LEARNERS} answered`)).toBeVisible();

  await page.getByRole('button', { name: 'Lock answers' }).click();
  await expect(learners[1].getByText('The poll is locked. Wait for the answer.')).toBeVisible();
  await expect(learners[1].getByRole('button', { name: 'Send my answer' })).toBeDisabled();

  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  await expectBars(page, said(countOf(changed), 1));
  await expect(page.getByRole('heading', { name: 'The answer:' })).toBeVisible();
  await expect(page.getByText(/The reason is symmetry/)).toBeVisible();
  // learners[0] switched to B (right); learners[1] stayed with A (wrong).
  await expect(learners[0].getByText(/You were right/)).toBeVisible();
  await expect(learners[1].getByText(/Not this time/)).toBeVisible();
  await expect(learners[1].getByText(/The reason is symmetry/)).toBeVisible();

  // Predict, then run it: the initialization experiment on the projector.
  await page.getByRole('button', { name: /Now run it: Initialization experiment/ }).click();
  await expect(page.getByRole('heading', { name: 'Initialization experiment' })).toBeVisible({
    timeout: 30_000,
  });

  // Next poll: it appears on every phone by itself.
  await page.getByRole('button', { name: 'Next poll' }).click();
  await expect(learners[5].getByRole('radio', { name: 'ReLU' })).toBeVisible();
  await expect(page.getByText(`0 of ${LEARNERS} answered`)).toBeVisible();

  await page.getByRole('button', { name: 'End the class' }).click();
  await page.getByRole('button', { name: 'Yes, end it' }).click();
  await expect(page.getByText(/The class has ended/)).toBeVisible();
  await expect(learners[2].getByText(/The class has ended/)).toBeVisible();

  const csv = await page.request.get(
    (await page.getByRole('link', { name: 'Download results (CSV)' }).getAttribute('href'))!,
  );
  const text = await csv.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  // One row per learner who answered the first poll, plus the header.
  expect(text.trim().split('\n')).toHaveLength(LEARNERS + 1);
  for (const l of learners) await l.context().close();
});
