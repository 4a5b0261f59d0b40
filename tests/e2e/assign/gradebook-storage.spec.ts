// The gradebook loses nothing: more than 500 reports, long codes, two tabs,
// two imports at once, a full storage quota, a look-alike link. After each step
// the page is reloaded, because what counts is what comes back.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { encodeAssignment } from '../../../src/assign/assignment.ts';
import { encodeReport, MAX_PASTE_CODE } from '../../../src/assign/report.ts';
import {
  expectAccessible,
  expectImported,
  expectLearners,
  fileOf,
  makeAssignment,
  makeReport,
  manyCodes,
  openGradebook,
  paste,
  reload,
  GRADIENT,
  SIGMOID,
  table,
} from './helpers.ts';

test('650 reports and a code over 20 000 characters all come back after reloads', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const a = makeAssignment();
  await openGradebook(page, a);
  await paste(page, (await manyCodes(a, 150)).join('\n'));
  await expectImported(page, 150, 0);
  await reload(page, a.title);
  await expectLearners(page, 150);

  // 501 files at once: 500 import, the 501st is refused with its reason.
  const codes = await manyCodes(a, 501, 151);
  await page.getByLabel('Report files (choose or drop many at once)').setInputFiles(
    codes.map((c, i) => ({
      name: `learner-${151 + i}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(c),
    })),
  );
  await expectImported(page, 500, 1);
  await expect(page.getByRole('region', { name: /Not counted/ })).toContainText(
    'learner-651.json: more than 500 reports at once',
  );
  await reload(page, a.title);
  await expectLearners(page, 650);

  // A learner with many long answers: the code is too long to paste, so it comes as a file.
  const digits = () =>
    `0.${Array.from({ length: 1990 }, () => Math.floor(Math.random() * 10)).join('')}`;
  const long = {
    ...makeReport(a, 'Many Attempts'),
    attempts: [SIGMOID, GRADIENT].flatMap((poll, k) =>
      Array.from({ length: 20 }, (_, i) => ({ poll, answer: digits(), at: k * 100 + i })),
    ),
  };
  const longCode = await encodeReport(long, a);
  expect(longCode.length).toBeGreaterThan(MAX_PASTE_CODE);
  await page
    .getByLabel('Report files (choose or drop many at once)')
    .setInputFiles(await fileOf(long, a, 'many.json'));
  await expectImported(page, 1, 0);
  await reload(page, a.title);
  await expectLearners(page, 651);
  await expect(table(page).getByRole('rowheader', { name: 'Many Attempts' })).toBeVisible();
  // A second reload after more imports still has everything.
  await paste(page, (await manyCodes(a, 1, 700)).join('\n'));
  await expectImported(page, 1, 0);
  await reload(page, a.title);
  await expectLearners(page, 652);
});

test('two gradebook tabs on one assignment merge their imports', async ({ context }) => {
  const a = makeAssignment();
  const one = await context.newPage();
  const two = await context.newPage();
  await openGradebook(one, a);
  await openGradebook(two, a);
  await paste(one, await encodeReport(makeReport(a, 'Ada'), a));
  await expectImported(one, 1, 0);
  // The second tab opened before Ada came in; it imports Bob and must not drop Ada.
  await paste(two, await encodeReport(makeReport(a, 'Bob'), a));
  await expectImported(two, 1, 0);
  await expectLearners(two, 2);
  await expectLearners(one, 2); // told by the other tab, without a reload
  await reload(one, a.title);
  await reload(two, a.title);
  await expectLearners(one, 2);
  await expectLearners(two, 2);
});

test('a file chosen while a pasted batch still imports: both batches are kept', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const a = makeAssignment();
  await openGradebook(page, a);
  await paste(page, (await manyCodes(a, 300)).join('\n'));
  // At once, without waiting for the first batch.
  await page
    .getByLabel('Report files (choose or drop many at once)')
    .setInputFiles(await fileOf(makeReport(a, 'Late Comer'), a));
  await expectLearners(page, 301);
  await reload(page, a.title);
  await expectLearners(page, 301);
  await expect(table(page).getByRole('rowheader', { name: 'Late Comer' })).toBeVisible();
});

test('a full storage quota: the teacher is told, the rows stay, a backup saves them', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // The browser's storage fills up when the test says so: every write of a report throws.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore['put']>) {
      if ((window as { full?: boolean }).full && this.name === 'reports')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const a = makeAssignment();
  await openGradebook(page, a);
  await paste(page, await encodeReport(makeReport(a, 'Ada'), a));
  await expectImported(page, 1, 0);

  await page.evaluate(() => ((window as { full?: boolean }).full = true));
  const bob = await encodeReport(makeReport(a, 'Bob'), a);
  await paste(page, bob);
  const alert = page.getByRole('alert').filter({ hasText: 'storage' });
  await expect(alert).toContainText(
    'The browser’s storage for this site is full: 1 report(s) on this page are NOT saved',
  );
  await expectLearners(page, 2);
  await expect(table(page).getByRole('row', { name: /Bob/ })).toContainText('not saved');
  await expectAccessible(page);

  const [backup] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download a backup file' }).click(),
  ]);
  const saved = JSON.parse(await readFile(await backup.path(), 'utf8')) as {
    assignments: { reports: { code: string }[] }[];
  };
  expect(saved.assignments[0].reports.map((r) => r.code)).toContain(bob);

  // Space is freed: saving again works, and Bob survives a reload.
  await page.evaluate(() => ((window as { full?: boolean }).full = false));
  await alert.getByRole('button', { name: 'Try saving again' }).click();
  await expect(alert).toHaveCount(0);
  await reload(page, a.title);
  await expectLearners(page, 2);
  expect(errors).toEqual([]);
});

test('a look-alike link (same id, other key) opens its own gradebook and removes nothing', async ({
  page,
}) => {
  const a = makeAssignment();
  const lookAlike = makeAssignment({ id: a.id });
  const code = await openGradebook(page, a);
  await paste(page, (await manyCodes(a, 3)).join('\n'));
  await expectImported(page, 3, 0);

  await openGradebook(page, lookAlike);
  await expectLearners(page, 0);
  // A report for the real assignment does not verify under the look-alike's key.
  await paste(page, await encodeReport(makeReport(a, 'Ada'), a));
  await expectImported(page, 0, 1);

  // Both are listed, told apart by a short reference, and the first still has its 3 reports.
  const list = page.getByLabel('Assignments in this browser');
  await expect(list.getByRole('option', { name: /Backprop check/ })).toHaveCount(2);
  await list.selectOption(code);
  await expectLearners(page, 3);
  await page.goto(`/teachers/gradebook/#${await encodeAssignment(a)}`);
  await expectLearners(page, 3);
});
