// The learner's side of a class on the class server (issue 16): a personal
// link signs a browser in, answers to assigned polls go to the server once,
// offline ones when the connection is back, and the status comes from there.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';

const LESSON = '/lessons/02-perceptron/';
const GATES = /Which functions of two inputs/;
const XOR = /Why can a single perceptron never learn XOR/;
const POLLS = ['perceptron-which-gates', 'perceptron-why-not-xor'];

/** A class of Ana and Ben with one published assignment (a section of lesson 2 and its two polls), made through the API. */
async function makeClass(request: APIRequestContext) {
  const r = await request.post('/api/classes', {
    data: { name: 'Group A', allowNewNames: false, roster: ['Ana', 'Ben', 'Cy'] },
  });
  expect(r.status()).toBe(201);
  const made = (await r.json()) as {
    code: string;
    teacherSecret: string;
    learners: { name: string; learnerId: string; linkPath: string }[];
  };
  const headers = { Authorization: `Bearer ${made.teacherSecret}` };
  const id = `asg-xor-${Date.now()}`;
  const a = await request.post(`/api/classes/${made.code}/assignments`, {
    headers,
    data: {
      publish: true,
      assignment: {
        id,
        key: 'AAAAAAAAAAAAAAAAAAAAAA',
        title: 'Week 2: XOR',
        instructions: 'Read the XOR section, then answer both polls.',
        due: Date.now() + 86_400_000,
        lessons: [
          { lesson: 'lessons/02-perceptron', sections: ['what-one-perceptron-cannot-do-xor'] },
        ],
        polls: POLLS,
      },
    },
  });
  expect(a.status()).toBe(201);
  const link = (name: string) => made.learners.find((l) => l.name === name)!.linkPath;
  const learnerId = (name: string) => made.learners.find((l) => l.name === name)!.learnerId;
  /** The teacher's gradebook row of `name`. */
  const row = async (name: string) => {
    const g = await request.get(`/api/classes/${made.code}/assignments/${id}/gradebook`, {
      headers,
    });
    expect(g.status()).toBe(200);
    const book = (await g.json()) as {
      learners: {
        learnerId: string;
        status: string;
        attempts: { pollId: string; attemptId: string }[];
      }[];
    };
    return book.learners.find((l) => l.learnerId === learnerId(name))!;
  };
  return { code: made.code, headers, link, learnerId, row };
}

/** A poll of the lesson once its island has hydrated. */
async function poll(page: Page, name: RegExp) {
  const form = page.getByRole('form', { name });
  await form.scrollIntoViewIfNeeded();
  await expect(form.getByRole('button', { name: 'Check' })).toBeEnabled({ timeout: 20_000 });
  return form;
}

async function answerGates(page: Page) {
  const form = await poll(page, GATES);
  for (const o of ['AND', 'OR', 'NAND (not both)'])
    await form.getByLabel(o, { exact: true }).check();
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.getByRole('status')).toContainText('Correct.');
}

async function answerXor(page: Page, option: string) {
  const form = await poll(page, XOR);
  await form.getByLabel(option).check();
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.getByRole('status')).not.toBeEmpty();
}

const banner = (page: Page) => page.getByRole('complementary', { name: 'Your class assignment' });

/** Opens a personal link in a new context (a device) and waits for the signed-in class page. */
async function device(browser: Browser, link: string, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible({ timeout: 20_000 });
  return page;
}

test('a personal link signs in; two answers hand the assignment in; a second device sees it; an offline answer arrives once', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const k = await makeClass(request);
  const ana = await device(browser, k.link('Ana'), 'Ana');
  // The token left the address bar; the page names the class and the assignment.
  expect(new URL(ana.url()).hash).toBe('');
  await expect(ana.getByRole('heading', { name: 'Group A' })).toBeVisible();
  const card = ana.getByRole('region', { name: 'Week 2: XOR' });
  await expect(card.getByText('not started', { exact: true })).toBeVisible();
  await expect(
    card.getByRole('link', { name: 'What one perceptron cannot do: XOR' }),
  ).toHaveAttribute('href', `${LESSON}#what-one-perceptron-cannot-do-xor`);
  await expect(ana.getByRole('img', { name: 'QR code of your personal class link' })).toBeVisible();
  await expect(ana.getByText(/whoever opens them answers as you/)).toBeVisible();

  await ana.goto(LESSON);
  await expect(banner(ana)).toContainText('Week 2: XOR — not started');
  await answerGates(ana);
  await expect(banner(ana)).toContainText('in progress: 1 of 2', { timeout: 30_000 });
  await answerXor(ana, 'No straight line separates');
  await expect(banner(ana)).toContainText(/handed in ✓ at \d\d:\d\d/, { timeout: 30_000 });
  expect((await k.row('Ana')).status).toBe('complete');

  // The same link on another device: signed in as the same learner, with the same status.
  const phone = await device(browser, k.link('Ana'), 'Ana');
  await expect(phone.getByRole('region', { name: 'Week 2: XOR' })).toContainText(
    /handed in ✓ at \d\d:\d\d/,
  );

  // Offline: the answer waits in this browser, then arrives once.
  await ana.context().setOffline(true);
  await answerXor(ana, 'It needs more epochs.');
  await expect(banner(ana)).toContainText('1 answer waiting to be sent');
  expect((await k.row('Ana')).attempts).toHaveLength(2);
  await ana.context().setOffline(false);
  await expect(banner(ana)).not.toContainText('waiting to be sent', { timeout: 60_000 });
  await expect.poll(async () => (await k.row('Ana')).attempts.length, { timeout: 30_000 }).toBe(3);
  // A reload and the second device's visit send nothing again.
  await ana.reload();
  await expect(banner(ana)).toContainText(/handed in ✓/);
  await phone.goto(LESSON);
  await expect(banner(phone)).toContainText(/handed in ✓/);
  const attempts = (await k.row('Ana')).attempts;
  expect(attempts.map((a) => a.pollId)).toEqual([POLLS[0], POLLS[1], POLLS[1]]);
  expect(new Set(attempts.map((a) => a.attemptId)).size).toBe(3);
  await ana.context().close();
  await phone.context().close();
});

test('answers given before signing in are sent once the link is opened, and the page says so', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const k = await makeClass(request);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(LESSON);
  await answerGates(page);
  await page.goto(k.link('Ben'));
  await expect(page.getByText('Signed in as Ben')).toBeVisible({ timeout: 20_000 });
  await expect(
    page.getByText('One answer you gave before signing in was sent to your class too.'),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('region', { name: 'Week 2: XOR' })).toContainText(
    'in progress: 1 of 2',
  );
  await page.reload();
  await expect(page.getByText('Signed in as Ben')).toBeVisible();
  await expect.poll(async () => (await k.row('Ben')).attempts.length).toBe(1);
  await context.close();
});

test('a hostile fragment, an unknown class and a withdrawn link are refused and nothing is kept', async ({
  page,
  request,
}) => {
  const k = await makeClass(request);
  const stored = () => page.evaluate(() => localStorage.getItem('nn-class:session:v1'));

  await page.goto('/class/#code=ABC234&token=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.getByRole('alert')).toContainText('The personal key in this link is damaged');
  await expect(page.getByRole('alert')).toContainText('Nothing was kept in this browser.');
  expect(new URL(page.url()).hash).toBe('');
  expect(await stored()).toBeNull();

  const token = new URLSearchParams(k.link('Cy').split('#')[1]).get('token')!;
  const unknown = k.code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
  await page.goto(`/class/#code=${unknown}&token=${token}`);
  await expect(page.getByRole('alert')).toContainText('There is no class with this code');
  expect(await stored()).toBeNull();

  const r = await request.post(`/api/classes/${k.code}/learners/${k.learnerId('Cy')}/revoke`, {
    headers: k.headers,
  });
  expect(r.status()).toBe(200);
  await page.goto(k.link('Cy'));
  await expect(page.getByRole('alert')).toContainText('This personal link no longer works');
  expect(await stored()).toBeNull();
  // The join form is offered instead.
  await expect(page.getByLabel('Class code')).toBeVisible();
});

test('at 390 px, by keyboard: the banner checklist opens, and the learner signs out; axe finds nothing', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const k = await makeClass(request);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(k.link('Ben'));
  await expect(page.getByText('Signed in as Ben')).toBeVisible({ timeout: 20_000 });
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    const axe = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
      [],
    );
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);

  await page.goto(LESSON);
  const b = banner(page);
  await expect(b).toContainText('not started');
  // Tab from the top of the page to the checklist's summary and open it with Enter.
  const summary = b.getByText(/Polls on this page \(0 of 2\)/);
  for (let i = 0; i < 30 && !(await summary.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  const first = b.getByRole('link', { name: GATES });
  await expect(first).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#poll-perceptron-which-gates-q$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  const axe = await new AxeBuilder({ page }).withTags(tags).include('.class-banner').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.goto('/class/');
  const out = page.getByRole('button', { name: 'Sign out of this class' });
  await expect(out).toBeVisible();
  page.once('dialog', (d) => void d.accept());
  await out.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Class code')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('nn-class:session:v1'))).toBe('null');
  await page.goto(LESSON);
  await expect(page.getByRole('form', { name: GATES })).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  await context.close();
});
