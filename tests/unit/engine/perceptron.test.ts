import { describe, expect, it } from 'vitest';
import {
  createPerceptron,
  perceptronEpoch,
  perceptronOutput,
  trainPerceptron,
  logicGate,
} from '../../../src/engine/index.ts';

describe('perceptron learning rule', () => {
  for (const gate of ['and', 'or'] as const) {
    it(`${gate.toUpperCase()} converges and then classifies every corner`, () => {
      const data = logicGate(gate);
      const p = createPerceptron(2);
      const report = trainPerceptron(p, data.X, data.labels, 100);
      expect(report.converged).toBe(true);
      expect(report.reason).toMatch(/^converged: epoch \d+ classified every example correctly$/);
      expect(report.history[report.history.length - 1].errors).toBe(0);
      for (let j = 0; j < 4; j++) expect(perceptronOutput(p, data.X, j)).toBe(data.labels[j]);
    });
  }

  it('XOR does not converge, and says why', () => {
    const data = logicGate('xor');
    const report = trainPerceptron(createPerceptron(2), data.X, data.labels, 50);
    expect(report.converged).toBe(false);
    expect(report.reason).toContain('did not converge');
    expect(report.reason).toContain('not linearly separable');
    expect(report.history.every((e) => e.errors > 0)).toBe(true);
  });

  it('XOR with the cycle check out of reach still reports the epoch limit', () => {
    const data = logicGate('xor');
    const report = trainPerceptron(createPerceptron(2), data.X, data.labels, 1);
    expect(report.reason).toMatch(
      /^did not converge within 1 epochs: the last epoch still misclassified \d example/,
    );
  });

  it('one epoch on AND, worked by hand (α = 1, start at 0; step(0) = 0.5)', () => {
    const data = logicGate('and');
    const p = createPerceptron(2, 1);
    const epoch = perceptronEpoch(p, data.X, data.labels);
    // (0,0): z = 0 → ŷ = 0.5, y = 0: w += −0.5·(0,0), b = −0.5
    // (0,1): z = −0.5 → ŷ = 0, right.  (1,0): z = −0.5 → right.
    // (1,1): z = −0.5 → ŷ = 0, y = 1: w += (1, 1), b = 0.5
    expect(epoch).toEqual({ errors: 2, w: [1, 1], b: 0.5 });
  });

  it('rejects a negative learning rate and mismatched data', () => {
    expect(() => createPerceptron(2, -1)).toThrow(
      'learning rate alpha must be a non-negative finite number, got -1',
    );
    expect(() => perceptronEpoch(createPerceptron(3), logicGate('or').X, [0, 1, 1, 1])).toThrow(
      'expected X of 3×m',
    );
  });
});
