import { describe, expect, it } from 'vitest';
import { backpropChecks, readBackpropTaskState } from '../../../../src/quiz/checks/backprop.ts';
import { messageText } from '../../../../src/quiz/strings.ts';

const check = backpropChecks['backprop-dw2-positive'];
const DW2_LINE = 7; // "DW² = (1/m)·DZ²·(H¹)ᵀ" is the 8th line of the walk-through.
const lesson = (y: number, step = DW2_LINE, alphas: number[] = []) => ({
  x: [0.5, 1],
  y,
  choice: { kind: 'lesson' },
  step,
  alphas,
});

// By hand, the lesson's network: Z¹ = (0.45, 0.15), H¹ = σ(Z¹), Z² = 0.5·H¹₁ − 0.6·H¹₂ + 0.2, P = σ(Z²).
const sig = (z: number) => 1 / (1 + Math.exp(-z));
const H1 = [sig(0.45), sig(0.15)];
const P = sig(0.5 * H1[0] - 0.6 * H1[1] + 0.2);

describe('backprop-dw2-positive', () => {
  it('with label 0, DW² = P·(H¹)ᵀ is positive: right', () => {
    const out = check.run(lesson(0));
    expect(out.ok).toBe(true);
    expect(out.message.code).toBe('backprop-dw2-positive');
    expect(out.message.params!.a).toBeCloseTo(P * H1[0], 12);
    expect(out.message.params!.b).toBeCloseTo(P * H1[1], 12);
  });
  it("with the lesson's label 1, DW² = (P − 1)·(H¹)ᵀ is negative: not yet", () => {
    const out = check.run(lesson(1));
    expect(out.ok).toBe(false);
    expect(out.message.code).toBe('backprop-dw2-not-positive');
    expect(out.message.params!.a).toBeCloseTo((P - 1) * H1[0], 12);
  });
  it('replays the updates: after many updates towards Y = 1 DW² is still negative, towards 0 positive', () => {
    const many = Array.from({ length: 20 }, () => 1);
    expect(check.run(lesson(1, DW2_LINE, many)).ok).toBe(false);
    expect(check.run(lesson(0, DW2_LINE, many)).ok).toBe(true);
    // Updates change the numbers: DW² shrinks as P approaches the label 0.
    const after = check.run(lesson(0, DW2_LINE, many)).message.params!.a as number;
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(P * H1[0]);
  });
  it('asks for the DW² line first', () => {
    expect(check.run(lesson(0, 3))).toMatchObject({
      ok: false,
      message: { code: 'backprop-go-to-dw2', params: { step: 4, target: 8 } },
    });
  });
  it('grades random starting weights too: the sign follows Y alone', () => {
    for (const seed of [1, 2, 3, 42]) {
      const s = { ...lesson(0), choice: { kind: 'seed', seed } };
      expect(check.run(s).ok).toBe(true);
      expect(check.run({ ...s, y: 1 }).ok).toBe(false);
    }
  });
  it('refuses malformed state as not graded', () => {
    for (const bad of [
      undefined,
      { ...lesson(0), y: 2 },
      { ...lesson(0), x: [0.5] },
      { ...lesson(0), x: [0.5, 11] },
      { ...lesson(0), step: 14 },
      { ...lesson(0), step: 1.5 },
      { ...lesson(0), choice: { kind: 'seed', seed: -1 } },
      { ...lesson(0), choice: { kind: 'magic' } },
      { ...lesson(0), alphas: [0.5, -1] },
      { ...lesson(0), alphas: 'none' },
    ]) {
      expect(readBackpropTaskState(bad)).toBeNull();
      expect(check.run(bad)).toMatchObject({ ok: false, invalid: true });
    }
  });
  it('has a sentence for every outcome', () => {
    for (const s of [lesson(0), lesson(1), lesson(0, 0)]) {
      const m = check.run(s).message;
      expect(messageText(m)).not.toBe(m.code);
    }
  });
});
