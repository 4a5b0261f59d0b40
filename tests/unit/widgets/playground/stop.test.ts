import { describe, expect, it } from 'vitest';
import { checkStop, createStopState, updateStop } from '../../../../src/widgets/playground/stop.ts';
import { statusText } from '../../../../src/widgets/playground/strings.ts';

describe('playground stop conditions', () => {
  it('stops after N epochs', () => {
    const s = createStopState();
    expect(updateStop(s, 1, 0.5, 3, 0)).toBeNull();
    expect(updateStop(s, 2, 0.4, 3, 0)).toBeNull();
    const stop = updateStop(s, 3, 0.3, 3, 0)!;
    expect(stop).toEqual({ kind: 'limit', epochs: 3 });
    expect(statusText(stop)).toBe('stopped after 3 epochs, the limit you set');
  });

  it('stops when the test loss has not improved for k epochs', () => {
    const s = createStopState();
    const losses = [0.9, 0.5, 0.41, 0.42, 0.41, 0.6];
    const reasons = losses.map((l, i) => updateStop(s, i + 1, l, 100, 3));
    // best 0.41 at epoch 3; epochs 4, 5, 6 do not beat it (an equal loss is no improvement)
    expect(reasons.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(reasons[5]).toEqual({
      kind: 'patience',
      epoch: 6,
      patience: 3,
      best: 0.41,
      bestEpoch: 3,
    });
    expect(statusText(reasons[5]!)).toBe(
      'stopped at epoch 6: the test loss has not improved for 3 epochs (best 0.41 at epoch 3)',
    );
  });

  it('never stops early with patience 0, and an improvement resets the count', () => {
    const s = createStopState();
    for (let e = 1; e <= 50; e++) expect(updateStop(s, e, 1, 100, 0)).toBeNull();
    const t = createStopState();
    expect([0.5, 0.6, 0.4, 0.45, 0.46].map((l, i) => updateStop(t, i + 1, l, 100, 2))).toEqual([
      null,
      null,
      null,
      null,
      { kind: 'patience', epoch: 5, patience: 2, best: 0.4, bestEpoch: 3 },
    ]);
  });

  it('checks the conditions again without a new loss (after the reader changed them)', () => {
    const s = createStopState();
    updateStop(s, 1, 0.5, 100, 0);
    updateStop(s, 2, 0.6, 100, 0);
    expect(checkStop(s, 2, 100, 0)).toBeNull();
    expect(checkStop(s, 2, 2, 0)).toEqual({ kind: 'limit', epochs: 2 });
    expect(checkStop(s, 2, 100, 1)).toEqual({
      kind: 'patience',
      epoch: 2,
      patience: 1,
      best: 0.5,
      bestEpoch: 1,
    });
  });
});
