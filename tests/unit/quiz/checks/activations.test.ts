import { describe, expect, it } from 'vitest';
import { widgetChecks } from '../../../../src/quiz/widget-checks.ts';
import { messageText } from '../../../../src/quiz/strings.ts';
import {
  ACTIVATIONS_WIDGET,
  VANISHED,
  activationsChecks,
  readActivationsTaskState,
} from '../../../../src/quiz/checks/activations.ts';

const check = activationsChecks['activation-stack-fewest-layers'];
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** ∂hₙ/∂x through n sigmoid units h = σ(w·h + b), by the chain rule written out (no engine). */
function sigmoidChain(n: number, x: number, w: number, b: number): number {
  let h = x;
  let g = 1;
  for (let l = 0; l < n; l++) {
    const s = sigmoid(w * h + b);
    g *= w * s * (1 - s);
    h = s;
  }
  return g;
}

const state = (n: number, x = 1, w = 1, b = 0.5, fieldErrors: string[] = []) => ({
  n,
  x,
  w,
  b,
  fieldErrors,
});

describe('activation-stack-fewest-layers', () => {
  it('is registered, for the explorer’s stack panel', () => {
    expect(widgetChecks['activation-stack-fewest-layers']).toBe(check);
    expect(check.widget).toBe(ACTIVATIONS_WIDGET);
  });
  it('from the panel’s start, 8 layers is the fewest: 7 give 3.5e−6, 8 give 6.0e−7 (as the poll says)', () => {
    expect(sigmoidChain(7, 1, 1, 0.5)).toBeCloseTo(3.508e-6, 9);
    expect(sigmoidChain(8, 1, 1, 0.5)).toBeCloseTo(5.961e-7, 10);
    const r = check.run(state(8));
    expect(r.ok).toBe(true);
    expect(r.message.params!.g as number).toBeCloseTo(sigmoidChain(8, 1, 1, 0.5), 18);
    expect(r.message.params!.before as number).toBeCloseTo(sigmoidChain(7, 1, 1, 0.5), 17);
    expect(messageText(r.message)).toMatch(
      /^8 layers is the fewest: the sigmoid gradient falls from 3\.508e−6 after 7 layers to 5\.961e−7/,
    );
  });
  it('too few layers: still at least 10⁻⁶; too many: fewer would do', () => {
    expect(check.run(state(7)).message).toMatchObject({
      code: 'stack-sigmoid-large',
      params: { n: 7 },
    });
    const r = check.run(state(10));
    expect(r).toMatchObject({
      ok: false,
      message: { code: 'stack-not-fewest', params: { n: 10, m: 9 } },
    });
    expect(sigmoidChain(9, 1, 1, 0.5)).toBeLessThan(VANISHED);
  });
  it('another setting has another answer: b = 2 saturates sooner (by hand, the fewest is where the product crosses 10⁻⁶)', () => {
    const fewest = [...Array(10).keys()]
      .map((i) => i + 1)
      .find((n) => sigmoidChain(n, 1, 1, 2) < VANISHED)!;
    expect(check.run(state(fewest, 1, 1, 2)).ok).toBe(true);
    expect(check.run(state(fewest - 1, 1, 1, 2)).ok).toBe(false);
  });
  it('needs ReLU to pass exactly 1: a weight of 2 doubles it per layer, a dead unit passes 0', () => {
    expect(check.run(state(8, 1, 2, 0.5)).message).toMatchObject({
      code: 'stack-relu-not-one',
      params: { g: 256 },
    });
    expect(check.run(state(8, -5, 1, 0.5)).message).toMatchObject({
      code: 'stack-relu-not-one',
      params: { g: 0 },
    });
  });
  it('grades nothing while a field shows an error, and refuses malformed states', () => {
    expect(check.run(state(8, 1, 1, 0.5, ['weight w']))).toMatchObject({
      invalid: true,
      message: { code: 'widget-field-error', params: { fields: 'weight w' } },
    });
    for (const bad of [undefined, {}, state(0), state(11), state(2.5), { ...state(8), x: 'one' }])
      expect(check.run(bad)).toMatchObject({ invalid: true, message: { code: 'widget-missing' } });
    expect(readActivationsTaskState(state(3))).toEqual(state(3));
  });
});
