import { describe, expect, it } from 'vitest';
import { divergence } from '../../../../src/widgets/playground/diverge.ts';
import { warningText } from '../../../../src/widgets/playground/strings.ts';
import { DEFAULTS } from '../../../../src/widgets/playground/url.ts';
import { createRun, stepEpoch } from '../../../../src/widgets/playground/playground.ts';

describe('the playground’s divergence warning', () => {
  it('warns once the loss is more than twice its start, and not before', () => {
    expect(divergence([0.69])).toBeNull();
    expect(divergence([0.69, 0.6, 1.38])).toBeNull(); // exactly 2×: not yet
    const w = divergence([0.69, 0.6, 1.39]);
    expect(w).toEqual({ kind: 'diverging', start: 0.69, now: 1.39, epoch: 2 });
    expect(warningText(w)).toBe(
      'diverging: the training loss grew from 0.69 before training to 1.39 at epoch 2 — lower the learning rate',
    );
    expect(warningText(null)).toBe('');
    expect(divergence([0.69, 50, 0.5])).toBeNull(); // it came back down
  });
  it('fires for α = 1000 on the default XOR run within 5 epochs, not for the default α', () => {
    const wild = createRun({ ...DEFAULTS, lr: 1000 });
    for (let e = 0; e < 5; e++) stepEpoch(wild);
    expect(wild.trainLoss[wild.trainLoss.length - 1]).toBeGreaterThan(100);
    expect(warningText(divergence(wild.trainLoss))).toMatch(
      /^diverging: the training loss grew from 0\.\d+ before training to \d+ at epoch 5/,
    );
    const calm = createRun({ ...DEFAULTS, epochs: 50 });
    while (stepEpoch(calm));
    expect(divergence(calm.trainLoss)).toBeNull();
  });
});
