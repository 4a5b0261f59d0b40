// The teacher's side of the HTTP API on an in-memory store: every refusal a clear 4xx.
import { describe, expect, it } from 'vitest';
import { classWithRun, testApp } from './fixtures.ts';

describe('class API: teacher', () => {
  it('answers health with the store kind', async () => {
    const t = testApp();
    expect((await t.call('GET', '/api/health')).json).toEqual({ ok: true, store: 'sqlite' });
  });

  it('opens a class with a code without look-alikes and a hashed secret', async () => {
    const t = testApp();
    const r = await t.call('POST', '/api/live', {
      title: 'L',
      pollIds: ['zero-init'],
      allowAnonymous: false,
    });
    expect(r.status).toBe(201);
    expect(r.json.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(r.json.joinPath).toBe(`/live/?code=${r.json.code}`);
    expect(Buffer.from(r.json.teacherSecret, 'base64url')).toHaveLength(32);
  });

  it('refuses bad class requests with the right code', async () => {
    const t = testApp();
    const post = (b: unknown) => t.call('POST', '/api/live', b);
    expect((await post({ title: 'L', pollIds: ['nope'], allowAnonymous: true })).json.code).toBe(
      'unknown_poll',
    );
    expect(
      (await post({ title: 'L', pollIds: ['a-widget'], allowAnonymous: true })).json.code,
    ).toBe('poll_not_live');
    const bad = await post({ title: '', pollIds: ['zero-init'], allowAnonymous: true });
    expect([bad.status, bad.json.code]).toEqual([400, 'invalid_request']);
    expect(bad.json.error).toContain('title');
    expect(
      (await post({ title: 'L', pollIds: ['zero-init', 'zero-init'], allowAnonymous: true }))
        .status,
    ).toBe(400);
    expect((await post('{"title": ')).json.code).toBe('invalid_request');
    const big = await post({
      title: 'L',
      pollIds: ['zero-init'],
      allowAnonymous: true,
      pad: 'x'.repeat(20_000),
    });
    expect([big.status, big.json.code]).toEqual([413, 'too_large']);
    expect(t.errors).toEqual([]);
  });

  it('guards teacher actions with the secret and says which class is unknown', async () => {
    const t = testApp();
    const { code, runId } = await classWithRun(t);
    const wrong = { authorization: 'Bearer not-the-secret' };
    expect((await t.call('GET', `/api/live/${code}/teacher`, undefined, wrong)).status).toBe(401);
    expect(
      (await t.call('POST', `/api/live/${code}/runs/${runId}`, { action: 'reveal' }, wrong)).json
        .code,
    ).toBe('unauthorized');
    expect((await t.call('GET', `/api/live/${code}/results.csv?key=nope`)).status).toBe(401);
    const unknown = await t.call('POST', '/api/live/ZZZZZZ/join', { clientId: 'client-001' });
    expect([unknown.status, unknown.json.code]).toEqual([404, 'unknown_class']);
    expect((await t.call('GET', '/api/live/abc/teacher')).status).toBe(400);
    expect((await t.call('GET', '/api/nothing-here')).json.code).toBe('not_found');
  });

  it('refuses a poll that is not in the class and everything after the end', async () => {
    const t = testApp();
    const { code, teacher, join, runId } = await classWithRun(t);
    expect(
      (await t.call('POST', `/api/live/${code}/open`, { pollId: 'a-widget' }, teacher)).json.code,
    ).toBe('poll_not_in_class');
    const ana = await join('client-001', 'Ana');
    const { runId: second } = (
      await t.call('POST', `/api/live/${code}/open`, { pollId: 'pick-two' }, teacher)
    ).json;
    const stale = await t.call(
      'POST',
      `/api/live/${code}/answers`,
      { runId, answerId: 'answer-001', answer: 'b' },
      ana.auth,
    );
    expect([stale.status, stale.json.code]).toEqual([409, 'run_closed']);
    expect((await t.call('POST', `/api/live/${code}/end`, undefined, teacher)).json.status).toBe(
      'ended',
    );
    expect(
      (
        await t.call(
          'POST',
          `/api/live/${code}/answers`,
          { runId: second, answerId: 'answer-002', answer: ['x'] },
          ana.auth,
        )
      ).json.code,
    ).toBe('class_ended');
    expect(
      (await t.call('POST', `/api/live/${code}/join`, { clientId: 'client-002', name: 'B' })).json
        .code,
    ).toBe('class_ended');
    expect((await t.call('GET', `/api/live/${code}`)).json).toMatchObject({
      status: 'ended',
      title: 'Lecture 1',
    });
  });

  it('rate limits joins per IP and answers per learner with Retry-After', async () => {
    const tight = { burst: 2, perSecond: 0.5 };
    const roomy = { burst: 100, perSecond: 100 };
    const t = testApp({
      limits: {
        joinPerIp: tight,
        joinPerClient: roomy,
        answerPerIp: roomy,
        answerPerLearner: tight,
        createPerIp: roomy,
      },
    });
    const { code, runId, join } = await classWithRun(t);
    const ana = await join('client-001', 'A');
    await join('client-002', 'B');
    const third = await t.call('POST', `/api/live/${code}/join`, {
      clientId: 'client-003',
      name: 'C',
    });
    expect([third.status, third.json.code, third.headers.get('retry-after')]).toEqual([
      429,
      'rate_limited',
      '2',
    ]);
    t.tick(2000);
    expect(
      (await t.call('POST', `/api/live/${code}/join`, { clientId: 'client-003', name: 'C' }))
        .status,
    ).toBe(200);
    const send = (id: string) =>
      t.call('POST', `/api/live/${code}/answers`, { runId, answerId: id, answer: 'a' }, ana.auth);
    expect((await send('answer-001')).status).toBe(200);
    expect((await send('answer-002')).status).toBe(200);
    expect((await send('answer-003')).status).toBe(429);
  });

  it('downloads results as CSV with a BOM, defused formulas, and as JSON', async () => {
    const t = testApp();
    const { code, runId, teacherSecret, join } = await classWithRun(t);
    const ana = await join('client-001', '=HYPERLINK("x"), Zoë');
    await t.call(
      'POST',
      `/api/live/${code}/answers`,
      { runId, answerId: 'answer-001', answer: 'b' },
      ana.auth,
    );
    const csv = await t.call('GET', `/api/live/${code}/results.csv?key=${teacherSecret}`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.text).toBe(
      `\ufeffname,poll_id,run_id,answer,correct,answered_at\r\n"'=HYPERLINK(""x""), Zoë",zero-init,${runId},b,true,2026-12-02T09:00:00.000Z\r\n`,
    );
    const json = await t.call('GET', `/api/live/${code}/results.json`, undefined, {
      authorization: `Bearer ${teacherSecret}`,
    });
    expect(json.json.rows).toEqual([
      {
        name: '=HYPERLINK("x"), Zoë',
        learnerId: ana.learnerId,
        pollId: 'zero-init',
        runId,
        answer: 'b',
        correct: true,
        answeredAt: '2026-12-02T09:00:00.000Z',
      },
    ]);
  });
});
