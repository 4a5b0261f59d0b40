import { describe, expect, it } from 'vitest';
import {
  LOGIT_LIMIT,
  START,
  initial,
  setClassCount,
  setLogit,
  setTrueClass,
} from '../../../../src/widgets/softmax/softmax.ts';
import { contentText } from '../../helpers.ts';

describe('the explorer starts at the lessons’ worked example', () => {
  it('logits (2.0, 1.0, 0.1) in lesson 4 and lesson 5, true class 1 first in lesson 5’s table', () => {
    for (const file of ['lessons/04-layers-feed-forward.mdx', 'lessons/05-loss-and-cost.mdx']) {
      const m = contentText(file).match(/logits \$z = \((\S+),\\ (\S+),\\ (\S+)\)\$/);
      expect(m, `${file}: the worked logits are no longer printed`).not.toBeNull();
      expect(START.z).toEqual([m![1], m![2], m![3]].map(Number));
    }
    expect(contentText('lessons/05-loss-and-cost.mdx')).toContain(
      '| 1 | (1, 0, 0) | 0.6590 | 0.417 |',
    );
    expect(START.trueClass).toBe(0);
  });
});

describe('actions', () => {
  it('set one logit, within ±5', () => {
    expect(setLogit(initial(), 1, 3.7).z).toEqual([2, 3.7, 0.1]);
    expect(setLogit(initial(), 0, 9).z[0]).toBe(LOGIT_LIMIT);
    expect(initial()).toEqual(START);
  });
  it('add a class at logit 0, and a removed true class falls back to the last one left', () => {
    const four = setTrueClass(setClassCount(initial(), 4), 3);
    expect(four).toEqual({ z: [2, 1, 0.1, 0], trueClass: 3 });
    expect(setClassCount(four, 3)).toEqual({ z: [2, 1, 0.1], trueClass: 2 });
    expect(setTrueClass(initial(), 5).trueClass).toBe(2);
  });
});
