import { describe, expect, it } from 'vitest';
import { widgetChecks } from '../../../../src/quiz/widget-checks.ts';
import {
  WEIGHTED_SUM_WIDGET,
  readWeightedSumTaskState,
  weightedSumChecks,
} from '../../../../src/quiz/checks/weighted-sum.ts';

describe('the weighted-sum checks', () => {
  it('keep their names, so the existing polls still find them', () => {
    for (const name of ['weighted-sum-and', 'weighted-sum-or', 'weighted-sum-nand']) {
      expect(widgetChecks[name]).toBe(weightedSumChecks[name]);
      expect(widgetChecks[name].widget).toBe(WEIGHTED_SUM_WIDGET);
    }
  });
  it('read a state with its field errors, and refuse one without weights', () => {
    expect(
      readWeightedSumTaskState({
        x: [1, 1],
        w: [1, 1],
        b: 0,
        activation: 'step',
        fieldErrors: ['x1'],
      }),
    ).toEqual({ x: [1, 1], w: [1, 1], b: 0, activation: 'step', fieldErrors: ['x1'] });
    expect(readWeightedSumTaskState({ x: [1], b: 0, activation: 'step' })).toBeNull();
    expect(readWeightedSumTaskState({ w: [Infinity], b: 0, activation: 'step' })).toBeNull();
  });
  it('grade OR by the four corners: w = (1, 1), b = −0.5 is OR, b = 0.5 is not (on at (0, 0))', () => {
    const or = weightedSumChecks['weighted-sum-or'];
    const s = (b: number) => ({ x: [0, 0], w: [1, 1], b, activation: 'step' });
    expect(or.run(s(-0.5)).ok).toBe(true);
    expect(or.run(s(0.5)).message.params).toMatchObject({ x1: 0, x2: 0, z: 0.5, y: 1, t: 0 });
  });
});
