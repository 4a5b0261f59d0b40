import { describe, expect, it } from 'vitest';
import {
  defaultPicks,
  move,
  pickGroups,
  presenterControls,
  stageOf,
} from '../../../src/live/view-model.ts';
import { bank, run, snap } from './fixtures.ts';

const order = ['pick-one', 'type-it'];

describe('presenter controls', () => {
  it('before any poll: nothing to lock or reveal, Next opens the first', () => {
    const c = presenterControls(snap(null), order);
    expect(c).toMatchObject({
      stage: 'waiting',
      canLock: false,
      canReveal: false,
      next: 'pick-one',
      place: 0,
    });
  });

  it('an open poll can be locked or revealed, not unlocked', () => {
    const c = presenterControls(snap(run('pick-one')), order);
    expect(c).toMatchObject({
      stage: 'open',
      canLock: true,
      canUnlock: false,
      canReveal: true,
      canToggleShown: true,
      next: 'type-it',
      place: 1,
    });
  });

  it('a locked poll can be unlocked or revealed', () => {
    const c = presenterControls(snap(run('pick-one', { state: 'locked' })), order);
    expect(c).toMatchObject({ canLock: false, canUnlock: true, canReveal: true });
  });

  it('after the last revealed poll there is no Next', () => {
    const c = presenterControls(snap(run('type-it', { state: 'revealed' })), order);
    expect(c).toMatchObject({
      stage: 'revealed',
      canReveal: false,
      canLock: false,
      next: null,
      place: 2,
    });
  });

  it('an ended class offers nothing but its results', () => {
    const s = snap(run('pick-one'), { status: 'ended' });
    expect(stageOf(s)).toBe('ended');
    expect(presenterControls(s, order)).toMatchObject({
      canLock: false,
      canReveal: false,
      canToggleShown: false,
      next: null,
    });
  });
});

describe('poll picker', () => {
  it('lists the lecture polls first, then the rest by lesson, skipping empty lessons', () => {
    expect(pickGroups(bank, 'Lecture')).toEqual([
      { key: 'lecture', title: 'Lecture', polls: ['pick-one'] },
      { key: 'lessons/01-x', title: 'One', polls: ['pick-some'] },
      { key: 'lessons/02-y', title: 'Two', polls: ['type-it'] },
    ]);
    expect(defaultPicks(bank)).toEqual(['pick-one']);
  });

  it('moves a poll up and down, and not past either end', () => {
    const o = ['a', 'b', 'c'];
    expect(move(o, 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(move(o, 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(move(o, 'a', -1)).toEqual(o);
    expect(move(o, 'c', 1)).toEqual(o);
    expect(o).toEqual(['a', 'b', 'c']);
  });
});
