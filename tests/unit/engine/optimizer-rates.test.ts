import { describe, expect, it } from 'vitest';
import { Matrix, Optimizer } from '../../../src/engine/index.ts';

const param = (w: number[], g: number[]) => ({
  name: 'W',
  value: new Matrix(1, w.length, Float64Array.from(w)),
  grad: new Matrix(1, g.length, Float64Array.from(g)),
  decay: true,
});

describe('changing an optimizer’s rates between steps', () => {
  it('uses the new α from the next step on: w = 1 − 0.5·2 = 0, then 0 − 0.1·2 = −0.2', () => {
    const p = param([1], [2]);
    const opt = new Optimizer([p], { alpha: 0.5 });
    opt.step();
    expect(p.value.data[0]).toBe(0);
    opt.setRates({ alpha: 0.1 });
    opt.step();
    expect(p.value.data[0]).toBeCloseTo(-0.2, 15);
  });

  it('keeps the momentum velocity: v = −0.5·2 = −1, then v = 0.9·(−1) − 0.1·2 = −1.1', () => {
    const p = param([0], [2]);
    const opt = new Optimizer([p], { alpha: 0.5, momentum: 0.9 });
    opt.step();
    opt.setRates({ alpha: 0.1 });
    opt.step();
    expect(p.value.data[0]).toBeCloseTo(-1 - 1.1, 12);
  });

  it('refuses a bad rate with a message and changes nothing', () => {
    const opt = new Optimizer([param([1], [1])], { alpha: 0.5, l2: 0.1 });
    expect(() => opt.setRates({ alpha: -1 })).toThrow(/learning rate alpha/);
    expect(() => opt.setRates({ alpha: 0.2, l2: NaN })).toThrow(/l2 must be/);
    expect(() => opt.setRates({ l1: -0.1 })).toThrow(/l1 must be/);
    expect([opt.alpha, opt.l2, opt.l1]).toEqual([0.5, 0.1, 0]);
  });
});
