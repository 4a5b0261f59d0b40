// The learners' side of the HTTP API on an in-memory store: every refusal a clear 4xx.
import { describe, expect, it } from 'vitest';
import { classWithRun, testApp } from './fixtures.ts';

describe('class API: learners', () => {
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
});
