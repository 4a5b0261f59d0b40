// The class store suite (issue 16), run against SQLite and a real PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClassRepository, NewLearner } from '../../../server/store/class-repository.ts';
import type { Repository } from '../../../server/store/repository.ts';
import { storeMakers } from './stores.ts';

const T0 = '2026-12-02T09:00:00.000Z';
const at = (s: number) => new Date(Date.parse(T0) + s * 1000).toISOString();
const link = (hash: string) => ({
  tokenHash: hash,
  kind: 'link' as const,
  nonce: `n-${hash}`,
  createdAt: T0,
  revokedAt: null,
});
const learner = (id: string, name: string, hash?: string): NewLearner => ({
  learnerId: id,
  name,
  nameKey: name.toLowerCase(),
  source: 'roster',
  joinedAt: T0,
  link: hash ? link(hash) : undefined,
});
const joinToken = (hash: string) => ({ ...link(hash), kind: 'join' as const, nonce: null });
const attempt = (attemptId: string, pollId: string, correct: boolean, s: number) => ({
  attemptId,
  pollId,
  response: JSON.stringify(correct ? 'b' : 'a'),
  correct,
  clientAt: null,
  receivedAt: at(s),
});

describe.each(storeMakers)('class store on %s', (_name, open) => {
  let store: Repository;
  let repo: ClassRepository;
  const version = async () => (await repo.getClass('CLS234'))!.version;
  beforeEach(async () => {
    store = await open();
    repo = store.classes;
    expect(
      await repo.createClass(
        { code: 'CLS234', name: 'Group A', secretHash: 'h', allowNewNames: false, createdAt: T0 },
        [learner('cl_ana', 'Ana', 'ha'), learner('cl_ben', 'Ben', 'hb')],
      ),
    ).toBe(true);
  });
  afterEach(() => store.close());

  it('stores a class with its roster and refuses a taken code', async () => {
    expect(await repo.getClass('CLS234')).toEqual({
      code: 'CLS234',
      name: 'Group A',
      secretHash: 'h',
      allowNewNames: false,
      version: 1,
      createdAt: T0,
    });
    expect((await repo.learners('CLS234')).map((l) => [l.learnerId, l.name, l.source])).toEqual([
      ['cl_ana', 'Ana', 'roster'],
      ['cl_ben', 'Ben', 'roster'],
    ]);
    expect(
      await repo.createClass(
        { code: 'CLS234', name: 'x', secretHash: 'h2', allowNewNames: true, createdAt: T0 },
        [],
      ),
    ).toBe(false);
    expect(await repo.getClass('NONE22')).toBeNull();
    await repo.updateClass('CLS234', { name: 'Group B', allowNewNames: true });
    expect(await repo.getClass('CLS234')).toMatchObject({
      name: 'Group B',
      allowNewNames: true,
      version: 2,
    });
  });

  it('finds a learner by link token until revoked, and a reissued link works', async () => {
    expect((await repo.learnerByToken('CLS234', 'ha'))?.learnerId).toBe('cl_ana');
    expect(await repo.learnerByToken('OTHER2', 'ha')).toBeNull();
    expect(await repo.revokeLearner('CLS234', 'cl_ana', at(1))).toBe(true);
    expect(await repo.learnerByToken('CLS234', 'ha')).toBeNull();
    expect(await repo.revokeLearner('CLS234', 'cl_nobody', at(1))).toBe(false);
    expect(await repo.reissueLink('CLS234', 'cl_ana', link('ha2'))).toBe(true);
    expect((await repo.learnerByToken('CLS234', 'ha2'))?.learnerId).toBe('cl_ana');
    expect(await repo.learnerByToken('CLS234', 'ha')).toBeNull();
    const tokens = (await repo.tokens('CLS234')).filter((t) => t.learnerId === 'cl_ana');
    expect(tokens.map((t) => [t.tokenHash, t.revokedAt])).toEqual([
      ['ha', at(1)],
      ['ha2', null],
    ]);
    // Reissuing revokes every token of the learner, so Ben's stays.
    expect((await repo.learnerByToken('CLS234', 'hb'))?.learnerId).toBe('cl_ben');
  });

  it('adds learners, or none when one name is already on the roster', async () => {
    expect(
      await repo.addLearners('CLS234', [learner('cl_cy', 'Cy'), learner('cl_ana2', 'Ana')]),
    ).toEqual(['Ana']);
    expect(await repo.learners('CLS234')).toHaveLength(2);
    expect(await repo.addLearners('CLS234', [learner('cl_cy', 'Cy')])).toEqual([]);
    expect((await repo.learners('CLS234')).map((l) => l.name)).toEqual(['Ana', 'Ben', 'Cy']);
  });

  it('joins a roster name once; a new name only when given one', async () => {
    const first = await repo.joinByName('CLS234', 'ana', joinToken('j1'), null);
    expect(first).toMatchObject({ kind: 'joined', learner: { learnerId: 'cl_ana' } });
    expect((await repo.learnerByToken('CLS234', 'j1'))?.learnerId).toBe('cl_ana');
    expect(await repo.joinByName('CLS234', 'ana', joinToken('j2'), null)).toEqual({
      kind: 'taken',
    });
    // A roster learner who sent attempts from a link is taken too.
    await repo.addAttempts('CLS234', 'cl_ben', 'device-b1', []);
    await repo.createAssignment(assignmentRow());
    await repo.addAttempts('CLS234', 'cl_ben', 'device-b1', [attempt('att-b0001', 'p1', true, 1)]);
    expect(await repo.joinByName('CLS234', 'ben', joinToken('j3'), null)).toEqual({
      kind: 'taken',
    });
    // A roster learner whose link was used is taken as well.
    await repo.addLearners('CLS234', [learner('cl_cy', 'Cy', 'hc')]);
    expect(await repo.learnerByToken('CLS234', 'hc')).not.toBeNull();
    expect((await repo.tokens('CLS234')).find((x) => x.tokenHash === 'hc')?.usedAt).toBeNull();
    await repo.learnerByToken('CLS234', 'hc', at(7));
    await repo.learnerByToken('CLS234', 'hc', at(8));
    expect((await repo.tokens('CLS234')).find((x) => x.tokenHash === 'hc')?.usedAt).toBe(at(7));
    expect(await repo.joinByName('CLS234', 'cy', joinToken('j6'), null)).toEqual({ kind: 'taken' });
    expect(await repo.joinByName('CLS234', 'dee', joinToken('j4'), null)).toEqual({
      kind: 'not_on_roster',
    });
    const dee = await repo.joinByName('CLS234', 'dee', joinToken('j5'), {
      ...learner('cl_dee', 'Dee'),
      source: 'joined',
    });
    expect(dee).toMatchObject({ kind: 'joined', learner: { learnerId: 'cl_dee', code: 'CLS234' } });
    expect((await repo.learnerByToken('CLS234', 'j5'))?.source).toBe('joined');
  });

  const assignmentRow = (id = 'asg-1', due: number | null = Date.parse(at(100))) => ({
    code: 'CLS234',
    assignmentId: id,
    spec: JSON.stringify({ id, polls: ['p1', 'p2'] }),
    due,
    publishedAt: null,
    createdAt: T0,
  });

  it('stores assignments, publishes once, sets due times and extensions', async () => {
    expect(await repo.createAssignment(assignmentRow())).toBe(true);
    expect(await repo.createAssignment(assignmentRow())).toBe(false);
    await repo.publishAssignment('CLS234', 'asg-1', at(5));
    await repo.publishAssignment('CLS234', 'asg-1', at(9));
    await repo.setDue('CLS234', 'asg-1', 123_456);
    expect(await repo.getAssignment('CLS234', 'asg-1')).toMatchObject({
      publishedAt: at(5),
      due: 123_456,
    });
    expect(await repo.getAssignment('CLS234', 'asg-2')).toBeNull();
    await repo.setExtension('CLS234', 'asg-1', 'cl_ana', 999_000);
    await repo.setExtension('CLS234', 'asg-1', 'cl_ana', 999_999);
    await repo.setExtension('CLS234', 'asg-1', 'cl_ben', 5);
    await repo.setExtension('CLS234', 'asg-1', 'cl_ben', null);
    expect(await repo.extensions('CLS234')).toEqual([
      { assignmentId: 'asg-1', learnerId: 'cl_ana', due: 999_999 },
    ]);
  });

  it('stores attempts once per attempt id, in arrival order, merging devices', async () => {
    const v0 = await version();
    expect(await repo.attemptCount('CLS234')).toBe(0);
    expect(
      await repo.addAttempts('CLS234', 'cl_ana', 'device-a1', [
        attempt('att-00001', 'p1', false, 1),
        attempt('att-00002', 'p1', true, 1),
      ]),
    ).toEqual([true, true]);
    expect(
      await repo.addAttempts('CLS234', 'cl_ana', 'device-a2', [
        attempt('att-00002', 'p1', true, 2),
        attempt('att-00003', 'p2', true, 2),
      ]),
    ).toEqual([false, true]);
    expect(
      await repo.addAttempts('CLS234', 'cl_ana', 'device-a2', [
        attempt('att-00003', 'p2', true, 3),
      ]),
    ).toEqual([false]);
    // Attempts do not lock the class row (no version bump); the count says what changed.
    expect(await version()).toBe(v0);
    expect(await repo.attemptCount('CLS234')).toBe(3);
    // Another learner may use the same attempt id: ids are the learner's own.
    expect(
      await repo.addAttempts('CLS234', 'cl_ben', 'device-b1', [
        attempt('att-00001', 'p1', true, 4),
      ]),
    ).toEqual([true]);
    const mine = await repo.attempts('CLS234', 'cl_ana');
    expect(mine.map((x) => [x.attemptId, x.deviceId, x.correct, x.receivedAt])).toEqual([
      ['att-00001', 'device-a1', false, at(1)],
      ['att-00002', 'device-a1', true, at(1)],
      ['att-00003', 'device-a2', true, at(2)],
    ]);
    expect((await repo.attempts('CLS234')).map((x) => x.learnerId)).toEqual([
      'cl_ana',
      'cl_ana',
      'cl_ana',
      'cl_ben',
    ]);
    expect(
      (await repo.devices('CLS234')).map((d) => [d.learnerId, d.deviceId, d.firstSeen, d.lastSeen]),
    ).toEqual([
      ['cl_ana', 'device-a1', at(1), at(1)],
      ['cl_ana', 'device-a2', at(2), at(3)],
      ['cl_ben', 'device-b1', at(4), at(4)],
    ]);
  });

  it('dumps a class, deletes every row of it, and loads the dump back as it was', async () => {
    await repo.createClass(
      { code: 'KEEP22', name: 'Other', secretHash: 'k', allowNewNames: true, createdAt: T0 },
      [learner('cl_zed', 'Zed', 'hz')],
    );
    await repo.createAssignment(assignmentRow());
    await repo.setExtension('CLS234', 'asg-1', 'cl_ben', 42);
    await repo.joinByName('CLS234', 'ana', joinToken('j1'), null);
    await repo.addAttempts('CLS234', 'cl_ana', 'device-a1', [
      attempt('att-00001', 'p1', false, 1),
      attempt('att-00002', 'p2', true, 2),
    ]);
    await repo.addAttempts('KEEP22', 'cl_zed', 'device-z1', [attempt('att-00001', 'p1', true, 3)]);
    const dump = (await repo.dump('CLS234'))!;
    expect(dump.learners).toHaveLength(2);
    expect(dump.tokens).toHaveLength(3);
    expect(dump.attempts.map((x) => x.attemptId)).toEqual(['att-00001', 'att-00002']);

    expect(await repo.deleteClass('CLS234')).toBe(true);
    expect(await repo.deleteClass('CLS234')).toBe(false);
    expect(await repo.dump('CLS234')).toBeNull();
    expect(await repo.learners('CLS234')).toEqual([]);
    expect(await repo.attempts('CLS234')).toEqual([]);
    expect(await repo.learnerByToken('CLS234', 'ha')).toBeNull();
    // The other class is untouched.
    expect((await repo.attempts('KEEP22')).map((x) => x.learnerId)).toEqual(['cl_zed']);
    expect((await repo.learnerByToken('KEEP22', 'hz'))?.learnerId).toBe('cl_zed');

    expect(await repo.load(dump)).toBe(true);
    expect(await repo.load(dump)).toBe(false);
    const again = (await repo.dump('CLS234'))!;
    const noSeq = (d: typeof dump) => ({
      ...d,
      attempts: d.attempts.map(({ seq: _s, ...x }) => x),
    });
    expect(noSeq(again)).toEqual(noSeq(dump));
    expect((await repo.learnerByToken('CLS234', 'j1'))?.learnerId).toBe('cl_ana');
  });

  it('lets one of two simultaneous joins by the same name win, and stores a raced resend once', async () => {
    const outs = await Promise.all(
      ['j1', 'j2', 'j3'].map((h) => repo.joinByName('CLS234', 'ana', joinToken(h), null)),
    );
    expect(outs.map((o) => o.kind).sort()).toEqual(['joined', 'taken', 'taken']);
    const same = [attempt('att-00001', 'p1', true, 1)];
    const fresh = await Promise.all([
      repo.addAttempts('CLS234', 'cl_ben', 'device-b1', same),
      repo.addAttempts('CLS234', 'cl_ben', 'device-b2', same),
    ]);
    expect(fresh.flat().sort()).toEqual([false, true]);
    expect(await repo.attempts('CLS234', 'cl_ben')).toHaveLength(1);
  });
});
