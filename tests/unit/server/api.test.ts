// The HTTP API end to end on an in-memory store: every refusal a clear 4xx.
import { describe, expect, it } from 'vitest';
import { classWithRun, testApp } from './fixtures.ts';

describe('class API', () => {
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

  it('stores names as text without control or bidi characters', async () => {
    const t = testApp();
    const { join } = await classWithRun(t);
    expect((await join('client-001', '  Zo\u00eb\u202e\u2066 <b>x</b>\u0007\n ')).name).toBe(
      'Zoë <b>x</b>',
    );
    expect((await join('client-002', 'é'.normalize('NFD').repeat(50))).name).toBe('é'.repeat(40));
    expect((await join('client-003')).name).toBeNull();
  });

  it('requires a name when the class does not allow anonymous learners', async () => {
    const t = testApp();
    const { code } = await classWithRun(t, 'zero-init', false);
    const r = await t.call('POST', `/api/live/${code}/join`, {
      clientId: 'client-001',
      name: '\u200b\u202e ',
    });
    expect([r.status, r.json.code]).toEqual([400, 'name_required']);
  });

  it('takes answers after commit, idempotent by answerId, one per learner', async () => {
    const t = testApp();
    const { code, runId, teacher, join } = await classWithRun(t);
    const ana = await join('client-001', 'Ana');
    const ben = await join('client-002', 'Ben');
    const send = (who: typeof ana, answerId: string, answer: unknown) =>
      t.call('POST', `/api/live/${code}/answers`, { runId, answerId, answer }, who.auth);
    const first = await send(ana, 'answer-001', 'a');
    expect(first.json).toEqual({
      answerId: 'answer-001',
      runId,
      acceptedAt: '2026-12-02T09:00:00.000Z',
      // created 1, opened 2, two joins 3 and 4, this answer 5
      version: 5,
    });
    t.tick(1000);
    const { version: _, ...resent } = first.json;
    expect((await send(ana, 'answer-001', 'a')).json).toEqual(resent);
    await send(ana, 'answer-002', 'b');
    await send(ben, 'answer-003', 'b');
    const snap = (await t.call('GET', `/api/live/${code}/teacher`, undefined, teacher)).json;
    expect(snap.run).toMatchObject({
      answered: 2,
      tally: { kind: 'choice', counts: { a: 0, b: 2, c: 0 } },
      correct: null,
    });
    expect(snap.learners).toBe(2);
    const bad = await send(ana, 'answer-004', 'nope');
    expect([bad.status, bad.json.code, bad.json.message.code]).toEqual([
      400,
      'invalid_answer',
      'choose-one',
    ]);
    expect(
      (
        await t.call(
          'POST',
          `/api/live/${code}/answers`,
          { runId, answerId: 'answer-005', answer: 'a' },
          { authorization: 'Bearer x' },
        )
      ).status,
    ).toBe(401);
    expect(
      (
        await t.call(
          'POST',
          `/api/live/${code}/answers`,
          { runId: 'r_nope', answerId: 'answer-006', answer: 'a' },
          ana.auth,
        )
      ).status,
    ).toBe(404);
  });

  it('hides the tally from learners until shown and the answer until revealed', async () => {
    const t = testApp();
    const { code, runId, teacher, join } = await classWithRun(t);
    const ana = await join('client-001', 'Ana');
    const act = (action: string) =>
      t.call('POST', `/api/live/${code}/runs/${runId}`, { action }, teacher);
    const learnerView = async () =>
      (
        await t.app.request(`/api/live/${code}/events?role=learner&token=${ana.learnerToken}`)
      ).body!.getReader();
    const firstSnapshot = async () => {
      const reader = await learnerView();
      let text = '';
      while (!text.includes('data: '))
        text += new TextDecoder().decode((await reader.read()).value);
      while (!text.endsWith('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
      await reader.cancel();
      return JSON.parse(text.split('data: ')[1]);
    };
    await t.call(
      'POST',
      `/api/live/${code}/answers`,
      { runId, answerId: 'answer-001', answer: 'b' },
      ana.auth,
    );
    expect((await firstSnapshot()).run).toMatchObject({
      tally: null,
      correct: null,
      shown: false,
      answered: 1,
    });
    expect((await act('show')).json.run.shown).toBe(true);
    expect((await firstSnapshot()).run.tally).toEqual({
      kind: 'choice',
      counts: { a: 0, b: 1, c: 0 },
    });
    expect((await act('lock')).json.run.state).toBe('locked');
    const locked = await t.call(
      'POST',
      `/api/live/${code}/answers`,
      { runId, answerId: 'answer-002', answer: 'a' },
      ana.auth,
    );
    expect([locked.status, locked.json.code]).toEqual([409, 'run_locked']);
    expect((await act('lock')).json.code).toBe('invalid_transition');
    expect((await act('reveal')).json.run).toMatchObject({ state: 'revealed', correct: 'b' });
    expect((await firstSnapshot()).run.correct).toBe('b');
    const me = (await t.call('GET', `/api/live/${code}/me`, undefined, ana.auth)).json;
    expect(me.answers).toEqual([
      expect.objectContaining({ answerId: 'answer-001', answer: 'b', correct: true }),
    ]);
  });

  it('bins numeric answers and tallies multiple choice per option', async () => {
    const t = testApp();
    const { code, teacher, join } = await classWithRun(t, 'weighted-sum');
    const snap = async () =>
      (await t.call('GET', `/api/live/${code}/teacher`, undefined, teacher)).json.run;
    const typed = ['-1', '−1', '0', '1', '2'];
    for (const [i, v] of typed.entries()) {
      const l = await join(`client-00${i}`, `L${i}`);
      const runId = (await snap()).runId;
      expect(
        (
          await t.call(
            'POST',
            `/api/live/${code}/answers`,
            { runId, answerId: `answer-00${i}`, answer: v },
            l.auth,
          )
        ).status,
      ).toBe(200);
    }
    // −1..2 in ≤ 10 round bins: step 0.5 from −1 (hand-computed).
    expect((await snap()).tally).toEqual({
      kind: 'numeric',
      unparsed: 0,
      bins: [
        { from: -1, to: -0.5, count: 2 },
        { from: -0.5, to: 0, count: 0 },
        { from: 0, to: 0.5, count: 1 },
        { from: 0.5, to: 1, count: 0 },
        { from: 1, to: 1.5, count: 1 },
        { from: 1.5, to: 2, count: 1 },
      ],
    });
    const { runId } = (
      await t.call('POST', `/api/live/${code}/open`, { pollId: 'pick-two' }, teacher)
    ).json;
    const l = await join('client-009', 'M');
    await t.call(
      'POST',
      `/api/live/${code}/answers`,
      { runId, answerId: 'answer-009', answer: ['x', 'z', 'x'] },
      l.auth,
    );
    expect((await snap()).tally).toEqual({ kind: 'choice', counts: { x: 1, y: 0, z: 1 } });
    const old = await t.call(
      'POST',
      `/api/live/${code}/answers`,
      {
        runId: (await snap()).runId === runId ? 'r_nope' : runId,
        answerId: 'answer-010',
        answer: 'a',
      },
      l.auth,
    );
    expect(old.status).toBe(404);
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
