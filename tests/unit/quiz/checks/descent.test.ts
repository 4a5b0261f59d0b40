import { describe, expect, it } from 'vitest';
import { descentChecks, readDescentTaskState } from '../../../../src/quiz/checks/descent.ts';
import { messageText } from '../../../../src/quiz/strings.ts';

const check = descentChecks['descent-valley-diverges'];
// The valley's own start and the lab's stopping rule.
const valley = (alpha: number) => ({
  name: 'valley',
  alpha,
  start: [-1.8, 0.8],
  patience: 10,
  tol: 1e-6,
});

// By hand: on f = 0.1x² + 5y² a step multiplies y by 1 − 10α and x by 1 − 0.2α, so descent
// diverges exactly when |1 − 10α| > 1, i.e. α > 0.2; at α = 0.2, y flips between ±0.8 for ever.
describe('descent-valley-diverges', () => {
  it('accepts a learning rate above 0.2', () => {
    for (const alpha of [0.21, 0.3, 1, 5]) {
      const out = check.run(valley(alpha));
      expect(out.ok, `α = ${alpha}`).toBe(true);
      expect(out.message.code).toBe('descent-diverged');
    }
  });
  it('refuses learning rates at which descent does not diverge, saying why', () => {
    expect(check.run(valley(0.15))).toMatchObject({
      ok: false,
      message: { code: 'descent-converged' },
    });
    expect(check.run(valley(0.19)).ok).toBe(false);
    // The edge: bouncing for ever, the loss not growing.
    expect(check.run(valley(0.2))).toMatchObject({ ok: false, message: { code: 'descent-stuck' } });
    // α = 0.001: x shrinks by 0.9998 a step, still falling after 5000 iterations.
    expect(check.run(valley(0.001))).toMatchObject({
      ok: false,
      message: { code: 'descent-limit' },
    });
  });
  it('grades the valley only', () => {
    expect(check.run({ ...valley(1.2), name: 'bowl' })).toMatchObject({
      ok: false,
      message: { code: 'descent-need-valley' },
    });
  });
  it('refuses malformed state as not graded', () => {
    for (const bad of [
      null,
      'valley',
      { ...valley(0.3), name: 'crater' },
      { ...valley(0.3), alpha: 0 },
      { ...valley(0.3), alpha: 6 },
      { ...valley(0.3), alpha: Number.NaN },
      { ...valley(0.3), start: [1] },
      { ...valley(0.3), patience: 0.5 },
      { ...valley(0.3), tol: -1 },
    ]) {
      expect(readDescentTaskState(bad)).toBeNull();
      expect(check.run(bad)).toEqual({
        ok: false,
        invalid: true,
        message: { code: 'widget-missing' },
      });
    }
  });
  it('has a sentence for every outcome', () => {
    for (const alpha of [0.3, 0.15, 0.2, 0.001]) {
      const m = check.run(valley(alpha)).message;
      expect(messageText(m)).not.toBe(m.code);
      expect(messageText(m)).toContain(`α = ${String(alpha)}`);
    }
  });
});
