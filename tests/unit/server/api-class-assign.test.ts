// Assignments and attempts (issue 16): the builder's assignment checked as the
// static gradebook checks it, attempts graded here, each refusal per attempt.
import { describe, expect, it } from 'vitest';
import { pollSchema } from '../../../src/quiz/poll-schema.ts';
import { makeClass, send, week1 } from './class-fixtures.ts';
import { polls, testApp } from './fixtures.ts';

const gate = pollSchema.parse({
  id: 'and-gate',
  type: 'widget',
  prompt: 'p',
  explanation: 'e',
  check: 'weighted-sum-and',
});
const withGate = () => testApp({ polls: new Map([...polls, [gate.id, gate]]) });

describe('class API: assignments', () => {
  it('stores the builder’s assignment and refuses a malformed or unknown one clearly', async () => {
    const t = testApp();
    const k = await makeClass(t, ['Ana']);
    const post = (assignment: unknown, publish = false) =>
      t.call('POST', `/api/classes/${k.code}/assignments`, { assignment, publish }, k.teacher);
    const ok = await post(week1());
    expect([ok.status, ok.json.published]).toEqual([201, false]);
    expect(ok.json.assignment).toEqual(week1());
    const again = await post(week1());
    expect([again.status, again.json.code]).toEqual([409, 'assignment_exists']);
    const noKey = await post({ ...week1({ id: 'asg-2' }), key: 'short' });
    expect([noKey.status, noKey.json.code]).toEqual([400, 'invalid_assignment']);
    const unknown = await post(week1({ id: 'asg-3', polls: ['zero-init', 'no-such-poll'] }));
    expect([unknown.status, unknown.json.code, unknown.json.error]).toEqual([
      400,
      'unknown_poll',
      'There is no poll “no-such-poll” in the course.',
    ]);
    const twice = await post(week1({ id: 'asg-4', polls: ['zero-init', 'zero-init'] }));
    expect(twice.json.error).toContain('twice');
    const o = (await t.call('GET', `/api/classes/${k.code}`, undefined, k.teacher)).json;
    expect(o.assignments.map((a: any) => [a.assignment.id, a.published])).toEqual([
      ['asg-week1', false],
    ]);
  });

  it('takes attempts only at polls of published assignments', async () => {
    const t = testApp();
    const k = await makeClass(t, ['Ana']);
    await t.call('POST', `/api/classes/${k.code}/assignments`, { assignment: week1() }, k.teacher);
    const early = await send(t, k.code, k.auth('Ana'), 'ana-laptop', [
      { attemptId: 'ana-0001', pollId: 'zero-init', response: 'b' },
    ]);
    expect(early.json.results[0]).toMatchObject({ status: 'refused', code: 'poll_not_in_class' });
    // Unpublished assignments are not shown to learners either.
    const me = await t.call('GET', `/api/classes/${k.code}/me`, undefined, k.auth('Ana'));
    expect(me.json.assignments).toEqual([]);
    const pub = await t.call(
      'POST',
      `/api/classes/${k.code}/assignments/asg-week1/publish`,
      undefined,
      k.teacher,
    );
    expect(pub.json).toMatchObject({ published: true, publishedAt: '2026-12-02T09:00:00.000Z' });
    const later = await send(t, k.code, k.auth('Ana'), 'ana-laptop', [
      { attemptId: 'ana-0001', pollId: 'zero-init', response: 'b' },
    ]);
    expect(later.json.results[0]).toEqual({
      attemptId: 'ana-0001',
      status: 'accepted',
      correct: true,
    });
    const missing = await t.call(
      'POST',
      `/api/classes/${k.code}/assignments/nope-1/publish`,
      undefined,
      k.teacher,
    );
    expect([missing.status, missing.json.code]).toEqual([404, 'unknown_assignment']);
  });

  it('grades each attempt of a batch, refusing the ungradable without storing them', async () => {
    const t = withGate();
    const k = await makeClass(t, ['Ana']);
    await t.call(
      'POST',
      `/api/classes/${k.code}/assignments`,
      { assignment: week1({ polls: ['zero-init', 'weighted-sum', 'and-gate'] }), publish: true },
      k.teacher,
    );
    const r = await send(t, k.code, k.auth('Ana'), 'ana-laptop', [
      { attemptId: 'ana-0001', pollId: 'weighted-sum', response: 'abc' },
      { attemptId: 'ana-0002', pollId: 'zero-init', response: 'q' },
      { attemptId: 'ana-0003', pollId: 'nope', response: 'b' },
      { attemptId: 'ana-0004', pollId: 'zero-init', response: 'c' },
      { attemptId: 'ana-0004', pollId: 'zero-init', response: 'b' },
      {
        attemptId: 'ana-0005',
        pollId: 'and-gate',
        response: { w: [1, 1], b: -1.5, activation: 'step' },
      },
      {
        attemptId: 'ana-0006',
        pollId: 'and-gate',
        response: '{"w":[1,1],"b":0.5,"activation":"step"}',
      },
      { attemptId: 'ana-0007', pollId: 'pick-two', response: ['x', 'z'] },
    ]);
    expect(r.status).toBe(200);
    expect(r.json.receivedAt).toBe('2026-12-02T09:00:00.000Z');
    expect(r.json.results.map((x: any) => [x.attemptId, x.status, x.code ?? x.correct])).toEqual([
      ['ana-0001', 'refused', 'invalid_answer'],
      ['ana-0002', 'refused', 'invalid_answer'],
      ['ana-0003', 'refused', 'unknown_poll'],
      ['ana-0004', 'accepted', false],
      ['ana-0004', 'duplicate', undefined],
      ['ana-0005', 'accepted', true],
      ['ana-0006', 'accepted', false],
      ['ana-0007', 'refused', 'poll_not_in_class'],
    ]);
    expect(r.json.results[0].message).toEqual({
      code: 'not-understood',
      params: {
        text: 'abc',
        detail: '“abc” is not a number; type something like 0.5, 2,43, 1/64 or 5e-1.',
      },
    });
    const me = (await t.call('GET', `/api/classes/${k.code}/me`, undefined, k.auth('Ana'))).json;
    expect(me.attempts.map((x: any) => [x.attemptId, x.correct])).toEqual([
      ['ana-0004', false],
      ['ana-0005', true],
      ['ana-0006', false],
    ]);
    expect(me.assignments[0]).toMatchObject({ status: 'in_progress', answered: 2 });
  });

  it('refuses malformed batches, too many attempts and oversized bodies', async () => {
    const t = testApp();
    const k = await makeClass(t, ['Ana']);
    const post = (body: unknown) =>
      t.call('POST', `/api/classes/${k.code}/attempts`, body, k.auth('Ana'));
    const one = { attemptId: 'ana-0001', pollId: 'zero-init', response: 'b' };
    const noDevice = await post({ attempts: [one] });
    expect([noDevice.status, noDevice.json.code]).toEqual([400, 'invalid_request']);
    expect(noDevice.json.error).toContain('deviceId');
    const many = await post({
      deviceId: 'ana-laptop',
      attempts: Array.from({ length: 51 }, (_, i) => ({ ...one, attemptId: `ana-${1000 + i}` })),
    });
    expect(many.status).toBe(400);
    expect(
      (await post({ deviceId: 'ana-laptop', attempts: [{ ...one, attemptId: 'x' }] })).status,
    ).toBe(400);
    const big = await post({ deviceId: 'ana-laptop', attempts: [one], pad: 'x'.repeat(70_000) });
    expect([big.status, big.json.code]).toEqual([413, 'too_large']);
    const bigRoster = await t.call(
      'POST',
      '/api/classes',
      { name: 'G', allowNewNames: false, roster: 'x\n'.repeat(40_000) },
      {},
    );
    expect(bigRoster.status).toBe(413);
  });

  it('rate limits attempt batches per learner with Retry-After', async () => {
    const tight = { burst: 2, perSecond: 0.5 };
    const roomy = { burst: 100, perSecond: 100 };
    const t = testApp({
      limits: {
        joinPerIp: roomy,
        joinPerClient: roomy,
        answerPerIp: roomy,
        answerPerLearner: tight,
        createPerIp: roomy,
      },
    });
    const k = await makeClass(t, ['Ana', 'Ben']);
    await t.call(
      'POST',
      `/api/classes/${k.code}/assignments`,
      { assignment: week1(), publish: true },
      k.teacher,
    );
    const batch = (id: string) => [{ attemptId: id, pollId: 'zero-init', response: 'b' }];
    await send(t, k.code, k.auth('Ana'), 'ana-laptop', batch('ana-0001'));
    await send(t, k.code, k.auth('Ana'), 'ana-laptop', batch('ana-0002'));
    const third = await send(t, k.code, k.auth('Ana'), 'ana-laptop', batch('ana-0003'));
    expect([third.status, third.json.code, third.headers.get('retry-after')]).toEqual([
      429,
      'rate_limited',
      '2',
    ]);
    // Ben has his own bucket.
    expect((await send(t, k.code, k.auth('Ben'), 'ben-laptop', batch('ben-0001'))).status).toBe(
      200,
    );
    t.tick(2000);
    expect((await send(t, k.code, k.auth('Ana'), 'ana-laptop', batch('ana-0003'))).status).toBe(
      200,
    );
  });
});
