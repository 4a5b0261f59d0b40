import { describe, expect, it } from 'vitest';
import { widgetChecks } from '../../../../src/quiz/widget-checks.ts';
import { messageText } from '../../../../src/quiz/strings.ts';
import {
  FORWARD_PASS_WIDGET,
  forwardPassChecks,
  readForwardPassTaskState,
} from '../../../../src/quiz/checks/forward-pass.ts';
import { buildNetwork, forwardPass } from '../../../../src/widgets/forward-pass/forward-pass.ts';

const check = forwardPassChecks['forward-pass-relu-unit-1-off'];
/** The first layer the widget shows for a seed (the widget publishes these numbers). */
function layer1(seed: number) {
  const { W1, b1 } = forwardPass(buildNetwork(seed, 'relu'), [0, 0, 0]);
  return { W1, b1 };
}
const state = (x: number[], hidden = 'relu', seed = 5, fieldErrors: string[] = []) => ({
  seed,
  hidden,
  x,
  ...layer1(seed),
  fieldErrors,
});

describe('forward-pass-relu-unit-1-off', () => {
  it('is registered, for the forward-pass widget', () => {
    expect(widgetChecks['forward-pass-relu-unit-1-off']).toBe(check);
    expect(check.widget).toBe(FORWARD_PASS_WIDGET);
  });
  it('uses the row the poll prints: seed 5 has W¹ row 1 = (0.4, 0.5, −0.5) and b¹₁ = 0.2', () => {
    const { W1, b1 } = layer1(5);
    expect(W1[0]).toEqual([0.4, 0.5, -0.5]);
    expect(b1[0]).toBe(0.2);
    expect(forwardPass(buildNetwork(5, 'sigmoid'), [0, 0, 0]).W1).toEqual(W1); // the same for every g
  });
  // By hand: z¹₁ = 0.4x₁ + 0.5x₂ − 0.5x₃ + 0.2.
  it('at the start z¹₁ = 0.4 + 0.25 + 0.5 + 0.2 = 1.35: on', () => {
    const r = check.run(state([1, 0.5, -1]));
    expect(r.ok).toBe(false);
    expect(r.message.code).toBe('fp-unit-on');
    expect(r.message.params!.z as number).toBeCloseTo(1.35, 12);
    expect(messageText(r.message)).toBe(
      'Hidden unit 1 is still on: its weighted sum is 1.35 > 0, so it outputs 1.35.',
    );
  });
  it('x₃ = 2 gives z¹₁ = −0.15: off; x₁ = −2.5 gives −0.05: off; x₃ = 1.6 gives 0.05: still on', () => {
    const off = check.run(state([1, 0.5, 2]));
    expect(off.ok).toBe(true);
    expect(off.message.params!.z as number).toBeCloseTo(-0.15, 12);
    expect(check.run(state([-2.5, 0.5, -1])).ok).toBe(true);
    const on = check.run(state([1, 0.5, 1.6]));
    expect(on.ok).toBe(false);
    expect(on.message.params!.z as number).toBeCloseTo(0.05, 12);
  });
  it('needs ReLU: a sigmoid unit is never 0', () => {
    expect(check.run(state([1, 0.5, 2], 'sigmoid')).message.code).toBe('fp-need-relu');
  });
  it('grades nothing while a field shows an error, and refuses malformed states', () => {
    expect(check.run(state([1, 0.5, 2], 'relu', 5, ['x₃']))).toMatchObject({
      invalid: true,
      message: { code: 'widget-field-error' },
    });
    const good = state([1, 2, 3]);
    for (const bad of [
      null,
      state([1, 2]),
      state([1, 2, 3], 'softmax'),
      state([1, NaN, 3]),
      { ...good, W1: good.W1.slice(0, 3) },
      { ...good, W1: good.W1.map((r) => r.slice(0, 2)) },
      { ...good, b1: [0, 0, 0, Number.NaN] },
      { ...good, seed: 'five' },
    ])
      expect(check.run(bad)).toMatchObject({ invalid: true, message: { code: 'widget-missing' } });
    expect(readForwardPassTaskState(state([1, 2, 3]))).toEqual(state([1, 2, 3]));
  });
});
