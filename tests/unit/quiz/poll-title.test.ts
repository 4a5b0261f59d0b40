import { describe, expect, it } from 'vitest';
import { pollTitle } from '../../../src/quiz/poll-title.ts';

describe('pollTitle', () => {
  it('keeps escaped braces as set braces', () => {
    expect(
      pollTitle('Which functions of two inputs in $\\{0, 1\\}$ can a perceptron compute?'),
    ).toBe('Which functions of two inputs in {0, 1} can a perceptron compute?');
  });
  it('turns light TeX into text and drops grouping braces', () => {
    expect(pollTitle('What is $\\sigma(z_{1})$ at $\\frac{1}{2}$?')).toBe('What is σ(z1) at 1/2?');
  });
  it('cuts a long prompt at a word with an ellipsis', () => {
    const t = pollTitle('word '.repeat(40), 30);
    expect(t.length).toBeLessThanOrEqual(31);
    expect(t.endsWith('…')).toBe(true);
  });
});
