import { describe, expect, it } from 'vitest';
import { findApi, type Scorm12Api } from '../../../src/scorm/api.ts';
import { errorText } from '../../../src/scorm/errors.ts';
import { mergeRestored } from '../../../src/scorm/restore.ts';
import { sessionTime } from '../../../src/scorm/time.ts';
import type { Attempt } from '../../../src/progress/log.ts';

type Win = { API?: unknown; parent: Win | null; opener?: Win | null };
const api = { LMSInitialize: () => 'true' } as unknown as Scorm12Api;

/** A chain of windows: the last is the top (its own parent); the API sits at `at` levels up. */
function chain(levels: number, at: number | null): Win[] {
  const wins: Win[] = [];
  for (let i = 0; i <= levels; i++) wins.push({ parent: null });
  wins.forEach((w, i) => (w.parent = wins[Math.min(i + 1, levels)]));
  if (at !== null) wins[at].API = api;
  return wins;
}

describe('finding the LMS API', () => {
  it('walks up to 7 parents', () => {
    expect(findApi(chain(0, 0)[0])).toBe(api);
    expect(findApi(chain(3, 3)[0])).toBe(api);
    expect(findApi(chain(7, 7)[0])).toBe(api);
    expect(findApi(chain(8, 8)[0])).toBeNull();
    expect(findApi(chain(3, null)[0])).toBeNull();
  });

  it('then looks in the opener of the top window (and its parents)', () => {
    const wins = chain(2, null);
    const opener = chain(1, 1);
    wins[2].opener = opener[0];
    expect(findApi(wins[0])).toBe(api);
  });

  it('stops at a window of another origin instead of throwing', () => {
    const wins = chain(2, 2);
    Object.defineProperty(wins[1], 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(findApi(wins[0])).toBeNull();
  });
});

describe('SCORM 1.2 values', () => {
  it('session time is HH:MM:SS with 2 to 4 digit hours', () => {
    expect(sessionTime(0)).toBe('00:00:00');
    expect(sessionTime(59_999)).toBe('00:00:59');
    expect(sessionTime((1 * 3600 + 2 * 60 + 3) * 1000)).toBe('01:02:03');
    expect(sessionTime(100 * 3600_000)).toBe('100:00:00');
    expect(sessionTime(1e12)).toBe('9999:59:59');
    expect(sessionTime(-5)).toBe('00:00:00');
  });

  it('errors are plain words with the code', () => {
    expect(errorText('301')).toBe(
      'Your progress was not saved to the LMS yet: the LMS session is not open (it may have timed out) (error 301).',
    );
    expect(errorText('999', 'Custom failure')).toContain('Custom failure (error 999)');
    expect(errorText('')).toContain('(error unknown)');
  });
});

describe('restoring next to this browser’s log', () => {
  const a = (poll: string, at: number, correct = false): Attempt => ({
    poll,
    lesson: 'l',
    answer: 'x',
    correct,
    at,
  });
  it('takes each assigned poll from the fuller source and keeps other polls', () => {
    const local = [a('p1', 1000), a('other', 1500), a('p2', 2000), a('p2', 3000)];
    const restored = [a('p1', 1000), a('p1', 2000, true), a('p2', 2000)];
    expect(mergeRestored(local, restored, ['p1', 'p2'], true)).toEqual([
      a('p1', 1000),
      a('other', 1500),
      a('p2', 2000), // same time: this browser's first (the sort is stable)
      a('p1', 2000, true),
      a('p2', 3000),
    ]);
  });
  it('another learner’s attempts in this browser never count', () => {
    expect(
      mergeRestored([a('p1', 1), a('p1', 2), a('other', 3)], [a('p1', 5)], ['p1'], false),
    ).toEqual([a('other', 3), a('p1', 5)]);
  });
});
