// What the gradebook specs share: an assignment and reports made here (with the
// course's own codecs), and the steps a teacher takes on the gradebook page.
import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { encodeAssignment, type Assignment } from '../../../src/assign/assignment.ts';
import { toBase64Url } from '../../../src/assign/codec.ts';
import { encodeReport, reportFile, type Report } from '../../../src/assign/report.ts';

/** Two numeric polls of lesson 7 (answers 0.16 and -0.5 in the bank). */
export const SIGMOID = 'backprop-sigmoid-derivative';
export const GRADIENT = 'backprop-one-unit-gradient';

/** A fresh assignment over the two polls (a new id and key each time, unless given). */
export function makeAssignment(over: Partial<Assignment> = {}): Assignment {
  return {
    id: toBase64Url(randomBytes(9)),
    key: toBase64Url(randomBytes(16)),
    title: 'Backprop check',
    instructions: '',
    due: Date.UTC(2099, 0, 1),
    lessons: [{ lesson: 'lessons/07-backpropagation' }],
    polls: [SIGMOID, GRADIENT],
    ...over,
  };
}

/** A learner's report: a right first answer to the sigmoid poll, made at `createdAt`. */
export function makeReport(a: Assignment, name: string, createdAt = Date.UTC(2026, 0, 5)): Report {
  return {
    assignment: a.id,
    title: a.title,
    name,
    createdAt,
    attempts: [{ poll: SIGMOID, answer: '0.16', at: createdAt - 1000 }],
  };
}

/** Codes for many learners ("Learner 1", …). */
export function manyCodes(a: Assignment, n: number, from = 1): Promise<string[]> {
  return Promise.all(
    Array.from({ length: n }, (_, i) => encodeReport(makeReport(a, `Learner ${from + i}`), a)),
  );
}

/** A report file (as the learner's page downloads it) for Playwright's setInputFiles. */
export async function fileOf(r: Report, a: Assignment, name = 'report.json') {
  return {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(reportFile(r, await encodeReport(r, a))),
  };
}

/** Opens the gradebook of an assignment by its link, as a teacher following it. */
export async function openGradebook(page: Page, a: Assignment) {
  const code = await encodeAssignment(a);
  await page.goto(`/teachers/gradebook/#${code}`);
  await expect(
    page.getByRole('heading', { name: `Import reports for “${a.title}”` }),
  ).toBeVisible();
  return code;
}

/** The gradebook's table region. */
export const table = (page: Page) =>
  page.getByRole('region', { name: 'Gradebook: learners by polls' });

/** Waits until the table counts `n` learners. */
export async function expectLearners(page: Page, n: number) {
  await expect(table(page).locator('caption')).toContainText(`${n} learner(s).`, {
    timeout: 60_000,
  });
}

/** Pastes text into the code box and imports it. */
export async function paste(page: Page, text: string) {
  await page.getByLabel('Paste report codes (one per line)').fill(text);
  await page.getByRole('button', { name: 'Import pasted codes' }).click();
}

/** Waits for the status line of a finished import. */
export async function expectImported(page: Page, imported: number, refused: number) {
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toContainText(
    `${imported} report(s) imported, ${refused} not counted`,
    { timeout: 60_000 },
  );
}

/** Reloads the page and waits for the gradebook to be open again. */
export async function reload(page: Page, title: string) {
  await page.reload();
  await expect(page.getByRole('heading', { name: `Import reports for “${title}”` })).toBeVisible();
}

/** Waits until every island on the page has hydrated (Astro drops the "ssr" attribute then). */
export async function hydrated(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
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
