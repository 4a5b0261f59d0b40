import { expect, test } from '@playwright/test';
import { joinAs, openClass } from './helpers.ts';

test('a learner who goes offline keeps the answer and it counts once back online', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const code = await openClass(page);
  const [away, other] = await Promise.all([
    joinAs(browser, code, 'Away'),
    joinAs(browser, code, 'Other'),
  ]);
  await page.getByRole('button', { name: 'Open the first poll' }).click();
  await expect(away.getByRole('radio', { name: 'Both statements are true.' })).toBeVisible();

  await away.context().setOffline(true);
  await away.getByRole('radio', { name: 'Both statements are true.' }).check();
  await away.getByRole('button', { name: 'Send my answer' }).click();
  await expect(away.getByText(/kept on this phone/)).toBeVisible();
  await expect(page.getByText('0 of 2 answered')).toBeVisible();

  await away.context().setOffline(false);
  await expect(away.getByText(/Your answer is in/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('1 of 2 answered')).toBeVisible();

  // A reload rejoins where the class is, with the answer still chosen; the count stays 1.
  await away.reload();
  await expect(away.getByRole('radio', { name: 'Both statements are true.' })).toBeChecked();
  await page.getByRole('button', { name: 'Show results' }).click();
  await expect
    .poll(() =>
      page
        .getByRole('list', { name: 'Answers per choice' })
        .getByRole('listitem')
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))),
    )
    .toEqual(['A: 0 answers', 'B: 0 answers', 'C: 1 answer', 'D: 0 answers']);
  await expect(page.getByText('1 of 2 answered')).toBeVisible();
  await other.context().close();
  await away.context().close();
});

test('a wrong teacher secret is refused, by the API and on the presenter page', async ({
  page,
}) => {
  const code = await openClass(page);
  const res = await page.request.post(`/api/live/${code}/open`, {
    headers: { Authorization: 'Bearer not-the-secret' },
    data: { pollId: 'init-zero-weights-zero-biases' },
  });
  expect(res.status()).toBe(401);
  expect((await res.json()).code).toBe('unauthorized');

  await page.evaluate(() => {
    const kept = JSON.parse(localStorage.getItem('nn-live-host')!);
    localStorage.setItem('nn-live-host', JSON.stringify({ ...kept, key: 'x'.repeat(43) }));
  });
  await page.reload();
  await expect(page.getByText(/no key for that class/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open the class' })).toBeVisible();
});
