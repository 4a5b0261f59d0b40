// A teacher keeps the gradebook in order: older reports under one name stay
// and can be chosen, one report can be removed, an assignment archived or
// emptied, and the whole gradebook backed up and restored. Refused codes are
// listed by import and survive a reload; pasted mail text imports.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { assignmentKey } from '../../../src/assign/assignment.ts';
import { encodeCode } from '../../../src/assign/codec.ts';
import { encodeReport } from '../../../src/assign/report.ts';
import {
  expectAccessible,
  expectImported,
  expectLearners,
  makeAssignment,
  makeReport,
  openGradebook,
  paste,
  reload,
  SIGMOID,
  table,
} from './helpers.ts';

test('an older report under the same name is kept, can count instead, and one report can be removed', async ({
  page,
}) => {
  const a = makeAssignment();
  await openGradebook(page, a);
  const older = makeReport(a, 'Ada', Date.UTC(2026, 0, 5));
  const newer = {
    ...makeReport(a, 'ada', Date.UTC(2026, 0, 6)),
    attempts: [{ poll: SIGMOID, answer: '0.3', at: Date.UTC(2026, 0, 6) - 1 }],
  };
  await paste(page, `${await encodeReport(older, a)}\n${await encodeReport(newer, a)}`);
  await expectImported(page, 2, 0);
  const row = table(page).getByRole('row', { name: /ada/i });
  await expect(row.getByRole('cell').nth(2)).toContainText('wrong'); // the newer one counts
  const notCounted = page.getByRole('region', { name: /Not counted/ });
  await expect(notCounted).toContainText('Older reports under the same name');
  await expectAccessible(page);
  await notCounted.getByRole('button', { name: 'Count this one instead' }).click();
  await expect(row.getByRole('cell').nth(2)).toContainText('right first time');
  await reload(page, a.title);
  await expect(row.getByRole('cell').nth(2)).toContainText('right first time');
  await expectLearners(page, 1);

  // Removing asks first; after that only the other report is left, also after a reload.
  page.once('dialog', (d) => void d.accept());
  await table(page).getByRole('button', { name: 'Remove the report of Ada' }).click();
  await expect(row.getByRole('cell').nth(2)).toContainText('wrong');
  await reload(page, a.title);
  await expectLearners(page, 1);
  await expect(notCounted).toHaveCount(0);
});

test('refused codes are listed by import with their reasons, and the list survives a reload', async ({
  page,
}) => {
  const a = makeAssignment();
  await openGradebook(page, a);
  const ada = await encodeReport(makeReport(a, 'Ada'), a);
  const key = assignmentKey(a);
  const longName = await encodeCode(
    'nnR1.',
    { ...makeReport(a, 'x'), name: 'x'.repeat(10_000) },
    key,
  );
  const bomb = await encodeCode(
    'nnR1.',
    {
      ...makeReport(a, 'Bomb'),
      attempts: [{ poll: SIGMOID, answer: 'a'.repeat(9_000_000), at: 1 }],
    },
    key,
  );
  const forged = await encodeCode('nnR1.', makeReport(a, 'Eve'));
  // An e-mail: greeting, Ada's code wrapped at 76 columns and ending a sentence, then the others.
  const wrapped = ada.match(/.{1,76}/g)?.join('\n') ?? '';
  await paste(
    page,
    `Hi,\nhere is mine:\n${wrapped}.\n\n(${longName})\n${bomb}\n${forged}\nThanks!`,
  );
  await expectImported(page, 1, 3);
  const notCounted = page.getByRole('region', { name: /Not counted/ });
  await expect(
    notCounted.getByRole('heading', { name: /^Refused in: pasted codes, / }),
  ).toBeVisible();
  await expect(notCounted).toContainText(
    'pasted code 2: name too long (names may be at most 100 characters)',
  );
  await expect(notCounted).toContainText('pasted code 3: too large');
  await expect(notCounted).toContainText('pasted code 4 (Eve): altered or truncated');
  await reload(page, a.title);
  await expect(notCounted).toContainText('pasted code 4 (Eve): altered or truncated');
  await expectLearners(page, 1);
  // Emptying the list asks first; then it stays empty after a reload, and the report stays.
  page.once('dialog', (d) => void d.accept());
  await notCounted
    .getByRole('button', { name: 'Empty the list of refused codes and files' })
    .click();
  await expect(notCounted).toHaveCount(0);
  await reload(page, a.title);
  await expect(notCounted).toHaveCount(0);
  await expectLearners(page, 1);
});

test('names with direction overrides are isolated and shown with the control visible', async ({
  page,
}) => {
  const a = makeAssignment();
  await openGradebook(page, a);
  await paste(page, await encodeReport(makeReport(a, '\u202Eecila'), a));
  await expectImported(page, 1, 0);
  const cell = table(page).getByRole('rowheader');
  await expect(cell).toHaveText('[U+202E]ecila');
  await expect(cell.locator('bdi')).toHaveCount(1);
});

test('the whole gradebook is backed up, emptied, and restored; a wrong file is named as such', async ({
  page,
}) => {
  const a = makeAssignment({ title: 'Same title' });
  const b = makeAssignment({ title: 'Same title' });
  const codeA = await openGradebook(page, a);
  await paste(
    page,
    `${await encodeReport(makeReport(a, 'Ada'), a)}\n${await encodeReport(makeReport(a, 'Bob'), a)}`,
  );
  await expectImported(page, 2, 0);
  await openGradebook(page, b);
  await paste(page, await encodeReport(makeReport(b, 'Cy'), b));
  await expectImported(page, 1, 0);
  // Two assignments with one title are told apart by their short references.
  const options = page.getByLabel('Assignments in this browser').getByRole('option');
  await expect(options).toHaveCount(2);
  const labels = await options.allTextContents();
  expect(new Set(labels).size).toBe(2);

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup of the whole gradebook' }).click(),
  ]);
  const backup = await readFile(await file.path(), 'utf8');

  // Emptying asks first.
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Remove all reports of this assignment' }).click();
  await expectLearners(page, 0);
  // Archiving hides it from the list, keeps it on request.
  await page.getByRole('button', { name: 'Archive this assignment' }).click();
  await expect(
    page.getByRole('button', { name: 'Bring this assignment back into the list' }),
  ).toBeVisible();

  const restore = page.getByLabel('Restore from a backup file');
  await restore.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello":1}'),
  });
  await expect(page.getByRole('status').filter({ hasText: 'backup' })).toHaveText(
    'This file is not a gradebook backup of this course.',
  );
  await restore.setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup),
  });
  await expect(page.getByRole('status').filter({ hasText: 'restored' })).toHaveText(
    'Backup restored: 2 assignment(s), 1 report(s) added, 2 already here.',
  );
  await expectLearners(page, 1);
  await reload(page, b.title);
  await expectLearners(page, 1);
  // Back to the first assignment: the archived one leaves the list unless asked for.
  const list = page.getByLabel('Assignments in this browser');
  await list.selectOption(codeA);
  await expectLearners(page, 2);
  await expect(options).toHaveCount(1);
  await page.getByLabel('Show archived assignments').check();
  await expect(options).toHaveCount(2);
  await expect(options.filter({ hasText: 'archived' })).toHaveCount(1);
});
