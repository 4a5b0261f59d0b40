import { expect, test } from '@playwright/test';
import { joinAs } from './helpers.ts';

// perceptron-weighted-sum (content/polls/02-perceptron.yaml): the answer is -1.
const TITLE = /^A perceptron has weights w = \(0\.5, 0\.25, -1\)/;

test('a numeric poll, moved first in the order, fills a binned histogram', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await page.goto('/live/host/');
  await page.getByRole('checkbox', { name: TITLE }).check();
  await expect(page.getByRole('heading', { name: '3 polls chosen, in this order:' })).toBeVisible();
  const up = page.getByRole('button', { name: /^Move up: A perceptron has weights/ });
  await up.click();
  await up.click();
  await expect(up).toBeDisabled();
  await page.getByRole('button', { name: 'Open the class' }).click();
  const link = page.getByRole('link', { name: /\/live\/\?code=/ });
  const code = new URL((await link.getAttribute('href'))!).searchParams.get('code')!;

  const phones = await Promise.all(['N1', 'N2', 'N3'].map((n) => joinAs(browser, code, n)));
  await page.getByRole('button', { name: 'Open the first poll' }).click();
  await expect(page.getByText('Poll 1 of 3')).toBeVisible();
  const typed = ['-1', '−0.9995', '2'];
  for (const [i, phone] of phones.entries()) {
    await phone.getByLabel('Your answer').fill(typed[i]);
    await phone.getByRole('button', { name: 'Send my answer' }).click();
    await expect(phone.getByText(/Your answer is in/)).toBeVisible();
  }
  // Text that is not a number is explained on the phone and never sent.
  await phones[2].getByLabel('Your answer').fill('abc');
  await phones[2].getByRole('button', { name: 'Send my answer' }).click();
  await expect(phones[2].getByText(/is not a number/)).toBeVisible();

  await page.getByRole('button', { name: 'Show results' }).click();
  await page.getByRole('button', { name: 'Reveal the answer' }).click();
  const names = () =>
    page
      .getByRole('list', { name: 'Answers per range' })
      .getByRole('listitem')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  await expect
    .poll(async () => (await names()).filter((n) => n.endsWith('the right answer')))
    .toEqual([expect.stringMatching(/: 2 answers, the right answer$/)]);
  const counts = (await names()).map((n) => Number(/: (\d+) answers?/.exec(n)![1]));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
  await expect(phones[0].getByText(/You were right/)).toBeVisible();
  await expect(phones[2].getByText(/Not this time/)).toBeVisible();
  for (const p of phones) await p.context().close();
});
