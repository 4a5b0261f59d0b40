import { describe, expect, it } from 'vitest';
import {
  LAST_STEP,
  START,
  goTo,
  initial,
  setHidden,
  setInput,
  setSeed,
} from '../../../../src/widgets/forward-pass/forward-pass.ts';
import { contentText } from '../../helpers.ts';

describe('the forward-pass widget starts as lesson 4 says', () => {
  it('its first two inputs are the lesson’s worked x = (1.0, 0.5), with sigmoid hidden units', () => {
    const lesson = contentText('lessons/04-layers-feed-forward.mdx');
    const m = lesson.match(/with sigmoid hidden units, and the input \$x = \((\S+),\\ (\S+)\)\$/);
    expect(m, 'the worked forward pass is no longer printed').not.toBeNull();
    expect(START.x.slice(0, 2)).toEqual([Number(m![1]), Number(m![2])]);
    expect(START.hidden).toBe('sigmoid');
    expect(lesson).toContain('a 3-4-2 with softmax outputs');
    expect(START.x).toHaveLength(3);
  });
});

describe('actions', () => {
  it('set one input and keep the step; a seed is a whole number', () => {
    const s = setSeed(setInput(goTo(initial(), 3), 2, 2), 7.6);
    expect(s).toEqual({ seed: 8, hidden: 'sigmoid', x: [1, 0.5, 2], at: 3 });
    expect(initial()).toEqual(START);
    expect(setHidden(s, 'relu').hidden).toBe('relu');
  });
  it('walk only between the first and the last step', () => {
    expect(goTo(initial(), -1).at).toBe(0);
    expect(goTo(initial(), 99).at).toBe(LAST_STEP);
    expect(LAST_STEP).toBe(7); // input, 4 hidden units, 2 output units, softmax
  });
});
