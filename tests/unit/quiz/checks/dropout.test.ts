import { describe, expect, it } from 'vitest';
import {
  MIN_EPOCHS,
  dropoutChecks,
  largestCurveGap,
  readDropoutTaskState,
} from '../../../../src/quiz/checks/dropout.ts';
import { messageText } from '../../../../src/quiz/strings.ts';

const check = dropoutChecks['dropout-rate-zero'];

// Independent reasoning: at p = 0 the mask is all ones and the scale 1/(1 − 0) = 1, so the dropout
// layer is the identity and both runs (same seed, same batches) compute the same numbers.
describe('dropout-rate-zero', () => {
  it('rate 0, trained: the curves coincide at every recorded point', () => {
    expect(largestCurveGap(0, 300)).toBe(0);
    const out = check.run({ rate: 0, epochs: 300 });
    expect(out).toMatchObject({ ok: true, message: { code: 'dropout-rate-zero-same' } });
    expect(check.run({ rate: 0, epochs: MIN_EPOCHS }).ok).toBe(true);
  });
  it('rate 0.5: the curves part, and the check says by how much', () => {
    const out = check.run({ rate: 0.5, epochs: 60 });
    expect(out.ok).toBe(false);
    expect(out.message.code).toBe('dropout-curves-differ');
    expect(out.message.params!.gap).toBeGreaterThan(1e-3);
    expect(check.run({ rate: 0.1, epochs: 60 }).ok).toBe(false);
  });
  it('asks for training first', () => {
    expect(check.run({ rate: 0, epochs: 0 })).toMatchObject({
      ok: false,
      message: { code: 'dropout-train-longer', params: { epochs: 0, min: MIN_EPOCHS } },
    });
  });
  it('refuses malformed state as not graded', () => {
    for (const bad of [
      null,
      {},
      { rate: 1, epochs: 100 },
      { rate: -0.1, epochs: 100 },
      { rate: 0, epochs: 301 },
      { rate: 0, epochs: 50.5 },
      { rate: '0', epochs: 100 },
    ]) {
      expect(readDropoutTaskState(bad)).toBeNull();
      expect(check.run(bad)).toMatchObject({ ok: false, invalid: true });
    }
  });
  it('has a sentence for every outcome', () => {
    for (const s of [
      { rate: 0, epochs: 50 },
      { rate: 0.5, epochs: 50 },
      { rate: 0, epochs: 5 },
    ]) {
      const m = check.run(s).message;
      expect(messageText(m)).not.toBe(m.code);
    }
  });
});
