import { describe, expect, it } from 'vitest';
import {
  appendAttempt,
  emptyStore,
  loadStore,
  mergeStores,
  readStore,
  type Attempt,
} from '../../../src/progress/log.ts';
import { courseTotal, lessonStatus, pollStates } from '../../../src/progress/derive.ts';
import {
  BACKUP_PREFIX,
  PROGRESS_KEY,
  recover,
  type StorageLike,
} from '../../../src/progress/store.ts';
import { applyImport, exportProgress, readImport } from '../../../src/progress/transfer.ts';

const L3 = 'lessons/03-weights-bias-activations';
const at = (
  poll: string,
  correct: boolean,
  t: number,
  answer: Attempt['answer'] = 'x',
  lesson = L3,
): Attempt => ({
  poll,
  lesson,
  answer,
  correct,
  at: t,
});

/** A Map-backed Storage; `full` makes every write fail like a full or private-mode storage. */
function fakeStorage(
  init: Record<string, string> = {},
  full = false,
): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(init));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}

describe('derived state', () => {
  const log = [
    at('p1', false, 1, 'a'),
    at('p1', true, 2, 'b'),
    at('p2', true, 3),
    at('p1', false, 4, 'c'),
  ];

  it('per poll: attempts, first-try correctness, last answer, times', () => {
    const s = pollStates(log).p1;
    expect(s).toMatchObject({
      attempts: 3,
      firstTryCorrect: false,
      solved: true,
      lastAnswer: 'c',
      lastCorrect: false,
    });
    expect([s.firstAt, s.solvedAt, s.lastAt]).toEqual([1, 2, 4]);
    expect(pollStates(log).p2.firstTryCorrect).toBe(true);
  });
  it('per lesson: not started, in progress, complete (every poll right at least once)', () => {
    const states = pollStates(log);
    expect(lessonStatus(['p3'], states)).toBe('not-started');
    expect(lessonStatus(['p1', 'p3'], states)).toBe('in-progress');
    expect(lessonStatus(['p1', 'p2'], states)).toBe('complete');
    expect(lessonStatus([], states)).toBe('not-started');
  });
  it('the course total sums the lessons', () => {
    const t = courseTotal({ a: ['p1', 'p2'], b: ['p3'] }, pollStates(log));
    expect(t).toEqual({ lessonsComplete: 1, lessons: 2, solved: 2, firstTry: 1, polls: 3 });
  });
  it('attempts are taken in time order even if stored out of order', () => {
    expect(pollStates([at('p', true, 5, 'late'), at('p', false, 1, 'early')]).p).toMatchObject({
      firstTryCorrect: false,
      lastAnswer: 'late',
    });
  });
});

describe('loading and validation', () => {
  it('reads a good store', () => {
    const store = appendAttempt(emptyStore(), at('p1', true, 1, ['a', 'b']));
    expect(loadStore(JSON.stringify(store))).toEqual({ ok: true, store, migrated: false });
  });
  it('migrates the unversioned draft format (ISO times) to version 1', () => {
    const old = {
      attempts: [
        { poll: 'p1', lesson: L3, answer: 'b', correct: true, time: '2025-01-02T03:04:05.000Z' },
      ],
    };
    const r = readStore(old);
    expect(r).toEqual({
      ok: true,
      migrated: true,
      store: {
        version: 1,
        attempts: [at('p1', true, Date.parse('2025-01-02T03:04:05.000Z'), 'b')],
      },
    });
  });
  it('calls a newer version "future" and anything malformed "corrupt"', () => {
    expect(loadStore(JSON.stringify({ version: 2, attempts: [] }))).toMatchObject({
      ok: false,
      reason: 'future',
    });
    for (const bad of [
      '{',
      'null',
      '[]',
      '{"version":1}',
      '{"version":"1","attempts":[]}',
      JSON.stringify({
        version: 1,
        attempts: [{ poll: 'p', lesson: L3, answer: 'a', correct: 'yes', at: 1 }],
      }),
      JSON.stringify({
        version: 1,
        attempts: [{ poll: 'p', lesson: L3, answer: 'a', correct: true, at: 'noon' }],
      }),
    ]) {
      expect(loadStore(bad), bad).toMatchObject({ ok: false, reason: 'corrupt' });
    }
  });
});

describe('recovery from storage', () => {
  const now = Date.parse('2025-03-01T12:00:00.000Z');
  it('starts empty with nothing saved', () => {
    expect(recover(fakeStorage(), now)).toEqual({ store: emptyStore(), notice: null });
  });
  it('keeps a corrupt value aside under a backup key, removes it, and says so', () => {
    const storage = fakeStorage({ [PROGRESS_KEY]: '{"version":1,"attempts":[{"poll":' });
    const { store, notice } = recover(storage, now);
    expect(store).toEqual(emptyStore());
    const backupKey = `${BACKUP_PREFIX}2025-03-01T12:00:00.000Z`;
    expect(notice).toEqual({ kind: 'recovered', reason: 'corrupt', backupKey });
    expect(storage.data.get(backupKey)).toBe('{"version":1,"attempts":[{"poll":');
    expect(storage.data.has(PROGRESS_KEY)).toBe(false);
  });
  it('keeps a future-version value aside too', () => {
    const raw = JSON.stringify({ version: 9, attempts: [], newThing: 1 });
    const storage = fakeStorage({ [PROGRESS_KEY]: raw });
    expect(recover(storage, now).notice).toMatchObject({ kind: 'recovered', reason: 'future' });
    expect([...storage.data.values()]).toEqual([raw]);
  });
  it('leaves an unreadable value in place when it cannot be copied (storage full)', () => {
    const storage = fakeStorage({ [PROGRESS_KEY]: 'garbage' }, true);
    expect(recover(storage, now).notice).toEqual({
      kind: 'recovered',
      reason: 'corrupt',
      backupKey: null,
    });
    expect(storage.data.get(PROGRESS_KEY)).toBe('garbage');
  });
  it('writes a migrated store back in the current format', () => {
    const storage = fakeStorage({ [PROGRESS_KEY]: JSON.stringify({ attempts: [] }) });
    recover(storage, now);
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!)).toEqual({ version: 1, attempts: [] });
  });
});

describe('export and import', () => {
  const store = [
    at('p1', false, 1, 'a'),
    at('p1', true, 2, 'b'),
    at('p2', true, 3, ['x', 'y'], 'lessons/02-perceptron'),
  ].reduce(appendAttempt, emptyStore());

  it('round-trips: export then import (replace) gives an equal store', () => {
    const text = exportProgress(store, new Date('2025-03-01T00:00:00Z'));
    const read = readImport(text, emptyStore());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.store).toEqual(store);
    expect(applyImport(emptyStore(), read.store, 'replace')).toEqual(store);
    expect(read.preview).toEqual({
      attempts: 3,
      newAttempts: 3,
      polls: 2,
      lessons: 2,
      exportedAt: '2025-03-01T00:00:00.000Z',
    });
  });
  it('merge is a union: importing the same file twice adds nothing', () => {
    const read = readImport(exportProgress(store, new Date()), store);
    if (!read.ok) throw new Error('unreadable');
    expect(read.preview.newAttempts).toBe(0);
    expect(applyImport(store, read.store, 'merge')).toEqual(store);
    const other = appendAttempt(emptyStore(), at('p3', true, 10));
    expect(mergeStores(store, other).attempts).toHaveLength(4);
  });
  it('rejects files that are not progress files, or damaged ones', () => {
    expect(readImport('not json', store)).toMatchObject({ ok: false, code: 'not-json' });
    expect(readImport('{"hello":1}', store)).toMatchObject({ ok: false, code: 'not-progress' });
    expect(
      readImport('{"format":"nn-course-progress","version":3,"attempts":[]}', store),
    ).toMatchObject({ ok: false, code: 'future' });
    expect(
      readImport('{"format":"nn-course-progress","version":1,"attempts":[{}]}', store),
    ).toMatchObject({ ok: false, code: 'corrupt' });
  });
});
