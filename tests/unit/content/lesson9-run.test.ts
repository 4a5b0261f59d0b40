// Lesson 9's run table and its comparison with logistic regression, recomputed
// with the engine from the seeds the lesson names.
import { describe, expect, it } from 'vitest';
import { NO_HIDDEN, RECIPE, RUN, lessonRun } from './lesson9-run.ts';
import { contentText, expectRounded, expectShows } from '../helpers.ts';

const text = contentText('lessons/09-putting-it-together.mdx');
const deep = lessonRun(RECIPE);
const flat = lessonRun(NO_HIDDEN);
const last = <T>(xs: T[]) => xs[xs.length - 1];

describe('Lesson 9 · Worked example: one run', () => {
  it('names the setup the run uses', () => {
    expectShows(
      text,
      "the engine's two moons with noise 0.1 (the playground's default), 200 training points drawn from seed 1 and 200 test points from seed 2; the weights come from seed 3 and the shuffling from seed 4",
      RUN.noise,
      RUN.points,
      RUN.trainSeed,
      RUN.points,
      RUN.testSeed,
      RUN.netSeed,
      RUN.shuffleSeed,
    );
    expectShows(text, 'for 300 epochs', RUN.epochs);
    expect(text).toContain(
      `${(RUN.epochs * RUN.points) / RUN.batchSize / 1000},000 updates in all`,
    );
  });

  it('every row of the table is the engine run, rounded as printed', () => {
    const rows = [
      ...text.matchAll(/\| (\d+) \| ([\d.]+) \(([\d.]+)%\) \| ([\d.]+) \(([\d.]+)%\) \|/g),
    ];
    expect(rows.map((r) => Number(r[1]))).toEqual([...RUN.marks]);
    rows.forEach((r, k) => {
      const { train, test } = deep[k];
      const where = `epoch ${r[1]}`;
      expectRounded(r[2], train.cost, where);
      expectRounded(r[3], 100 * train.accuracy, where);
      expectRounded(r[4], test.cost, where);
      expectRounded(r[5], 100 * test.accuracy, where);
    });
  });

  it('logistic regression on the same data: 0.223 at 93.0%, test 0.311 at 84.5%, 0.233 at epoch 200', () => {
    const end = last(flat);
    expectShows(
      text,
      'After 300 epochs: training cost 0.223 at 93.0% accuracy, test cost 0.311 at 84.5%',
      end.epoch,
      end.train.cost,
      100 * end.train.accuracy,
      end.test.cost,
      100 * end.test.accuracy,
    );
    const at200 = flat.find((r) => r.epoch === 200)!;
    expectShows(text, '(at epoch 200 the training cost was 0.233)', 200, at200.train.cost);
    expect(at200.train.cost - end.train.cost).toBeLessThan(0.02);
    expectShows(text, 'stuck near a training cost of 0.22', end.train.cost);
  });

  it('the network classifies 99% of the unseen points; its test cost still falls at epoch 300', () => {
    expectShows(
      text,
      'classifies 99% of the points it has never seen',
      100 * last(deep).test.accuracy,
    );
    expectShows(
      text,
      'reached 99% test accuracy on the two-moons data where a model without a hidden layer stayed at 84.5%',
      100 * last(deep).test.accuracy,
      100 * last(flat).test.accuracy,
    );
    const costs = deep.map((r) => r.test.cost);
    expect(costs.every((c, k) => k === 0 || c < costs[k - 1])).toBe(true);
  });
});
