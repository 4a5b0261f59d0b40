import { describe, expect, it } from 'vitest';
import {
  SETUP,
  advance,
  createRun,
  hiddenMaps,
  largestDifference,
  runAccuracy,
} from '../../../../src/widgets/init-experiment/init-experiment.ts';

describe('the initialization experiment', () => {
  it('all-zero weights: the hidden units stay identical through training, and XOR is not learned', () => {
    const run = createRun('zeros');
    expect(largestDifference(hiddenMaps(run))).toBe(0);
    advance(run, SETUP.epochs);
    expect(run.trainer.epochs).toBe(SETUP.epochs);
    expect(largestDifference(hiddenMaps(run))).toBe(0);
    // The units did move (they are not stuck at 0.5), they just moved together.
    expect(Math.max(...hiddenMaps(run)[0]) - Math.min(...hiddenMaps(run)[0])).toBeGreaterThan(0.5);
    expect(runAccuracy(run)).toBe(0.725);
  });
  it('random weights, zero biases: the units differ and XOR is learned', () => {
    const run = createRun('random');
    advance(run, SETUP.epochs);
    expect(largestDifference(hiddenMaps(run))).toBeGreaterThan(0.5);
    expect(runAccuracy(run)).toBe(1);
  });
  it('is reproducible from its seed and stops at the epoch budget', () => {
    const a = createRun('random');
    const b = createRun('random');
    advance(a, 100);
    advance(b, 100);
    expect(hiddenMaps(a)).toEqual(hiddenMaps(b));
    expect(advance(a, 10 * SETUP.epochs)).toBe(SETUP.epochs);
  });
  it('before training both start at 56.25% (every point called class 0)', () => {
    expect(runAccuracy(createRun('zeros'))).toBe(0.5625);
  });
});
