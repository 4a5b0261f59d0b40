import { describe, expect, it } from 'vitest';
import {
  CONSTANT_WEIGHT,
  SAME_TOL,
  SETUP,
  advance,
  advanceBoth,
  createRun,
  createRuns,
  initSpec,
  panelView,
  hiddenMaps,
  largestDifference,
  runAccuracy,
} from '../../../../src/widgets/init-experiment/init-experiment.ts';
import { pct, sameText } from '../../../../src/widgets/init-experiment/strings.ts';

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

describe('the right-hand start and the two panels', () => {
  it('maps each choice to the engine initialiser; the left panel is always zeros', () => {
    expect(initSpec('zeros', 'he')).toBe('zeros');
    expect(initSpec('random', 'xavier')).toBe('xavier');
    expect(initSpec('random', 'he')).toBe('he');
    expect(initSpec('random', 'constant')).toEqual({ name: 'constant', value: CONSTANT_WEIGHT });
  });
  it('every weight 0.5: the units start and stay identical, yet they are not stuck at 0.5', () => {
    const run = createRun('random', 'constant');
    expect(run.net.layers[0]).toMatchObject({ W: { data: new Float64Array(8).fill(0.5) } });
    advance(run, SETUP.epochs);
    const view = panelView(run);
    expect(view.difference).toBe(0);
    expect(view.epochs).toBe(SETUP.epochs);
    expect(Math.max(...view.maps[0]) - Math.min(...view.maps[0])).toBeGreaterThan(0.1);
  });
  it('advances both panels together and says when epochs remain', () => {
    const runs = createRuns('he');
    expect(runs.random.choice).toBe('he');
    expect(advanceBoth(runs, 100)).toBe(true);
    expect(runs.zeros.trainer.epochs).toBe(100);
    expect(runs.random.trainer.epochs).toBe(100);
    expect(advanceBoth(runs, SETUP.epochs)).toBe(false);
    expect(panelView(runs.random).difference).toBeGreaterThan(SAME_TOL);
  });
  it('words the panels', () => {
    const runs = createRuns('xavier');
    expect(sameText(panelView(runs.zeros))).toBe('identical');
    expect(pct(0.725)).toBe('72.5%');
    expect(pct(1)).toBe('100%');
  });
});
