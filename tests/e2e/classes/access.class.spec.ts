// Who may see what (issue 16): every teacher route of a class, asked with no
// secret, with a learner's token and with another class's secret, answers 401
// with `{ error, code }` only: no roster, no answers, no gradebook.
import { expect, test } from '@playwright/test';
import { answer, hydrated, tokenOf } from './helpers.ts';

const STEP = 'gradient-descent-one-step';

test('every teacher route refuses a missing secret, a learner token and another class’s secret', async ({
  request,
  page,
}) => {
  test.setTimeout(120_000);
  const make = async (name: string) => {
    const r = await request.post('/api/classes', {
      data: { name, allowNewNames: false, roster: 'Ana\nBen' },
    });
    expect(r.status()).toBe(201);
    return (await r.json()) as {
      code: string;
      teacherSecret: string;
      learners: { learnerId: string; linkPath: string }[];
    };
  };
  const a = await make('Class A');
  const b = await make('Class B');
  const id = 'asg-access-1';
  const made = await request.post(`/api/classes/${a.code}/assignments`, {
    headers: { Authorization: `Bearer ${a.teacherSecret}` },
    data: {
      publish: true,
      assignment: {
        id,
        key: 'AAAAAAAAAAAAAAAAAAAAAA',
        title: 'Secret answers',
        instructions: '',
        due: null,
        lessons: [{ lesson: 'lessons/06-gradient-descent', sections: ['the-update-rule'] }],
        polls: [STEP],
      },
    },
  });
  expect(made.status()).toBe(201);
  const learner = tokenOf(a.learners[0].linkPath.slice(a.learners[0].linkPath.indexOf('#')));
  expect(await answer(request, a.code, learner, 'ana-laptop', [[STEP, '2.4']])).toEqual([
    'accepted',
  ]);
  const lid = a.learners[1].learnerId;
  const at = `/api/classes/${a.code}`;
  const routes: [method: string, path: string, body?: unknown][] = [
    ['GET', at],
    ['PATCH', at, { name: 'Taken over' }],
    ['GET', `${at}/learners`],
    ['POST', `${at}/learners`, { roster: 'Mallory' }],
    ['POST', `${at}/learners/${lid}/revoke`, {}],
    ['POST', `${at}/learners/${lid}/reissue`, {}],
    ['POST', `${at}/assignments`, { assignment: {}, publish: true }],
    ['POST', `${at}/assignments/${id}/publish`, {}],
    ['POST', `${at}/assignments/${id}/due`, { due: null }],
    ['GET', `${at}/assignments/${id}/gradebook`],
    ['GET', `${at}/backup`],
    ['DELETE', at],
  ];
  const who: [label: string, auth: Record<string, string>, query: string][] = [
    ['no secret', {}, ''],
    ['a learner token', { Authorization: `Bearer ${learner}` }, ''],
    ['a learner token as ?key=', {}, `?key=${encodeURIComponent(learner)}`],
    ['another class’s secret', { Authorization: `Bearer ${b.teacherSecret}` }, ''],
    ['a made-up secret', { Authorization: `Bearer ${'x'.repeat(43)}` }, ''],
  ];
  const leaks: string[] = [];
  for (const [method, path, data] of routes)
    for (const [label, headers, query] of who) {
      const r = await request.fetch(path + query, { method, headers, data });
      const body = await r.text();
      const json = JSON.parse(body) as Record<string, unknown>;
      const ok =
        r.status() === 401 &&
        json.code === 'unauthorized' &&
        Object.keys(json).sort().join() === 'code,error' &&
        !body.includes('Ana') &&
        !body.includes('2.4');
      if (!ok) leaks.push(`${method} ${path} with ${label}: ${r.status()} ${body.slice(0, 80)}`);
    }
  expect(leaks).toEqual([]);

  // A learner's own route takes neither the teacher's secret nor a token of another class.
  const me = (code: string, key: string) =>
    request.get(`/api/classes/${code}/me`, { headers: { Authorization: `Bearer ${key}` } });
  expect((await me(a.code, a.teacherSecret)).status()).toBe(401);
  expect((await me(b.code, learner)).status()).toBe(401);
  // Nothing above changed the class: still two learners, one attempt, the old name.
  const still = await request.get(`${at}/assignments/${id}/gradebook`, {
    headers: { Authorization: `Bearer ${a.teacherSecret}` },
  });
  const gb = (await still.json()) as { name: string; learners: { attempts: unknown[] }[] };
  expect(gb.name).toBe('Class A');
  expect(gb.learners.map((l) => l.attempts.length)).toEqual([1, 0]);

  // The teacher's page with a wrong secret kept in this browser shows no data and says why.
  await page.goto('/teachers/classes/');
  await page.evaluate(
    (code) =>
      localStorage.setItem(
        'nn-classes-teacher',
        JSON.stringify([{ code, key: 'y'.repeat(43), name: 'Class A' }]),
      ),
    a.code,
  );
  await page.goto(`/teachers/classes/#class=${a.code}`);
  await hydrated(page);
  await expect(page.getByRole('alert')).toContainText(
    `The server does not accept the secret kept here for class ${a.code}`,
  );
  await expect(page.getByRole('region', { name: /Roster/ })).toHaveCount(0);
  await expect(page.getByText('Ana')).toHaveCount(0);
});
