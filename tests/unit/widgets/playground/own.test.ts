import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../../../src/widgets/playground/url.ts';
import {
  createRun,
  GRID,
  ownData,
  stepEpoch,
} from '../../../../src/widgets/playground/playground.ts';
import { maps } from '../../../../src/widgets/playground/views.ts';
import type { OwnPoint } from '../../../../src/widgets/playground/csv.ts';
import { statusText } from '../../../../src/widgets/playground/strings.ts';

const own = { ...DEFAULTS, dataset: 'custom' as const, classes: 2, epochs: 200 };
// Five points of class 0 on the left, five of class 1 on the right: a line separates them.
const points: OwnPoint[] = [-1, -0.8, -0.6, -0.4, -0.2].flatMap((x, i) => [
  { x, y: 0.2 * i - 0.4, label: 0 },
  { x: -x, y: 0.4 - 0.2 * i, label: 1 },
]);

describe('the playground on your own data', () => {
  it('waits, without NaN, while there are too few points to hold one out', () => {
    for (const few of [[], points.slice(0, 1)]) {
      const run = createRun(own, undefined, few);
      expect(run.status).toEqual({ kind: 'waiting' });
      expect(statusText(run.status)).toMatch(/^waiting: add at least 2 points/);
      expect(run.train.X.cols + run.test.X.cols).toBe(few.length);
      expect(stepEpoch(run)).toBe(false);
      expect(run.trainer.epochs).toBe(0);
      expect(maps(run).cls).toHaveLength(GRID * GRID);
    }
  });

  it('holds out round(0.3 × 10) = 3 of 10 points by the seeded split and learns a separable set', () => {
    const run = createRun(own, undefined, points);
    expect([run.train.X.cols, run.test.X.cols]).toEqual([7, 3]);
    const labels = [...run.train.labels, ...run.test.labels].sort();
    expect(labels).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect(createRun(own, undefined, points).test.X.data).toEqual(run.test.X.data);
    while (stepEpoch(run));
    expect(run.status).toEqual({ kind: 'limit', epochs: 200 });
    expect(run.now.trainAcc).toBe(1);
    expect(run.now.testAcc).toBe(1);
  });

  it('covers every label with its classes', () => {
    expect(ownData([{ x: 0, y: 0, label: 3 }], 2).classes).toBe(4);
    expect(ownData([{ x: 0, y: 0, label: 0 }], 3).classes).toBe(3);
  });
});
