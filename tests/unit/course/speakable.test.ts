import { describe, expect, it } from 'vitest';
import { hasMath, speakable } from '../../../src/markdown/speakable.ts';

describe('speakable', () => {
  it('reads math as its characters', () => {
    expect(speakable('$3 \\times 4$')).toBe('3 × 4');
    expect(speakable('$n_l \\times n_{l-1}$')).toBe('n l × n l − 1');
    expect(speakable('$\\hat{y} - y$')).toBe('y ^ − y');
  });
  it('keeps words and drops Markdown emphasis', () => {
    expect(speakable('**Only** $S - L$, always')).toBe('Only S − L, always');
    expect(speakable('plain words')).toBe('plain words');
  });
  it('tells whether a text holds math', () => {
    expect(hasMath('$x$')).toBe(true);
    expect(hasMath('costs $5 or 6')).toBe(false);
  });
});
