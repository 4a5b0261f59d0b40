// Backup, restore and delete on the teacher's page: a file that is not a backup
// gets the server's reason; deleting says it deletes every learner's data; the
// backup brings the class back with its answers and the same secret.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { answer, createClass, hydrated, personalLinks, tokenOf } from './helpers.ts';

const STEP = 'gradient-descent-one-step';

test('back up, refuse a file that is not a backup, delete with every learner’s data, restore', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.accept();
  });
  const { code, key } = await createClass(page, 'Kept class', 'Ana\nBen');
  const links = await personalLinks(page);
  await page.request.post(`/api/classes/${code}/assignments`, {
    headers: { Authorization: `Bearer ${key}` },
    data: {
      publish: true,
      assignment: {
        id: 'asg-kept-1',
        key: 'AAAAAAAAAAAAAAAAAAAAAA',
        title: 'One step',
        instructions: '',
        due: null,
        lessons: [{ lesson: 'lessons/06-gradient-descent', sections: ['the-update-rule'] }],
        polls: [STEP],
      },
    },
  });
  expect(
    await answer(page.request, code, tokenOf(links.Ana), 'ana-laptop', [[STEP, '2.4']]),
  ).toEqual(['accepted']);
  await page.reload();
  const summary = page.getByRole('status').filter({ hasText: 'handed in (' });
  await expect(summary).toHaveText(
    '1 handed in (0 late), 0 not handed in, 1 not started; 0 overdue.',
  );

  // The due date moved for everyone into the past: Ana's answers came after it, Ben is overdue.
  await page
    .getByLabel('Due for everyone (your local time; empty for none)')
    .fill('2020-01-01T09:00');
  await page.getByRole('button', { name: 'Set the due date for everyone' }).click();
  await expect(
    page.getByText('Due date changed for everyone; the links stay the same.'),
  ).toBeVisible();
  const after = '1 handed in (1 late), 0 not handed in, 1 not started; 1 overdue.';
  await expect(summary).toHaveText(after);

  // The backup, as the server writes it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup (JSON)' }).click(),
  ]);
  const file = (await download.path())!;
  const backup = JSON.parse(await readFile(file, 'utf8'));
  expect(backup.format).toBe('nn-class-backup');
  expect(backup.attempts).toHaveLength(1);

  // Delete: asked first, naming every learner's data; then the class is gone from the server.
  await expect(page.getByText(/Deleting the class deletes every learner’s data/)).toBeVisible();
  await page.getByRole('button', { name: 'Delete the class and every learner’s data' }).click();
  await expect(
    page.getByText('Class “Kept class” deleted with 2 learners and 1 attempt.'),
  ).toBeVisible();
  expect(dialogs.at(-1)).toMatch(/every learner’s data \(2 learners, all their answers\)/);
  expect(
    (
      await page.request.get(`/api/classes/${code}`, {
        headers: { Authorization: `Bearer ${key}` },
      })
    ).status(),
  ).toBe(404);
  await expect(page.getByText('No class is kept in this browser yet.')).toBeVisible();

  // Files that are not backups: the server's reason is shown; nothing breaks.
  const restore = page.getByLabel('Backup file (JSON)');
  const panel = page.getByRole('region', { name: 'Restore a class from a backup file' });
  await restore.setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('hello'),
  });
  await expect(panel.getByRole('alert')).toContainText('not JSON');
  await restore.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'nn-course-gradebook-backup' })),
  });
  await expect(panel.getByRole('alert')).toContainText(/format/);

  // The real backup brings the class back; it opens with its code and the same secret.
  await restore.setInputFiles(file);
  await expect(panel.getByRole('status')).toHaveText(
    'Class “Kept class” restored with 2 learners. Open it with its secret (the backup does not hold it).',
  );
  await expect(panel.getByRole('alert')).toHaveCount(0);
  const open = page.getByRole('form', { name: 'Open a class with its code and secret' });
  await open.getByLabel('Class code').fill(code.toLowerCase());
  await open.getByLabel('Teacher secret').fill('not a secret');
  await open.getByRole('button', { name: 'Open the class' }).click();
  await expect(open.getByRole('alert')).toContainText('That is not a teacher secret');
  await open.getByLabel('Teacher secret').fill(key);
  await open.getByRole('button', { name: 'Open the class' }).click();
  await hydrated(page);
  // Everything came back: the answers and the moved due date.
  await expect(summary).toHaveText(after);
  // The same personal links work again.
  expect(await personalLinks(page)).toEqual(links);
});
