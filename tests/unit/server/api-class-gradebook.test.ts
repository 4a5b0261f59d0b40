// The worked case of issue 16: a class of three from a CSV roster; Ana answers on
// two devices, Ben finishes late, Cy never starts. The gradebook must equal the
// table worked out by hand below.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { iso, makeClass, send, T0, week1 } from './class-fixtures.ts';
import type { Repository } from '../../../server/store/repository.ts';
import { testApp } from './fixtures.ts';
import { storeMakers } from './stores.ts';

const ROSTER =
  'Name,Email\r\nAna,ana@example.org\r\n"Ben",ben@example.org\r\nCy,cy@example.org\r\n';

/** The scenario, with the clock moved to each minute after 09:00. */
async function scenario(repo: Repository) {
  const t = testApp({ repo });
  const to = (min: number) => t.tick(T0 + min * 60_000 - t.tick(0));
  const k = await makeClass(t, ROSTER);
  const made = await t.call(
    'POST',
    `/api/classes/${k.code}/assignments`,
    { assignment: week1(), publish: true },
    k.teacher,
  );
  expect(made.status).toBe(201);

  // Ana, laptop, 09:10: zero-init wrong then right.
  to(10);
  const a1 = await send(t, k.code, k.auth('Ana'), 'ana-laptop', [
    { attemptId: 'ana-0001', pollId: 'zero-init', response: 'a' },
    { attemptId: 'ana-0002', pollId: 'zero-init', response: 'b' },
  ]);
  expect(a1.json.results.map((r: any) => [r.status, r.correct])).toEqual([
    ['accepted', false],
    ['accepted', true],
  ]);
  // Ana, phone, 09:20: the other two, right; the phone's queue then sends it all again.
  to(20);
  const phone = [
    { attemptId: 'ana-0003', pollId: 'pick-two', response: ['z', 'x'] },
    { attemptId: 'ana-0004', pollId: 'weighted-sum', response: '-1.0' },
  ];
  await send(t, k.code, k.auth('Ana'), 'ana-phone', phone);
  to(21);
  const resend = await send(t, k.code, k.auth('Ana'), 'ana-phone', phone);
  expect(resend.json.results.map((r: any) => r.status)).toEqual(['duplicate', 'duplicate']);

  // Ben, 09:30 on time, then after the 10:00 due time.
  to(30);
  await send(t, k.code, k.auth('Ben'), 'ben-laptop', [
    { attemptId: 'ben-0001', pollId: 'zero-init', response: 'b' },
  ]);
  to(90);
  await send(t, k.code, k.auth('Ben'), 'ben-laptop', [
    { attemptId: 'ben-0002', pollId: 'pick-two', response: ['x'] },
    { attemptId: 'ben-0003', pollId: 'weighted-sum', response: '1' },
  ]);
  to(91);
  await send(t, k.code, k.auth('Ben'), 'ben-laptop', [
    { attemptId: 'ben-0004', pollId: 'pick-two', response: ['x', 'z'] },
  ]);
  // Cy never starts. The teacher reads the gradebook at 11:00.
  to(120);
  return { t, k, to, repo };
}

/** One row of the hand-made table per learner. */
const table = (g: any) =>
  g.learners.map((l: any) => [
    l.name,
    l.status,
    l.handedInAt,
    l.late,
    l.overdue,
    l.polls['zero-init'].outcome,
    l.polls['pick-two'].outcome,
    l.polls['weighted-sum'].outcome,
    l.completion,
    l.lateAttempts,
  ]);

describe.each(storeMakers)('class gradebook: the worked case on %s', (_name, open) => {
  let repo: Repository;
  beforeEach(async () => {
    repo = await open();
  });
  afterEach(() => repo.close());

  it('equals the hand-made table, columns and distributions', async () => {
    const { t, k } = await scenario(repo);
    const g = await t.call(
      'GET',
      `/api/classes/${k.code}/assignments/asg-week1/gradebook`,
      undefined,
      k.teacher,
    );
    expect(g.status).toBe(200);
    // name, status, handed in, late, overdue, zero-init, pick-two, weighted-sum, completion, late attempts
    expect(table(g.json)).toEqual([
      ['Ana', 'complete', iso(20), false, false, 'later', 'first', 'first', 1, 0],
      ['Ben', 'complete', iso(90), true, false, 'first', 'later', 'wrong', 2 / 3, 3],
      ['Cy', 'not_started', null, false, true, 'none', 'none', 'none', 0, 0],
    ]);
    expect(g.json.summary).toEqual({
      complete: 2,
      in_progress: 0,
      not_started: 1,
      late: 1,
      overdue: 1,
    });
    expect(g.json.polls).toEqual([
      {
        pollId: 'zero-init',
        type: 'single',
        counts: { first: 1, later: 1, wrong: 0, none: 1 },
        distribution: [
          { answer: 'a', correct: false, count: 1 },
          { answer: 'b', correct: true, count: 1 },
          { answer: 'c', correct: false, count: 0 },
        ],
      },
      {
        pollId: 'pick-two',
        type: 'multiple',
        counts: { first: 1, later: 1, wrong: 0, none: 1 },
        distribution: [
          { answer: 'x', correct: true, count: 2 },
          { answer: 'y', correct: false, count: 0 },
          { answer: 'z', correct: true, count: 1 },
        ],
      },
      {
        pollId: 'weighted-sum',
        type: 'numeric',
        counts: { first: 1, later: 0, wrong: 1, none: 1 },
        distribution: [
          { answer: '-1.0', correct: true, count: 1 },
          { answer: '1', correct: false, count: 1 },
        ],
      },
    ]);
    // Ana's attempts from both devices, merged, each once, with times.
    const ana = g.json.learners[0];
    expect(ana.attempts.map((x: any) => [x.attemptId, x.deviceId, x.correct, x.at])).toEqual([
      ['ana-0001', 'ana-laptop', false, iso(10)],
      ['ana-0002', 'ana-laptop', true, iso(10)],
      ['ana-0003', 'ana-phone', true, iso(20)],
      ['ana-0004', 'ana-phone', true, iso(20)],
    ]);
    expect(g.json.learners[1].attempts.filter((x: any) => x.late)).toHaveLength(3);
    expect(g.json.assignment).toMatchObject({
      id: 'asg-week1',
      due: T0 + 3_600_000,
      published: true,
    });
  });

  it('moves the due time for one learner or for everyone without a new link', async () => {
    const { t, k } = await scenario(repo);
    const path = `/api/classes/${k.code}/assignments/asg-week1`;
    const cyNoon = T0 + 3 * 3_600_000;
    const one = await t.call(
      'POST',
      `${path}/due`,
      { due: cyNoon, learnerId: k.ids.Cy },
      k.teacher,
    );
    expect(one.json.extensions).toEqual([
      { assignmentId: 'asg-week1', learnerId: k.ids.Cy, due: cyNoon },
    ]);
    let g = (await t.call('GET', `${path}/gradebook`, undefined, k.teacher)).json;
    expect(g.learners[2]).toMatchObject({
      name: 'Cy',
      due: cyNoon,
      extended: true,
      overdue: false,
    });
    // Everyone until 11:00: Ben's 10:30 answers are no longer late.
    await t.call('POST', `${path}/due`, { due: T0 + 2 * 3_600_000 }, k.teacher);
    g = (await t.call('GET', `${path}/gradebook`, undefined, k.teacher)).json;
    expect(table(g)[1]).toEqual([
      'Ben',
      'complete',
      iso(90),
      false,
      false,
      'first',
      'later',
      'wrong',
      2 / 3,
      0,
    ]);
    expect(g.learners[2].due).toBe(cyNoon);
    // Cy's own link still works and shows the extended due time.
    const me = await t.call('GET', `/api/classes/${k.code}/me`, undefined, k.auth('Cy'));
    expect(me.json.assignments[0]).toMatchObject({ status: 'not_started', overdue: false });
    expect(me.json.assignments[0].assignment.due).toBe(cyNoon);
    const unknown = await t.call(
      'POST',
      `${path}/due`,
      { due: 1, learnerId: 'cl_nobody' },
      k.teacher,
    );
    expect([unknown.status, unknown.json.code]).toEqual([404, 'unknown_learner']);
  });

  it('answers 304 while nothing changed and a fresh gradebook after an attempt', async () => {
    const { t, k } = await scenario(repo);
    const path = `/api/classes/${k.code}/assignments/asg-week1/gradebook`;
    const first = await t.call('GET', path, undefined, k.teacher);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const same = await t.call('GET', path, undefined, { ...k.teacher, 'if-none-match': etag });
    expect(same.status).toBe(304);
    await send(t, k.code, k.auth('Cy'), 'cy-tablet', [
      { attemptId: 'cy-00001', pollId: 'zero-init', response: 'c' },
    ]);
    const fresh = await t.call('GET', path, undefined, { ...k.teacher, 'if-none-match': etag });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('etag')).not.toBe(etag);
    expect(fresh.json.learners[2]).toMatchObject({ status: 'in_progress', answered: 1 });
    // A resend changes nothing, so the ETag holds.
    const etag2 = fresh.headers.get('etag')!;
    await send(t, k.code, k.auth('Cy'), 'cy-tablet', [
      { attemptId: 'cy-00001', pollId: 'zero-init', response: 'c' },
    ]);
    expect(
      (await t.call('GET', path, undefined, { ...k.teacher, 'if-none-match': etag2 })).status,
    ).toBe(304);
  });

  it('shows each learner their own status: handed in at, late', async () => {
    const { t, k } = await scenario(repo);
    const ana = (await t.call('GET', `/api/classes/${k.code}/me`, undefined, k.auth('Ana'))).json;
    expect(ana.name).toBe('Ana');
    expect(ana.assignments).toHaveLength(1);
    expect(ana.assignments[0]).toMatchObject({
      status: 'complete',
      handedInAt: iso(20),
      late: false,
    });
    expect(ana.assignments[0].assignment.key).toBeUndefined();
    expect(ana.attempts.map((x: any) => x.attemptId)).toEqual([
      'ana-0001',
      'ana-0002',
      'ana-0003',
      'ana-0004',
    ]);
    const ben = (await t.call('GET', `/api/classes/${k.code}/me`, undefined, k.auth('Ben'))).json;
    expect(ben.assignments[0]).toMatchObject({
      status: 'complete',
      handedInAt: iso(90),
      late: true,
    });
    expect(ben.attempts.every((x: any) => x.attemptId.startsWith('ben-'))).toBe(true);
  });
});
