import { describe, expect, it } from 'vitest';
import {
  SETUP,
  createDiagram,
  createDropoutRun,
  droppedUnits,
  dropoutPair,
  keepScale,
  nextIteration,
} from '../../../../src/widgets/dropout/dropout.ts';
import { advanceCurveRun, finalLosses } from '../../../../src/widgets/shared/curve-run.ts';
import { droppedText } from '../../../../src/widgets/dropout/DropoutDiagram.tsx';
import { diagramText, dropoutNames } from '../../../../src/widgets/dropout/strings.ts';
import {
  pairCurves,
  pairDone,
  pairEpochs,
  runOutcome,
} from '../../../../src/widgets/shared/train-both.ts';
import { lossText, trainBothText } from '../../../../src/widgets/shared/train-both-strings.ts';

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

describe('the comparison pair and its words', () => {
  it('pairs no dropout with dropout at p, the same data', () => {
    const { plain, other } = dropoutPair(0.3);
    expect(plain.train.X.data).toEqual(other.train.X.data);
    expect(plain.net.layers.length).toBe(3);
    expect(other.net.layers.length).toBe(5);
  });
  it('scales survivors by 1/(1 − p): 2 at p = 0.5, 1.25 at p = 0.2, 1 at p = 0', () => {
    expect(keepScale(0.5)).toBe(2);
    expect(keepScale(0.2)).toBe(1.25);
    expect(keepScale(0)).toBe(1);
  });
  it('says what the diagram shows', () => {
    expect(diagramText(0.5, 0, [])).toBe(
      'Drop rate p = 0.5; survivors are scaled by 2. Press Next iteration to draw the first masks.',
    );
    expect(diagramText(0.2, 3, [[true, false, false, true]])).toBe(
      'Iteration 3, p = 0.2: hidden layer 1 keeps 2 of 4 units; survivors are scaled by 1.25.',
    );
  });
});

describe('the shared "train with and without" model', () => {
  it('draws four curves, names them, and knows when the pair is done', () => {
    const pair = dropoutPair(0.5);
    const curves = pairCurves(pair, dropoutNames(0.5));
    expect(curves.map((c) => c.label)).toEqual([
      'no dropout, train',
      'no dropout, test',
      'dropout p = 0.5, train',
      'dropout p = 0.5, test',
    ]);
    expect(curves.map((c) => c.dashed)).toEqual([true, false, true, false]);
    expect(pairDone(pair)).toBe(false);
    advanceCurveRun(pair.plain, SETUP.epochs);
    expect(pairEpochs(pair)).toBe(SETUP.epochs);
    expect(pairDone(pair)).toBe(true);
    const o = runOutcome(pair.plain);
    expect(o.kind).toBe('losses');
    expect(trainBothText.outcome('Without dropout', o, 3)).toMatch(
      /^Without dropout: train loss 0\.0587, test loss 0\.937\.$/,
    );
  });
  it('says a diverged run diverged, with the reason', () => {
    expect(trainBothText.outcome('X', { kind: 'diverged', reason: 'loss became NaN' }, 3)).toBe(
      'X: training diverged (loss became NaN).',
    );
    expect(lossText(Number.NaN, 3)).toBe('not a number');
  });
});
