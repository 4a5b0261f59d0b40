// The one repository suite, run against SQLite and a real PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Repository } from '../../../server/store/repository.ts';
import { storeMakers } from './stores.ts';

const T0 = '2026-12-02T09:00:00.000Z';
const at = (s: number) => new Date(Date.parse(T0) + s * 1000).toISOString();

describe.each(storeMakers)('repository on %s', (_name, open) => {
  let repo: Repository;
  beforeEach(async () => {
    repo = await open();
    await repo.createSession({
      code: 'ABC234',
      title: 'Lecture 1',
      pollIds: ['p-one', 'p-two'],
      allowAnonymous: false,
      secretHash: 'h',
      createdAt: T0,
    });
  });
  afterEach(() => repo.close());

  const join = (clientId: string, name: string | null, tokenHash = `tok-${clientId}-${name}`) =>
    repo.joinLearner({
      learnerId: `l_${clientId}`,
      code: 'ABC234',
      clientId,
      name,
      joinedAt: T0,
      tokenHash,
    });
  const answer = (runId: string, learnerId: string, answerId: string, value: unknown, s = 1) =>
    repo.submitAnswer({
      code: 'ABC234',
      runId,
      learnerId,
      answerId,
      answer: JSON.stringify(value),
      correct: value === 'b',
      acceptedAt: at(s),
    });

  it('stores a class and refuses a second one with the same code', async () => {
    const s = await repo.getSession('ABC234');
    expect(s).toMatchObject({
      title: 'Lecture 1',
      pollIds: ['p-one', 'p-two'],
      allowAnonymous: false,
      status: 'live',
      currentRunId: null,
    });
    expect(
      await repo.createSession({
        code: 'ABC234',
        title: 'x',
        pollIds: [],
        allowAnonymous: true,
        secretHash: 'h2',
        createdAt: T0,
      }),
    ).toBe(false);
    expect(await repo.getSession('ZZZ999')).toBeNull();
  });

  it('gives a rejoining clientId its learner back, with every token working', async () => {
    const a = await join('c1', 'Ana', 'tok1');
    const again = await join('c1', 'Ana B', 'tok2');
    expect(again.learnerId).toBe(a.learnerId);
    expect(again.name).toBe('Ana B');
    expect((await join('c1', null, 'tok3')).name).toBe('Ana B');
    for (const t of ['tok1', 'tok2', 'tok3'])
      expect((await repo.learnerByToken('ABC234', t))?.learnerId).toBe(a.learnerId);
    expect(await repo.learnerByToken('OTHER2', 'tok1')).toBeNull();
    expect(await repo.countLearners('ABC234')).toBe(1);
  });

  it('counts one answer per learner per run, the last one until lock', async () => {
    const l = await join('c1', 'Ana');
    const m = await join('c2', 'Ben');
    await repo.openRun({ runId: 'r_1', code: 'ABC234', pollId: 'p-one', openedAt: T0 });
    expect(await answer('r_1', l.learnerId, 'ans-a1', 'a', 1)).toMatchObject({
      kind: 'accepted',
      acceptedAt: at(1),
    });
    expect(await answer('r_1', l.learnerId, 'ans-a2', 'b', 2)).toMatchObject({ kind: 'accepted' });
    await answer('r_1', m.learnerId, 'ans-b1', 'c', 3);
    const rows = await repo.runAnswers('r_1');
    expect(rows.map((r) => [r.learnerId, JSON.parse(r.answer), r.correct]).sort()).toEqual([
      [l.learnerId, 'b', true],
      [m.learnerId, 'c', false],
    ]);
  });

  it('answers a resent answerId with its first acknowledgement and changes nothing', async () => {
    const l = await join('c1', 'Ana');
    await repo.openRun({ runId: 'r_1', code: 'ABC234', pollId: 'p-one', openedAt: T0 });
    await answer('r_1', l.learnerId, 'ans-a1', 'a', 1);
    await answer('r_1', l.learnerId, 'ans-a2', 'b', 2);
    // The replaced answer arrives late (a queued resend): it must not undo the newer one.
    expect(await answer('r_1', l.learnerId, 'ans-a1', 'a', 9)).toEqual({
      kind: 'duplicate',
      runId: 'r_1',
      acceptedAt: at(1),
    });
    await repo.updateRun('r_1', 'locked', false);
    expect(await answer('r_1', l.learnerId, 'ans-a2', 'b', 10)).toEqual({
      kind: 'duplicate',
      runId: 'r_1',
      acceptedAt: at(2),
    });
    expect((await repo.runAnswers('r_1')).map((r) => JSON.parse(r.answer))).toEqual(['b']);
  });

  it('refuses answers to locked, revealed, replaced and unknown runs and to an ended class', async () => {
    const l = await join('c1', 'Ana');
    await repo.openRun({ runId: 'r_1', code: 'ABC234', pollId: 'p-one', openedAt: T0 });
    await repo.updateRun('r_1', 'locked', true);
    expect(await answer('r_1', l.learnerId, 'ans-1', 'a')).toEqual({ kind: 'run_locked' });
    await repo.updateRun('r_1', 'open', true);
    expect((await answer('r_1', l.learnerId, 'ans-2', 'a')).kind).toBe('accepted');
    await repo.updateRun('r_1', 'revealed', true);
    expect(await answer('r_1', l.learnerId, 'ans-3', 'a')).toEqual({ kind: 'run_closed' });
    await repo.openRun({ runId: 'r_2', code: 'ABC234', pollId: 'p-two', openedAt: at(5) });
    expect(await answer('r_1', l.learnerId, 'ans-4', 'a')).toEqual({ kind: 'run_closed' });
    expect(await answer('r_9', l.learnerId, 'ans-5', 'a')).toEqual({ kind: 'unknown_run' });
    await repo.endSession('ABC234');
    expect(await answer('r_2', l.learnerId, 'ans-6', 'a')).toEqual({ kind: 'class_ended' });
    expect((await repo.getSession('ABC234'))?.status).toBe('ended');
    // A refused answer id was not recorded: it is not a duplicate later.
    expect((await repo.runAnswers('r_2')).length).toBe(0);
  });

  it('raises the version at every change', async () => {
    const v = async () => (await repo.getSession('ABC234'))!.version;
    const seen = [await v()];
    const l = await join('c1', 'Ana');
    seen.push(await v());
    seen.push(await repo.openRun({ runId: 'r_1', code: 'ABC234', pollId: 'p-one', openedAt: T0 }));
    const a = await answer('r_1', l.learnerId, 'ans-1', 'a');
    seen.push(a.kind === 'accepted' ? a.version : -1);
    seen.push(await repo.updateRun('r_1', 'locked', false));
    seen.push(await repo.endSession('ABC234'));
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await v()).toBe(6);
  });

  it('lists results per learner × run and each learner’s own answers', async () => {
    const l = await join('c1', 'Ana');
    const m = await join('c2', null);
    await repo.openRun({ runId: 'r_1', code: 'ABC234', pollId: 'p-one', openedAt: at(1) });
    await answer('r_1', l.learnerId, 'ans-1', 'b', 2);
    await answer('r_1', m.learnerId, 'ans-2', 'a', 3);
    await repo.openRun({ runId: 'r_2', code: 'ABC234', pollId: 'p-two', openedAt: at(4) });
    await answer('r_2', l.learnerId, 'ans-3', ['x', 'y'], 5);
    const rows = await repo.results('ABC234');
    expect(
      rows.map((r) => [r.name, r.pollId, JSON.parse(r.answer), r.correct, r.acceptedAt]),
    ).toEqual([
      ['Ana', 'p-one', 'b', true, at(2)],
      [null, 'p-one', 'a', false, at(3)],
      ['Ana', 'p-two', ['x', 'y'], false, at(5)],
    ]);
    expect((await repo.learnerAnswers(l.learnerId)).map((a) => a.pollId)).toEqual([
      'p-one',
      'p-two',
    ]);
  });

  it('keeps every answer of a concurrent burst', async () => {
    const learners = await Promise.all(
      Array.from({ length: 40 }, (_, i) => join(`c${i}`, `N${i}`)),
    );
    await repo.openRun({ runId: 'r_1', code: 'ABC234', pollId: 'p-one', openedAt: T0 });
    const out = await Promise.all(
      learners.map((l, i) => answer('r_1', l.learnerId, `ans-${i}-x`, 'b')),
    );
    expect(out.every((o) => o.kind === 'accepted')).toBe(true);
    expect((await repo.runAnswers('r_1')).length).toBe(40);
    expect((await repo.getSession('ABC234'))!.version).toBe(1 + 40 + 1 + 40);
  });
});
