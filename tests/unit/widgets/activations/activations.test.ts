import { describe, expect, it } from 'vitest';
import {
  chainGradient,
  curve,
  grid,
  yRange,
} from '../../../../src/widgets/activations/activations.ts';
import { formatMagnitude } from '../../../../src/course/number.ts';

const base = { slope: 0.1, alpha: 1, pieces: [] };
const at = (name: string, z: number, extra = {}) => {
  const c = curve({ ...base, name, ...extra }, [z]);
  return [c.f[0], c.df[0]];
};

describe('curve', () => {
  it('reads the values the lesson computes by hand', () => {
    expect(at('sigmoid', 0)).toEqual([0.5, 0.25]);
    expect(at('relu', -1)).toEqual([0, 0]);
    const [f, df] = at('leaky-relu', -2);
    expect(f).toBeCloseTo(-0.2, 15);
    expect(df).toBe(0.1);
    expect(at('leaky-relu', -2, { slope: 0.3 })[1]).toBe(0.3);
    // ELU with α = 2 at z = −1: 2(e^−1 − 1) and its slope 2e^−1.
    const [e, de] = at('elu', -1, { alpha: 2 });
    expect(e).toBeCloseTo(2 * (Math.exp(-1) - 1), 12);
    expect(de).toBeCloseTo(2 * Math.exp(-1), 12);
    expect(at('tanh', 2)[1]).toBeCloseTo(0.0706508, 6);
  });
  it('runs maxout through the engine: the lecture pieces z and −0.5z − 1 cross at z = −2/3', () => {
    const pieces = [
      { w: 1, b: 0 },
      { w: -0.5, b: -1 },
    ];
    const c = curve({ ...base, name: 'maxout', pieces }, [-2, 0, 1]);
    expect(c.f).toEqual([0, 0, 1]);
    expect(c.df).toEqual([-0.5, 1, 1]);
    expect(c.winner).toEqual([1, 0, 0]);
    expect(c.pieces).toEqual([
      [-2, 0, 1],
      [0, -1, -1.5],
    ]);
    const three = curve(
      { ...base, name: 'maxout', pieces: [...pieces, { w: 0, b: -0.5 }] },
      [-0.75],
    );
    expect([three.f[0], three.df[0], three.winner[0]]).toEqual([-0.5, 0, 2]);
  });
});

describe('chainGradient', () => {
  // Independent answers from a Python loop: z = w·h + b, g ← g·w·g′(z), h ← g(z).
  it('gives the product of the derivatives along the chain', () => {
    expect(chainGradient('sigmoid', 5, 1, 1, 0.5).gradient).toBeCloseTo(0.0001214680210535045, 15);
    expect(chainGradient('tanh', 5, 1, 1, 0.5).gradient).toBeCloseTo(0.0004267440008186218, 15);
    expect(chainGradient('relu', 5, 1, 1, 0.5).gradient).toBe(1);
    expect(chainGradient('relu', 10, 1, 2, 0).gradient).toBe(1024);
    expect(chainGradient('relu', 3, -1, 1, 0).gradient).toBe(0);
  });
  it('one sigmoid unit at z = 0 passes on σ′(0) = 0.25', () => {
    expect(chainGradient('sigmoid', 1, 0, 1, 0).gradient).toBe(0.25);
  });
});

describe('helpers', () => {
  it('grids and y ranges', () => {
    expect(grid(-1, 1, 4)).toEqual([-1, -0.5, 0, 0.5, 1]);
    const [lo, hi] = yRange([
      [0, 2],
      [Number.NaN, -1],
    ]);
    expect(lo).toBeCloseTo(-1.24, 12);
    expect(hi).toBeCloseTo(2.24, 12);
  });
});

// An independent chain, written out with Math.tanh and the logistic function: h ← g(w·h + b),
// gradient ← gradient · w · g′(z). The panel must show these values, not "0" or "59050".
describe('the stack panel’s numbers (issue 18)', () => {
  const byHand = (
    g: (z: number) => number,
    dg: (z: number) => number,
    n: number,
    x: number,
    w: number,
    b: number,
  ) => {
    let h = x;
    let grad = 1;
    for (let k = 0; k < n; k++) {
      const z = w * h + b;
      grad *= w * dg(z);
      h = g(z);
    }
    return grad;
  };
  const sig = (z: number) => 1 / (1 + Math.exp(-z));
  it('tanh, 10 layers, w = 3 is about 2.67e−20 and reads so', () => {
    const g = chainGradient('tanh', 10, 1, 3, 0.5).gradient;
    const hand = byHand(Math.tanh, (z) => 1 - Math.tanh(z) ** 2, 10, 1, 3, 0.5);
    expect(g / hand).toBeCloseTo(1, 6);
    expect(formatMagnitude(g)).toBe('2.669e−20');
  });
  it('sigmoid at x = −5, w = 3, b = −3 is about 2.27e−15; ReLU with w = 3 is exactly 3¹⁰ = 59049', () => {
    const g = chainGradient('sigmoid', 10, -5, 3, -3).gradient;
    expect(g / byHand(sig, (z) => sig(z) * (1 - sig(z)), 10, -5, 3, -3)).toBeCloseTo(1, 6);
    expect(formatMagnitude(g)).toBe('2.272e−15');
    expect(formatMagnitude(chainGradient('relu', 10, 1, 3, 0.5).gradient)).toBe('59049');
  });
});
