import { describe, expect, it } from 'vitest';
import {
  SETUP,
  createDiagram,
  createDropoutRun,
  droppedUnits,
  nextIteration,
} from '../../../../src/widgets/dropout/dropout.ts';
import { advanceCurveRun, finalLosses } from '../../../../src/widgets/shared/curve-run.ts';
import { droppedText } from '../../../../src/widgets/dropout/DropoutDiagram.tsx';

// Independent numbers: a Python replica of mulberry32 (the engine's generator), skipping the
// 168 draws of the initial weights (2 per He-normal weight, 16 + 64, then 8 Xavier-uniform),
// drops unit i when its draw is below p.
const units = (d: boolean[][]) => d.map((l) => l.flatMap((x, i) => (x ? [i + 1] : [])));

describe('the dropout diagram', () => {
  it('draws the masks the Python replica predicts, the same for the same seed', () => {
    const d = createDiagram(0.5);
    expect(units(droppedUnits(d))).toEqual([[], []]);
    expect(units(nextIteration(d))).toEqual([
      [2, 3, 4, 5, 7, 8],
      [1, 3, 5, 8],
    ]);
    expect(units(nextIteration(d))).toEqual([[2, 3, 4, 5], [7]]);
    expect(d.iteration).toBe(2);
    const again = createDiagram(0.5);
    expect(units(nextIteration(again))).toEqual([
      [2, 3, 4, 5, 7, 8],
      [1, 3, 5, 8],
    ]);
    const low = createDiagram(0.2);
    expect(units(nextIteration(low))).toEqual([
      [7, 8],
      [5, 8],
    ]);
    expect(units(nextIteration(low))).toEqual([[3, 4], []]);
  });

  it('drops nothing at rate 0, and keeps scaled survivors: mask 1/(1 − p)', () => {
    const d = createDiagram(0);
    for (let k = 0; k < 5; k++) expect(units(nextIteration(d))).toEqual([[], []]);
    const half = createDiagram(0.5);
    nextIteration(half);
    expect([...half.drops[0].mask.data].sort()).toEqual([0, 0, 0, 0, 0, 0, 2, 2]);
  });

  it('says dropped units in words', () => {
    expect(droppedText([false, true, false, true])).toBe('2, 4');
    expect(droppedText([false, false])).toBe('none');
  });
});

describe('training with and without dropout', () => {
  it('rate 0 gives exactly the curves of no dropout', () => {
    const plain = createDropoutRun(null);
    const zero = createDropoutRun(0);
    advanceCurveRun(plain, SETUP.epochs);
    advanceCurveRun(zero, SETUP.epochs);
    expect(zero.trainLoss).toEqual(plain.trainLoss);
    expect(zero.testLoss).toEqual(plain.testLoss);
    expect(plain.epochs).toHaveLength(SETUP.epochs / SETUP.every + 1);
  });

  it('dropout 0.5 overfits less: lower test loss, higher train loss', () => {
    const plain = createDropoutRun(null);
    const drop = createDropoutRun(0.5);
    expect(drop.testLoss[0]).toBe(plain.testLoss[0]); // same initial weights
    advanceCurveRun(plain, SETUP.epochs);
    advanceCurveRun(drop, SETUP.epochs);
    const a = finalLosses(plain);
    const b = finalLosses(drop);
    expect(a.test).toBeGreaterThan(2 * a.train);
    expect(b.test).toBeLessThan(a.test - 0.2);
    expect(b.train).toBeGreaterThan(a.train);
    expect(a.test).toBeCloseTo(0.9367, 3);
    expect(b.test).toBeCloseTo(0.5617, 3);
  });

  it('trains in chunks to the same place as in one go, and never past the last epoch', () => {
    const once = createDropoutRun(0.3);
    advanceCurveRun(once, SETUP.epochs);
    const chunks = createDropoutRun(0.3);
    while (chunks.trainer.epochs < SETUP.epochs) advanceCurveRun(chunks, 7);
    advanceCurveRun(chunks, 50);
    expect(chunks.trainer.epochs).toBe(SETUP.epochs);
    expect(chunks.testLoss).toEqual(once.testLoss);
  });
});
