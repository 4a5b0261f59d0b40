import { describe, expect, it } from 'vitest';
import {
  decisionLine,
  gateRows,
  onSide,
  trainEpoch,
  trainExample,
  trainUntil,
} from '../../../../src/widgets/perceptron/perceptron.ts';

const START = { w1: 0.5, w2: 0.5, b: 0.2 };

describe('gateRows', () => {
  it('weights 1, 1 and bias −1.5 through a step compute AND (the lesson table)', () => {
    const rows = gateRows({ w1: 1, w2: 1, b: -1.5 }, 'and', 'step');
    expect(rows.map((r) => r.z)).toEqual([-1.5, -0.5, -0.5, 0.5]);
    expect(rows.map((r) => r.y)).toEqual([0, 0, 0, 1]);
    expect(rows.every((r) => r.correct)).toBe(true);
  });
  it('puts a point exactly on the line when the decimals sum to 0 on paper (0.1 + 0.2 − 0.3)', () => {
    const [, , , r11] = gateRows({ w1: 0.1, w2: 0.2, b: -0.3 }, 'and', 'step');
    expect(r11.z).toBe(0);
    expect(r11.y).toBe(0.5);
    expect(r11.correct).toBe(false);
  });
  it('judges sign and sigmoid outputs against their middle value f(0)', () => {
    const sign = gateRows({ w1: 1, w2: 1, b: -0.5 }, 'or', 'sign');
    expect(sign.map((r) => r.y)).toEqual([-1, 1, 1, 1]);
    expect(sign.every((r) => r.correct)).toBe(true);
    const sig = gateRows({ w1: 1, w2: 1, b: -1.5 }, 'and', 'sigmoid');
    expect(sig[3].y).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 12);
    expect(sig.map((r) => r.side)).toEqual([0, 0, 0, 1]);
  });
});

// Independent answers: an exact-fraction simulation in Python of the same rule,
// same order (0,0), (0,1), (1,0), (1,1), α = 0.2, from w = (0.5, 0.5), b = 0.2.
describe('training', () => {
  it('reproduces the lesson epoch for AND: 3 mistakes, then w = (0.3, 0.3), b = −0.4', () => {
    expect(trainEpoch(START, 'and', 0.2)).toEqual({
      params: { w1: 0.3, w2: 0.3, b: -0.4 },
      errors: 3,
    });
    const r = trainUntil(START, 'and', 0.2, 50);
    expect([r.converged, r.epochs]).toEqual([true, 2]);
  });
  it('OR converges after 3 epochs (the second meets (0,0) exactly on the line)', () => {
    const r = trainUntil(START, 'or', 0.2, 50);
    expect([r.converged, r.epochs, r.errors]).toEqual([true, 3, 0]);
    expect(r.params).toEqual({ w1: 0.5, w2: 0.5, b: -0.1 });
  });
  it('XOR cycles: the weights after epoch 9 equal those after epoch 8, with 4 mistakes each epoch', () => {
    const r = trainUntil(START, 'xor', 0.2, 50);
    expect([r.converged, r.epochs, r.cycleFrom, r.errors]).toEqual([false, 9, 8, 4]);
    expect(r.params).toEqual({ w1: -0.2, w2: 0, b: 0.1 });
    expect(gateRows(r.params, 'xor', 'step').filter((x) => x.correct)).toHaveLength(2);
  });
});

// By hand, as in the lesson's table: AND from w = (0.5, 0.5), b = 0.2, α = 0.2.
describe('one example at a time', () => {
  it('walks the lesson’s AND epoch row by row and ends where the epoch ends', () => {
    const steps = [];
    let p = START;
    for (let j = 0; j < 4; j++) {
      const r = trainExample(p, 'and', 0.2, j);
      steps.push([r.x1, r.x2, r.y, r.target, r.mistake, r.params]);
      p = r.params;
    }
    expect(steps).toEqual([
      [0, 0, 1, 0, true, { w1: 0.5, w2: 0.5, b: 0 }], // z = 0.2 → 1: b ← 0.2 − 0.2
      [0, 1, 1, 0, true, { w1: 0.5, w2: 0.3, b: -0.2 }], // z = 0.5 → 1
      [1, 0, 1, 0, true, { w1: 0.3, w2: 0.3, b: -0.4 }], // z = 0.3 → 1
      [1, 1, 1, 1, false, { w1: 0.3, w2: 0.3, b: -0.4 }], // z = 0.2 → 1, right
    ]);
    expect(p).toEqual(trainEpoch(START, 'and', 0.2).params);
  });
  it('counts a point exactly on the line as a mistake with a half-size update (XOR, epoch 6)', () => {
    const r = trainExample({ w1: -0.1, w2: 0.1, b: 0 }, 'xor', 0.2, 0);
    expect(r).toMatchObject({ y: 0.5, mistake: true, params: { w1: -0.1, w2: 0.1, b: -0.1 } });
  });
});

describe('geometry', () => {
  it('draws x1 + x2 = 1.5 from (1.5, 0) to (0, 1.5) and shades the corner beyond it', () => {
    const line = decisionLine({ w1: 1, w2: 1, b: -1.5 }, -0.5, 1.5)!;
    expect(line.map(([a, c]) => [a, c].map((v) => Number(v.toFixed(9))))).toEqual([
      [1.5, 0],
      [0, 1.5],
    ]);
    const poly = onSide({ w1: 1, w2: 1, b: -1.5 }, -0.5, 1.5).map(([a, c]) =>
      [a, c].map((v) => Number(v.toFixed(9))),
    );
    expect(poly).toEqual([
      [1.5, 0],
      [1.5, 1.5],
      [0, 1.5],
    ]);
  });
  it('has no line when the weights are 0: all on or all off', () => {
    expect(decisionLine({ w1: 0, w2: 0, b: 1 }, -0.5, 1.5)).toBeNull();
    expect(onSide({ w1: 0, w2: 0, b: 1 }, -0.5, 1.5)).toHaveLength(4);
    expect(onSide({ w1: 0, w2: 0, b: -1 }, -0.5, 1.5)).toHaveLength(0);
  });
});
