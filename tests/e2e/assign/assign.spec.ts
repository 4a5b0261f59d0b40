import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { decodeAssignment } from '../../../src/assign/assignment.ts';
import { decodeReport, encodeReport } from '../../../src/assign/report.ts';
import { hydrated } from './helpers.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';
/** WCAG 2.1 AA on the page as it stands (with the banner, the filled table and charts). */
async function expectAccessible(page: Page) {
  const r = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

const SIGMOID = 'backprop-sigmoid-derivative';
const GRADIENT = 'backprop-one-unit-gradient';

/** Answers a numeric poll on the current lesson page (the poll is named by its question). */
async function answer(page: Page, question: RegExp, text: string, verdict: string) {
  const poll = page.getByRole('form', { name: question });
  await poll.scrollIntoViewIfNeeded();
  await expect(poll.getByRole('button', { name: 'Check' })).toBeEnabled();
  await poll.getByLabel('Your answer').fill(text);
  await poll.getByRole('button', { name: 'Check' }).click();
  await expect(poll.getByRole('status').first()).toContainText(verdict);
}

test('a teacher assigns, a learner reports, the teacher grades with hostile and tampered reports', async ({
  page,
}) => {
  page.on('dialog', () => {
    throw new Error('a dialog opened: some text ran as script');
  });

  // Teacher: lesson 7 whole, one section of lesson 6 with only its one-step poll.
  await page.goto('/teachers/assign/');
  const form = page.getByRole('form', { name: 'Make an assignment' });
  await hydrated(page);
  await form.getByLabel('Title').fill('Read lessons 6 and 7');
  await form.getByLabel(/Instructions/).fill('Answer the polls by Friday.');
  await form.getByLabel(/Due/).fill('2099-01-30T17:00');
  await form.getByText('Or choose sections of lesson 6').click();
  await form.getByRole('checkbox', { name: 'The update rule', exact: true }).check();
  const polls6 = form.getByRole('group', { name: 'Polls of lesson 6 to answer' });
  for (const box of await polls6.getByRole('checkbox').all()) await box.uncheck();
  await polls6.getByRole('checkbox', { name: /starts at w\s*=\s*3/ }).check();
  await form.getByRole('checkbox', { name: /Lesson 7: .* \(whole lesson\)/ }).check();
  await form.getByRole('button', { name: 'Make the link' }).click();
  const link = await page.getByLabel('Link for your students').inputValue();
  expect(link).toMatch(/\/assignment\/#nnA1\./);
  await expect(page.getByRole('img', { name: 'QR code of the assignment link' })).toBeVisible();
  const read = await decodeAssignment(link);
  if (!read.ok) throw new Error(read.error);
  const a = read.assignment;
  expect(a.lessons).toEqual([
    { lesson: 'lessons/06-gradient-descent', sections: ['the-update-rule'] },
    { lesson: 'lessons/07-backpropagation' },
  ]);
  expect(a.polls[0]).toBe('gradient-descent-one-step');
  expect(a.polls).toContain(SIGMOID);

  // Learner: opens the link, sees the banner, answers two polls, makes a report.
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByRole('heading', { name: 'Read lessons 6 and 7' })).toBeVisible();
  await expect(page.getByRole('note', { name: 'Your assignment' })).toContainText(
    /Read lessons 6 and 7.*left/,
  );
  await page.getByRole('link', { name: /Lesson 7:/ }).click();
  await expect(page.getByRole('note', { name: 'Your assignment' })).toBeVisible();
  await answer(page, /A sigmoid unit outputs/, '0.25', 'Not quite');
  await answer(page, /A sigmoid unit outputs/, '0.16', 'Correct');
  await answer(page, /One sigmoid unit: /, '-0.5', 'Correct');
  await page.goto('/assignment/');
  await expect(page.getByRole('status').filter({ hasText: 'polls answered correctly' })).toHaveText(
    `2 of ${a.polls.length} polls answered correctly.`,
  );
  await expect(
    page.getByRole('listitem').filter({ hasText: 'A sigmoid unit outputs' }),
  ).toContainText('right after 2 tries');
  await expectAccessible(page);
  await page.getByLabel('Your name').fill('Ada Lovelace');
  await page.getByRole('button', { name: 'Make my report' }).click();
  const code = await page.getByLabel('Your report code').inputValue();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the report file' }).click(),
  ]);
  const file = await readFile(await download.path(), 'utf8');
  const mine = await decodeReport(code, a);
  if (!mine.ok) throw new Error(mine.error);
  expect(mine.report.attempts.map((x) => [x.poll, x.answer])).toEqual([
    [SIGMOID, '0.25'],
    [SIGMOID, '0.16'],
    [GRADIENT, '-0.5'],
  ]);

  // A hostile classmate (valid report, script as name) and a tampered copy of Ada's code.
  const hostile = await encodeReport(
    {
      ...mine.report,
      name: HOSTILE,
      attempts: [{ poll: SIGMOID, answer: '0.25', at: mine.report.createdAt }],
    },
    a,
  );
  const at = code.length - 30;
  const tampered = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);

  // Teacher: gradebook of the assignment made in this browser.
  await page.goto('/teachers/gradebook/');
  await expect(
    page.getByRole('heading', { name: /Import reports for “Read lessons 6 and 7”/ }),
  ).toBeVisible();
  await page
    .getByLabel('Report files (choose or drop many at once)')
    .setInputFiles({ name: 'ada.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
    /^1 report\(s\) imported, 0 not counted \(1 file\(s\), /,
  );
  await page
    .getByLabel('Paste report codes (one per line)')
    .fill(`${hostile}\n${tampered}\n${code}`);
  await page.getByRole('button', { name: 'Import pasted codes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
    /^1 report\(s\) imported, 2 not counted \(pasted codes, /,
  );
  const flags = page.getByRole('region', { name: /Not counted/ });
  await expect(flags).toContainText(
    /pasted code 2( \(Ada Lovelace\))?: altered or truncated: the integrity check failed/,
  );
  await expect(flags).toContainText('pasted code 3 (Ada Lovelace): duplicate');

  const table = page.getByRole('region', { name: 'Gradebook: learners by polls' });
  const n = a.polls.length;
  const si = a.polls.indexOf(SIGMOID) + 1;
  const ada = table.getByRole('row', { name: /Ada Lovelace/ });
  await expect(ada.getByRole('cell').nth(0)).toHaveText(`${Math.round((2 / n) * 100)}%`);
  await expect(ada.getByRole('cell').nth(1 + si)).toContainText('right later');
  await expect(table.getByRole('rowheader', { name: HOSTILE })).toHaveText(HOSTILE);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  // Chart: the class's first answers to the sigmoid poll: 0.25 twice (a misconception), no right one first.
  await expect(page.getByTestId(`dist-${SIGMOID}`).getByRole('row')).toHaveText(['0.252']);

  await expectAccessible(page);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csvText = await readFile(await csv.path(), 'utf8');
  expect(csvText.startsWith('\uFEFFname,handed in (UTC),')).toBe(true);
  const lines = csvText.slice(1).trim().split('\r\n');
  expect(lines).toHaveLength(3);
  // The report time as the CSV writes it (UTC), and no late answers: the due date is in 2099.
  const time = new Date(mine.report.createdAt).toISOString().slice(0, 19).replace('T', ' ');
  const cells = (f: (p: string) => string) => a.polls.map((p) => `${f(p)},`).join(',');
  expect(lines[1]).toBe(
    `${HOSTILE},${time},0,0,0,1,${n - 1},0,${cells((p) => (p === SIGMOID ? 'wrong' : 'not tried'))}`,
  );
  expect(lines[2]).toBe(
    `Ada Lovelace,${time},${Math.round((2 / n) * 100)},1,1,0,${n - 2},0,${cells((p) => (p === SIGMOID ? 'right later' : p === GRADIENT ? 'right first time' : 'not tried'))}`,
  );
});
