// Lesson 9's overfitting example and its LossCurves figure, recomputed with the
// engine from the seeds the lesson names (the figure draws the same run at build time).
import { describe, expect, it } from 'vitest';
import { createNetwork, createRng } from '../../../src/engine/index.ts';
import {
  OVERFIT,
  OVERFIT_LAYERS,
  lowestTest,
  overfittingRun,
} from '../../../src/components/figures/overfitting-run.ts';
import { contentText, expectShows } from '../helpers.ts';

const text = contentText('lessons/09-putting-it-together.mdx');
const run = overfittingRun();
const low = lowestTest(run);
const last = run[run.length - 1];
const at = (epoch: number) => run.find((p) => p.epoch === epoch)!;

describe('Lesson 9 · Overfitting: the extreme case', () => {
  it('names the setup the run uses', () => {
    const params = createNetwork(
      { inputs: 2, layers: OVERFIT_LAYERS, loss: 'bce' },
      createRng(1),
    ).paramCount();
    expect(params).toBe(2 * 64 + 64 + (64 * 64 + 64) + (64 + 1));
    expect(text).toContain(
      `a much larger network, 2-${OVERFIT.hidden}-${OVERFIT.hidden}-1 (${params.toLocaleString('en-US')} parameters)`,
    );
    expectShows(
      text,
      'trained on only 30 points of noisier moons (noise 0.25, drawn from seed 1) and tested on 200 others (seed 2), with the weights from seed 3, the shuffling from seed 4 and mini-batches of 10. We measured both costs every 5 epochs.',
      OVERFIT.trainPoints,
      OVERFIT.noise,
      OVERFIT.trainSeed,
      OVERFIT.testPoints,
      OVERFIT.testSeed,
      OVERFIT.netSeed,
      OVERFIT.shuffleSeed,
      OVERFIT.batchSize,
      OVERFIT.every,
    );
    // "the same recipe": the learning rate and the initialization of the 2-16-16-1 run.
    expect(OVERFIT.alpha).toBe(0.1);
    expect(OVERFIT_LAYERS.every((l) => l.type === 'dense' && l.init === 'he')).toBe(true);
  });

  it('the test cost is lowest at epoch 10 (0.425); at epoch 600 training 0.029 with every point right, test 0.802', () => {
    expectShows(text, 'The test cost is lowest at epoch 10 (0.425)', low.epoch, low.test.cost);
    expectShows(
      text,
      'By epoch 600 the training cost is 0.029, with every training point right, while the test cost has climbed to 0.802',
      last.epoch,
      last.train.cost,
      last.test.cost,
    );
    expect(last.epoch).toBe(OVERFIT.epochs);
    expect(last.train.accuracy).toBe(1);
  });

  it('test accuracy: 83.0% at epoch 10, never below 77.5% after it', () => {
    const after = run.filter((p) => p.epoch >= low.epoch).map((p) => 100 * p.test.accuracy);
    expectShows(
      text,
      'from 83.0% at epoch 10 it never drops below 77.5%',
      100 * at(low.epoch).test.accuracy,
      low.epoch,
      Math.min(...after),
    );
    expect(Math.max(...after)).toBeCloseTo(after[0], 12);
  });

  it('the mean loss on the wrongly classified test points rises from 1.58 to 3.47', () => {
    expectShows(
      text,
      'the mean loss rises from 1.58 at epoch 10 to 3.47 at epoch 600',
      at(low.epoch).test.wrongLoss,
      low.epoch,
      last.test.wrongLoss,
      last.epoch,
    );
  });

  it('each wrong-answer mean agrees with the cost: wrong points cost over log 2 each, right ones under', () => {
    for (const p of [at(low.epoch), last]) {
      const n = OVERFIT.testPoints;
      const wrong = Math.round(n * (1 - p.test.accuracy));
      const total = n * p.test.cost;
      expect(p.test.wrongLoss).toBeGreaterThanOrEqual(Math.log(2));
      expect(total).toBeGreaterThanOrEqual(wrong * p.test.wrongLoss - 1e-9);
      expect(total).toBeLessThanOrEqual(wrong * p.test.wrongLoss + (n - wrong) * Math.log(2));
    }
  });

  it('the shape the figure describes: training cost falls and test cost climbs, mark by mark', () => {
    const marks = run.filter((p) => p.epoch % 100 === 0);
    marks.slice(1).forEach((p, k) => {
      expect(p.train.cost, `training cost at epoch ${p.epoch}`).toBeLessThan(marks[k].train.cost);
    });
    const climb = [low, ...marks.filter((p) => p.epoch > low.epoch)];
    climb.slice(1).forEach((p, k) => {
      expect(p.test.cost, `test cost at epoch ${p.epoch}`).toBeGreaterThan(climb[k].test.cost);
    });
    expect(run[0].test.cost).toBeGreaterThan(low.test.cost);
    expect(low.epoch).toBeLessThan(100);
  });
});
