// Issue 16's walk: a teacher creates a class of three from a roster, assigns two
// sections with the builder, three learners answer (Ana on two devices, Ben late
// by an extension set in the past, Cleo never starting); the gradebook shows
// exactly that, live, and the CSV holds it.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  banner,
  choose,
  createClass,
  device,
  expectAccessible,
  hydrated,
  numeric,
  personalLinks,
  tokenOf,
} from './helpers.ts';

const SIGN = 'backprop-squared-error-sign';
const SIGMOID = 'backprop-sigmoid-derivative';
const GRADIENT = 'backprop-one-unit-gradient';
const STEP = 'gradient-descent-one-step';
const LESSON6 = '/lessons/06-gradient-descent/';
const LESSON7 = '/lessons/07-backpropagation/';
const SIGN_Q = /The loss of one example is/;
const SIGMOID_Q = /A sigmoid unit outputs/;
const GRADIENT_Q = /One sigmoid unit: /;
const STEP_Q = /starts at w\s*=\s*3/;
const DIRECTION_Q = /the gradient .* points in which direction/;

/** The text of each cell of the gradebook row of `name`. */
async function rowOf(page: Page, name: string): Promise<string[]> {
  const region = page.getByRole('region', { name: 'Class gradebook: learners by polls' });
  const row = region.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  return row.locator('th, td').evaluateAll((cells) =>
    cells.map((c) => {
      // What a screen reader reads: the visible marks are aria-hidden, the words are not.
      const words = [...c.childNodes]
        .filter((n) => !(n instanceof HTMLElement && n.getAttribute('aria-hidden') === 'true'))
        .map((n) => n.textContent ?? '')
        .join('');
      return words.replace(/\s+/g, ' ').trim();
    }),
  );
}

test('a class of three: roster, two sections, learners answering, the gradebook and the CSV', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  page.on('dialog', (d) => void d.accept());

  // A roster with a name twice is refused with the server's reason, naming both lines.
  await page.goto('/teachers/classes/');
  await hydrated(page);
  await expect(
    page.getByText(/teacher secret of each class is kept in this browser/),
  ).toBeVisible();
  const form = page.getByRole('form', { name: 'Create a class' });
  await form.getByLabel('Name of the class').fill('Group A');
  await form.getByLabel(/^Roster/).fill('Ana\nBen\nana');
  await form.getByRole('button', { name: 'Create the class' }).click();
  await expect(form.getByRole('alert')).toHaveText(/line 3: “ana” is listed twice \(also line 1\)/);

  // The roster as CSV with a header, as an LMS exports it.
  const { code } = await createClass(
    page,
    'Group A',
    'name,email\nAna,ana@x.example\nBen,ben@x.example\nCleo,cleo@x.example',
  );
  const links = await personalLinks(page);
  expect(Object.keys(links)).toEqual(['Ana', 'Ben', 'Cleo']);
  await page.getByRole('button', { name: 'QR code of Ana' }).click();
  await expect(
    page.getByRole('img', { name: 'QR code of the personal link of Ana' }),
  ).toBeVisible();

  // The builder: two sections (lesson 6's update rule, lesson 7's chain rule for one unit), published to the class.
  await page.goto('/teachers/assign/');
  await hydrated(page);
  const builder = page.getByRole('form', { name: 'Make an assignment' });
  await builder.getByLabel('Title').fill('Week 6–7');
  await builder.getByText('Or choose sections of lesson 6').click();
  await builder.getByRole('checkbox', { name: 'The update rule', exact: true }).check();
  await builder.getByText('Or choose sections of lesson 7').click();
  await builder.getByRole('checkbox', { name: 'The chain rule for one unit', exact: true }).check();
  await builder.getByRole('button', { name: 'Make the link' }).click();
  const publish = page.getByRole('form', { name: 'Publish to a class' });
  await expect(publish.getByLabel('Class')).toHaveValue(code);
  await publish.getByRole('button', { name: 'Publish to this class' }).click();
  await expect(publish.getByRole('status')).toHaveText('“Week 6–7” is published to Group A.');
  await publish.getByRole('link', { name: 'Open the class' }).click();
  await expect(page.getByRole('heading', { name: 'Gradebook: Week 6–7' })).toBeVisible();
  const summary = page.getByRole('status').filter({ hasText: 'handed in (' });
  await expect(summary).toHaveText(
    '0 handed in (0 late), 0 not handed in, 3 not started; 0 overdue.',
  );
  const polls = await page.evaluate(async (c) => {
    const key = JSON.parse(localStorage.getItem('nn-classes-teacher')!)[0].key;
    const r = await fetch(`/api/classes/${c}`, { headers: { Authorization: `Bearer ${key}` } });
    return (await r.json()).assignments[0].assignment.polls as string[];
  }, code);
  expect(polls).toEqual([STEP, SIGN, SIGMOID, GRADIENT]);

  // Ben's own due time is already over: an extension set in the past.
  await page.getByRole('combobox', { name: 'Learner', exact: true }).selectOption({ label: 'Ben' });
  await page.getByLabel('Their own due time (your local time)').fill('2020-01-01T09:00');
  await page.getByRole('button', { name: 'Set the extension' }).click();
  await expect(page.getByText('Extension for Ben saved.')).toBeVisible();
  // Ben has not started and his time is over: overdue at once (the change is fetched, not waited for).
  await expect(summary).toHaveText(
    '0 handed in (0 late), 0 not handed in, 3 not started; 1 overdue.',
  );

  // The learners, each in a browser context of their own through their personal links
  // (the learner's pages send each assigned answer to the server); Ana on a laptop and a phone.
  const anaLaptop = await device(browser, links.Ana, 'Ana');
  await anaLaptop.goto(LESSON7);
  await choose(anaLaptop, SIGN_Q, 1);
  await numeric(anaLaptop, SIGMOID_Q, '0.16');
  await expect(banner(anaLaptop)).toContainText('in progress: 2 of 4', { timeout: 30_000 });
  // The gradebook follows without a reload (a conditional GET every 5 s).
  await expect(summary).toHaveText(
    '0 handed in (0 late), 1 not handed in, 2 not started; 1 overdue.',
    { timeout: 20_000 },
  );
  const anaPhone = await device(browser, links.Ana, 'Ana');
  await anaPhone.goto(LESSON7);
  await choose(anaPhone, SIGN_Q, 0);
  await numeric(anaPhone, GRADIENT_Q, '-0.5');
  await anaPhone.goto(LESSON6);
  await numeric(anaPhone, STEP_Q, '2.4');
  // A poll outside the assignment stays in the learner's browser.
  await choose(anaPhone, DIRECTION_Q, 0);
  await expect(banner(anaPhone)).toContainText(/handed in ✓/, { timeout: 30_000 });

  const ben = await device(browser, links.Ben, 'Ben');
  await ben.goto(LESSON6);
  await numeric(ben, STEP_Q, '2.4');
  await ben.goto(LESSON7);
  await choose(ben, SIGN_Q, 0);
  await numeric(ben, SIGMOID_Q, '0.25');
  await numeric(ben, GRADIENT_Q, '-0.5');
  await expect(banner(ben)).toContainText(/handed in/, { timeout: 30_000 });
  // Cleo never starts.

  await expect(summary).toHaveText(
    '2 handed in (1 late), 0 not handed in, 1 not started; 0 overdue.',
    { timeout: 20_000 },
  );
  const poll = (o: string) => o;
  expect(await rowOf(page, 'Ana')).toEqual([
    'Ana',
    'handed in',
    '100%',
    'on time',
    expect.stringMatching(/\d/),
    poll('right first time'),
    poll('right later'),
    poll('right first time'),
    poll('right first time'),
  ]);
  expect(await rowOf(page, 'Ben')).toEqual([
    'Ben (extended)',
    'handed in',
    '75%',
    'handed in late, 4 late attempts',
    expect.stringMatching(/\d/),
    'right first time, late',
    'right first time, late',
    'wrong, late',
    'right first time, late',
  ]);
  expect(await rowOf(page, 'Cleo')).toEqual([
    'Cleo',
    'not started',
    '0%',
    'on time',
    '–',
    'not tried',
    'not tried',
    'not tried',
    'not tried',
  ]);

  // Ana's attempts with times and her two devices.
  await page.getByText('Ana: 5 attempts').click();
  const anaAttempts = page.locator('details', { hasText: 'Ana: 5 attempts' }).getByRole('listitem');
  await expect(anaAttempts).toHaveCount(5);
  await expect(anaAttempts.nth(0)).toContainText(/✗ wrong · device 1$/);
  await expect(anaAttempts.nth(2)).toContainText(/✓ right · device 2$/);

  // First answers per poll: Ana's wrong sign and Ben's right one.
  const dist = page.getByTestId(`dist-${SIGN}`);
  await expect(dist.getByRole('row')).toHaveCount(4);
  await expect(dist.getByRole('row').nth(0)).toHaveText(/\(right\)1$/);
  await expect(dist.getByRole('row').nth(1)).toHaveText(/1$/);

  // Filter and sort, by keyboard.
  const show = page.getByRole('combobox', { name: 'Show', exact: true });
  await show.selectOption({ label: 'not started' });
  const bodyRows = page
    .getByRole('region', { name: 'Class gradebook: learners by polls' })
    .getByRole('rowheader');
  await expect(bodyRows).toHaveText(['Cleo']);
  await show.selectOption({ label: 'everyone' });
  await page.getByRole('button', { name: 'Completion' }).focus();
  await page.keyboard.press('Enter');
  await expect(bodyRows).toHaveText(['Ana', 'Ben (extended)', 'Cleo']);
  await page.keyboard.press('Enter');
  await expect(bodyRows).toHaveText(['Cleo', 'Ben (extended)', 'Ana']);

  // The roster shows Ana's two devices.
  const roster = page.getByRole('region', { name: 'Roster: learners, links and devices' });
  await page.reload();
  await expect(roster.getByRole('row', { name: /^Ana/ })).toContainText('2 devices');

  // CSV: the full table, then Moodle's and Canvas's columns, UTF-8 with a BOM.
  const csv = async (layout: string) => {
    await page.getByRole('combobox', { name: 'CSV columns' }).selectOption({ label: layout });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return bytes.toString('utf8').slice(1).split('\r\n');
  };
  const full = await csv('every poll (full table)');
  expect(full[0]).toBe(
    `name,status,handed in (UTC),late,due (UTC),extended,completion %,right first time,right later,wrong,not tried,late attempts,devices,${polls.flatMap((p) => [p, `${p} late`]).join(',')}`,
  );
  expect(full[1]).toMatch(
    /^Ana,handed in,\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,,,,100,3,1,0,0,0,2,right first time,,right later,,right first time,,right first time,$/,
  );
  expect(full[2]).toMatch(
    /^Ben,handed in,[\d :-]+,late,2020-01-01 \d\d:00:00,extended,75,3,0,1,0,4,1,right first time,late,right first time,late,wrong,late,right first time,late$/,
  );
  expect(full[3]).toBe(
    'Cleo,not started,,,,,0,0,0,0,4,0,0,not tried,,not tried,,not tried,,not tried,',
  );
  expect(await csv('Moodle grade import')).toEqual([
    'Identifier,Week 6–7',
    'Ana,100',
    'Ben,75',
    'Cleo,0',
    '',
  ]);
  expect(await csv('Canvas grade import')).toEqual([
    'Student,ID,SIS User ID,SIS Login ID,Section,Week 6–7',
    'Ana,,,,,100',
    'Ben,,,,,75',
    'Cleo,,,,,0',
    '',
  ]);

  // An unchanged class answers 304 to the next conditional GET.
  const notModified = await page.waitForResponse(
    (r) => r.url().includes('/gradebook') && r.status() === 304,
    { timeout: 20_000 },
  );
  expect(notModified.request().headers()['if-none-match']).toMatch(/^W\//);

  await expectAccessible(page);
  await page.evaluate(() => {
    document.documentElement.dataset.theme = 'dark';
  });
  await expectAccessible(page);

  // Revoke Cleo's link: her token stops at once; a new link works.
  await roster.getByRole('button', { name: 'Revoke the links of Cleo' }).click();
  await expect(page.getByText('Links of Cleo revoked.')).toBeVisible();
  await expect(roster.getByRole('row', { name: /^Cleo/ })).toContainText('revoked');
  const cleo = tokenOf(links.Cleo);
  const refused = await page.request.post(`/api/classes/${code}/attempts`, {
    headers: { Authorization: `Bearer ${cleo}` },
    data: {
      deviceId: 'cleo-phone',
      attempts: [{ attemptId: 'cleo-0001', pollId: STEP, response: '2.4' }],
    },
  });
  expect(refused.status()).toBe(401);
  await roster.getByRole('button', { name: 'New link for Cleo' }).click();
  await expect(
    page.getByText('New link made for Cleo; the old one no longer works.'),
  ).toBeVisible();
  const fresh = (await personalLinks(page)).Cleo;
  expect(tokenOf(fresh)).not.toBe(cleo);
  const cleoPhone = await device(browser, fresh, 'Cleo');
  await cleoPhone.goto(LESSON6);
  await numeric(cleoPhone, STEP_Q, '2.4');
  await expect(summary).toHaveText(
    '2 handed in (1 late), 1 not handed in, 0 not started; 0 overdue.',
    { timeout: 30_000 },
  );
  for (const p of [anaLaptop, anaPhone, ben, cleoPhone]) await p.context().close();
});

test('at 390 px the classes page fits, its tables scroll in named regions, and the sheet of links prints', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await createClass(page, 'Narrow class', 'Zoë Ångström\nBartholomew Featherstonehaugh-Smythe');
  const fits = () =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
  expect(await fits()).toBe(true);
  const roster = page.getByRole('region', { name: 'Roster: learners, links and devices' });
  await roster.focus();
  await expect(roster).toBeFocused();
  // By keyboard: the QR code of a learner opens and closes.
  const qr = page.getByRole('button', { name: 'QR code of Zoë Ångström' });
  await qr.focus();
  await page.keyboard.press('Enter');
  await expect(qr).toHaveAttribute('aria-expanded', 'true');
  await expect(
    page.getByRole('img', { name: 'QR code of the personal link of Zoë Ångström' }),
  ).toBeVisible();
  expect(await fits()).toBe(true);
  await page.keyboard.press('Space');
  await expect(qr).toHaveAttribute('aria-expanded', 'false');
  // The sheet of links: printing is stubbed, the sheet is checked under print media.
  await page.evaluate(() => {
    window.print = () => {};
  });
  await page.getByRole('button', { name: 'Print a sheet of all links' }).focus();
  await page.keyboard.press('Enter');
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByRole('region', { name: 'Personal links: Narrow class' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('img')).toHaveCount(2);
  await expect(sheet).toContainText('Zoë Ångström');
  await expect(roster).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expectAccessible(page);
});
