import { describe, expect, it } from 'vitest';
import {
  MAX_LAYERS,
  PIECES,
  STACK_START,
  initialChoice,
  initialStack,
  inUse,
  readAt,
  setOption,
  setPiece,
  setStack,
  snapCursor,
  stackReadout,
} from '../../../../src/widgets/activations/activations.ts';
import { contentText } from '../../helpers.ts';

const lesson = contentText('lessons/03-weights-bias-activations.mdx');
const sigmoidPrime = (z: number) => {
  const s = 1 / (1 + Math.exp(-z));
  return s * (1 - s);
};

describe('starting constants match lesson 3', () => {
  it('maxout starts with the lesson’s pieces ℓ₁ = z and ℓ₂ = −0.5z − 1', () => {
    expect(lesson).toContain('the pieces $\\ell_1 = z$ and $\\ell_2 = -0.5 z - 1$');
    expect(PIECES.slice(0, 2)).toEqual([
      { w: 1, b: 0 },
      { w: -0.5, b: -1 },
    ]);
    expect(initialChoice().k).toBe(2);
  });
  it('the stack starts at the lesson’s five layers with every weight equal to 1', () => {
    expect(lesson).toContain(
      'take every weight equal to 1, so that they neither help nor hurt, and five layers give',
    );
    expect(STACK_START).toMatchObject({ n: 5, w: 1 });
    expect(lesson).toContain('stack up to ten layers');
    expect(MAX_LAYERS).toBe(10);
  });
});

describe('explorer actions', () => {
  it('read the lesson’s maxout crossing: at z = −2/3 both pieces give −2/3', () => {
    const c = setOption(initialChoice(), 'name', 'maxout');
    const at = readAt(c, -2 / 3);
    expect(at.f).toBeCloseTo(-2 / 3, 12);
    expect(readAt(c, 1)).toMatchObject({ f: 1, df: 1, winner: 0 }); // ℓ₁ = z on the right
    expect(readAt(c, -2)).toMatchObject({ f: 0, df: -0.5, winner: 1 }); // ℓ₂ = −0.5·(−2) − 1 = 0
  });
  it('keep k to 2 or 3 pieces and change only the piece asked for', () => {
    const c = setPiece(setOption(initialChoice(), 'k', 7), 2, 'b', 1);
    expect(c.k).toBe(3);
    expect(c.pieces[2]).toEqual({ w: 0, b: 1 });
    expect(inUse(c).pieces).toHaveLength(3);
    expect(inUse(setOption(c, 'k', 2)).pieces).toEqual(PIECES.slice(0, 2));
    expect(PIECES[2]).toEqual({ w: 0, b: -0.5 }); // the start is not changed
  });
  it('read σ(0) = 0.5, σ′(0) = 0.25, and snap the cursor to tenths', () => {
    expect(readAt(initialChoice(), 0)).toMatchObject({ f: 0.5, df: 0.25, winner: null });
    expect(snapCursor(1.2345)).toBe(1.2);
    expect(snapCursor(-0.06)).toBe(-0.1);
  });
});

describe('the stack', () => {
  it('keeps n a whole number from 1 to 10', () => {
    expect(setStack(initialStack(), 'n', 12).n).toBe(10);
    expect(setStack(initialStack(), 'n', 0).n).toBe(1);
    expect(setStack(initialStack(), 'n', 3.6).n).toBe(4);
    expect(setStack(initialStack(), 'w', 0.5)).toEqual({ ...STACK_START, w: 0.5 });
  });
  it('multiplies one factor w·σ′(z) per layer (by hand: two layers from x = 1, w = 1, b = 0.5)', () => {
    const z1 = 1.5;
    const z2 = 1 / (1 + Math.exp(-z1)) + 0.5;
    const byHand = sigmoidPrime(z1) * sigmoidPrime(z2);
    const { results } = stackReadout(setStack(initialStack(), 'n', 2));
    expect(results.map((r) => r.name)).toEqual(['sigmoid', 'tanh', 'relu']);
    expect(results[0].gradient).toBeCloseTo(byHand, 15);
    expect(results[2].gradient).toBe(1);
  });
  it('draws bars on a log scale from 10⁻¹² (0) to the top power of ten (100)', () => {
    const r = stackReadout(initialStack());
    expect(r.finite).toBe(true);
    expect(r.results[2].width).toBe(100); // ReLU's 1 = 10⁰, the top
    const g = r.results[0].gradient; // about 1.2e−4
    expect(r.results[0].width).toBeCloseTo(((Math.log10(g) + 12) / 12) * 100, 9);
    expect(r.ticks).toEqual([-12, -8, -4, 0]);
    const dead = stackReadout({ ...STACK_START, b: -3, x: -5 });
    expect(dead.results[2]).toMatchObject({ gradient: 0, width: 0 });
  });
});
