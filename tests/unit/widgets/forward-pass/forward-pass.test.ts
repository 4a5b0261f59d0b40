import { describe, expect, it } from 'vitest';
import {
  activationText,
  buildNetwork,
  dotProductText,
  forwardPass,
  revealed,
  softmaxText,
  steps,
} from '../../../../src/widgets/forward-pass/forward-pass.ts';

// Seed 5's weights as the widget shows them; the expected Z, H and P below were
// computed from these numbers in Python (plain loops, math.exp, max-shifted softmax).
const W1 = [
  [0.4, 0.5, -0.5],
  [0.2, -0.8, 0.2],
  [0.4, -0.1, 0.8],
  [-0.5, 0.5, 0.4],
];
const b1 = [0.2, -0.5, 0, -0.2];
const W2 = [
  [0.8, -0.4, 0.5, 0.4],
  [-0.5, -1, 0.6, -0.6],
];
const b2 = [-0.2, -0.4];

const close = (got: number[], want: number[]) =>
  got.forEach((g, i) => expect(g).toBeCloseTo(want[i], 5));

describe('the forward-pass widget model', () => {
  it('draws rounded weights from the seed, the same for every activation', () => {
    for (const g of ['sigmoid', 'tanh', 'relu'] as const) {
      const s = forwardPass(buildNetwork(5, g), [1, 0.5, -1]);
      expect(s.W1).toEqual(W1);
      expect(s.b1).toEqual(b1);
      expect(s.W2).toEqual(W2);
      expect(s.b2).toEqual(b2);
    }
    const other = forwardPass(buildNetwork(6, 'sigmoid'), [1, 0.5, -1]);
    expect(other.W1).not.toEqual(W1);
  });

  it('matches an independent forward pass (sigmoid, tanh, ReLU)', () => {
    const x = [1, 0.5, -1];
    const sig = forwardPass(buildNetwork(5, 'sigmoid'), x);
    close(sig.Z1, [1.35, -0.9, -0.45, -0.85]);
    close(sig.H1, [0.79413, 0.28905, 0.389361, 0.299433]);
    close(sig.Z2, [0.634137, -1.032159]);
    close(sig.P, [0.841081, 0.158919]);
    const th = forwardPass(buildNetwork(5, 'tanh'), x);
    close(th.P, [0.564049, 0.435951]);
    const re = forwardPass(buildNetwork(5, 'relu'), x);
    close(re.H1, [1.35, 0, 0, 0]);
    close(re.Z2, [0.88, -1.075]);
  });

  it('writes each dot product out with the actual numbers', () => {
    const s = forwardPass(buildNetwork(5, 'sigmoid'), [1, 0.5, -1]);
    expect(dotProductText(s, 1, 1)).toBe('z¹₂ = 0.2·1 + (−0.8)·0.5 + 0.2·(−1) + (−0.5) = −0.9');
    expect(activationText(s, 0, 'sigmoid')).toBe('h¹₁ = σ(1.35) = 0.7941');
    expect(dotProductText(s, 2, 0)).toBe(
      'z²₁ = 0.8·0.7941 + (−0.4)·0.2891 + 0.5·0.3894 + 0.4·0.2994 + (−0.2) = 0.6341',
    );
    expect(softmaxText(s)).toContain('= (0.8411, 0.1589)');
  });

  it('reveals the values step by step: 4 hidden units, 2 logits, then the softmax', () => {
    expect(steps).toHaveLength(8);
    expect(revealed(0)).toEqual({ hidden: 0, logits: 0, output: false });
    expect(revealed(2)).toEqual({ hidden: 2, logits: 0, output: false });
    expect(revealed(5)).toEqual({ hidden: 4, logits: 1, output: false });
    expect(revealed(7)).toEqual({ hidden: 4, logits: 2, output: true });
    expect(revealed(99)).toEqual(revealed(7));
  });
});
