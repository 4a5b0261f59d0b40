// Steps the class specs share: a class made on the teacher's page, personal links
// read from its roster, an assignment made in the builder and published to it,
// and a learner's answers sent with the token of a personal link.
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';

/** Waits until every island on the page has hydrated. */
export async function hydrated(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 20_000 });
}

/** Creates a class on /teachers/classes/ and waits for its view; returns its code and secret. */
export async function createClass(
  page: Page,
  name: string,
  roster: string,
): Promise<{ code: string; key: string }> {
  await page.goto('/teachers/classes/');
  await hydrated(page);
  const form = page.getByRole('form', { name: 'Create a class' });
  await form.getByLabel('Name of the class').fill(name);
  await form.getByLabel(/^Roster/).fill(roster);
  await form.getByRole('button', { name: 'Create the class' }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible({ timeout: 20_000 });
  const code = /class=([A-Z2-9]{6})/.exec(page.url())![1];
  await page.getByText('Teacher secret (shown here').click();
  const key = await page.getByLabel('Teacher secret', { exact: true }).inputValue();
  return { code, key };
}

/** The personal link path of each learner in the roster table, by name. */
export async function personalLinks(page: Page): Promise<Record<string, string>> {
  const region = page.getByRole('region', { name: 'Roster: learners, links and devices' });
  await expect(region.getByRole('row').nth(1)).toBeVisible();
  const pairs = await region
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [
        r.querySelector('th bdi')?.textContent ?? '',
        r.querySelector('code.class-link')?.textContent ?? '',
      ]),
    );
  return Object.fromEntries(
    pairs.filter(([, link]) => link).map(([name, link]) => [name, new URL(link).hash]),
  );
}

/** The learner token in a personal link's fragment. */
export const tokenOf = (hash: string) => new URLSearchParams(hash.slice(1)).get('token')!;

/** Sends one learner's answers from one device, as the learner's page does; returns each status. */
export async function answer(
  request: APIRequestContext,
  code: string,
  token: string,
  deviceId: string,
  answers: [pollId: string, response: string][],
): Promise<string[]> {
  const res = await request.post(`/api/classes/${code}/attempts`, {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      deviceId,
      attempts: answers.map(([pollId, response]) => ({
        attemptId: randomUUID(),
        pollId,
        response,
      })),
    },
  });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { results: { status: string }[] }).results.map((r) => r.status);
}

/** WCAG 2.1 AA on the page as it stands. */
export async function expectAccessible(page: Page) {
  const r = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Opens a personal link in a new browser context (a device) and waits until it is signed in. */
export async function device(browser: Browser, link: string, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/class/${link}`);
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible({ timeout: 20_000 });
  return page;
}

/** The class banner of the learner's pages. */
export const banner = (page: Page) =>
  page.getByRole('complementary', { name: 'Your class assignment' });

/** A lesson's poll (named by its question) once its island has hydrated. */
async function pollForm(page: Page, question: RegExp) {
  const form = page.getByRole('form', { name: question });
  await form.scrollIntoViewIfNeeded();
  await expect(form.getByRole('button', { name: 'Check' })).toBeEnabled({ timeout: 20_000 });
  return form;
}

/** Types `text` into a numeric poll and checks it. */
export async function numeric(page: Page, question: RegExp, text: string) {
  const form = await pollForm(page, question);
  await form.getByLabel('Your answer').fill(text);
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.getByRole('status').first()).not.toBeEmpty();
}

/** Picks the option at `index` of a choice poll and checks it. */
export async function choose(page: Page, question: RegExp, index: number) {
  const form = await pollForm(page, question);
  await form.getByRole('radio').nth(index).check();
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.getByRole('status').first()).not.toBeEmpty();
}
