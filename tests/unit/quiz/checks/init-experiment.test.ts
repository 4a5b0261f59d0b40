import { describe, expect, it } from 'vitest';
import {
  initExperimentChecks,
  readInitExperimentTaskState,
} from '../../../../src/quiz/checks/init-experiment.ts';
import { messageText } from '../../../../src/quiz/strings.ts';

const check = initExperimentChecks['init-symmetric-start'];

// By symmetry: equal incoming and outgoing weights give every hidden unit the same Z, H, dH and DW,
// so equal weights stay equal; random starts (Xavier, He) give the units different features.
describe('init-symmetric-start', () => {
  it('every weight 0.5, trained 1500 epochs: the hidden units are identical', () => {
    expect(check.run({ choice: 'constant', epochs: 1500 })).toEqual({
      ok: true,
      message: { code: 'init-twins-right' },
    });
  });
  it('random starts part the units', () => {
    for (const choice of ['xavier', 'he']) {
      const out = check.run({ choice, epochs: 1500 });
      expect(out.ok).toBe(false);
      expect(out.message.code).toBe('init-units-differ');
      expect(out.message.params!.gap).toBeGreaterThan(0.1);
    }
  });
  it('asks for the whole run first', () => {
    expect(check.run({ choice: 'constant', epochs: 100 })).toMatchObject({
      ok: false,
      message: { code: 'init-train-all', params: { epochs: 100, total: 1500 } },
    });
  });
  it('refuses malformed state as not graded', () => {
    for (const bad of [
      null,
      { choice: 'zeros', epochs: 1500 },
      { choice: 'constant' },
      { choice: 'constant', epochs: 1501 },
      { choice: 'constant', epochs: -1 },
      { choice: 'constant', epochs: 10.5 },
    ]) {
      expect(readInitExperimentTaskState(bad)).toBeNull();
      expect(check.run(bad)).toMatchObject({ ok: false, invalid: true });
    }
  });
  it('has a sentence for every outcome', () => {
    for (const s of [
      { choice: 'constant', epochs: 1500 },
      { choice: 'xavier', epochs: 1500 },
      { choice: 'he', epochs: 3 },
    ]) {
      const m = check.run(s).message;
      expect(messageText(m)).not.toBe(m.code);
    }
  });
});
