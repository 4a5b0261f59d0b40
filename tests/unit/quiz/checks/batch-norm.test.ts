import { describe, expect, it } from 'vitest';
import { batchNormChecks, readBatchNormTaskState } from '../../../../src/quiz/checks/batch-norm.ts';
import { messageText } from '../../../../src/quiz/strings.ts';

const check = batchNormChecks['batchnorm-mean-2-sd-half'];
const sample = (gamma: number, beta: number) => ({
  batch: { source: 'sample', mean: 4, spread: 2 },
  gamma,
  beta,
  fieldErrors: [],
});
const own = (values: number[], gamma: number, beta: number) => ({
  batch: { source: 'own', values },
  gamma,
  beta,
  fieldErrors: [],
});

describe('batchnorm-mean-2-sd-half', () => {
  it('γ = 0.5, β = 2 gives mean 2 and standard deviation 0.5 on the seeded batch', () => {
    const out = check.run(sample(0.5, 2));
    expect(out.ok).toBe(true);
    expect(out.message.params!.mean).toBeCloseTo(2, 10);
    expect(out.message.params!.sd).toBeCloseTo(0.5, 5);
  });
  it('on a typed batch, by hand: 1, 2, 3, 6 has mean 3 and variance 3.5', () => {
    // y = 0.5·(x − 3)/√(3.5 + 10⁻⁵) + 2: mean 2, sd 0.5·√(3.5 / (3.5 + 10⁻⁵)).
    const out = check.run(own([1, 2, 3, 6], 0.5, 2));
    expect(out.ok).toBe(true);
    expect(out.message.params!.sd).toBeCloseTo(0.5 * Math.sqrt(3.5 / (3.5 + 1e-5)), 10);
  });
  it('says which of the two is off', () => {
    expect(check.run(sample(1, 2))).toMatchObject({ ok: false, message: { code: 'bn-goal-sd' } });
    expect(check.run(sample(0.5, 0))).toMatchObject({
      ok: false,
      message: { code: 'bn-goal-mean' },
    });
    // Just outside the tolerance of 0.01.
    expect(check.run(sample(0.52, 2)).ok).toBe(false);
    expect(check.run(sample(0.5, 2.5)).ok).toBe(false);
  });
  it('a constant batch has no spread to scale: no γ reaches 0.5', () => {
    const out = check.run(own([2, 2, 2], 3, 2));
    expect(out).toMatchObject({ ok: false, message: { code: 'bn-goal-sd' } });
    expect(out.message.params!.sd).toBe(0);
  });
  it('does not grade while the typed batch shows an error', () => {
    const out = check.run({ ...own([1, 2], 0.5, 2), fieldErrors: ['Your batch'] });
    expect(out).toMatchObject({
      ok: false,
      invalid: true,
      message: { code: 'widget-field-error', params: { fields: 'Your batch' } },
    });
  });
  it('refuses malformed state as not graded', () => {
    for (const bad of [
      null,
      { gamma: 1, beta: 0 },
      { ...sample(1, 0), gamma: 'one' },
      { ...sample(1, 0), batch: { source: 'sample', mean: 4 } },
      { ...sample(1, 0), batch: { source: 'own', values: [1] } },
      { ...sample(1, 0), batch: { source: 'own', values: [1, 5000] } },
      { ...sample(1, 0), batch: { source: 'own', values: [1, Number.NaN] } },
      { ...sample(1, 0), batch: { source: 'file' } },
    ]) {
      expect(readBatchNormTaskState(bad)).toBeNull();
      expect(check.run(bad)).toMatchObject({ ok: false, invalid: true });
    }
  });
  it('has a sentence for every outcome', () => {
    for (const s of [sample(0.5, 2), sample(1, 2), sample(0.5, 0)]) {
      const m = check.run(s).message;
      expect(messageText(m)).not.toBe(m.code);
    }
  });
});
