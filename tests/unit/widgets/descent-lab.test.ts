import { describe, expect, it } from 'vitest';
import { Descent, bowl, saddle } from '../../../src/engine/index.ts';
import {
  alphaFromLog,
  describeRun,
  logFromAlpha,
  sampleSurface,
  show,
} from '../../../src/widgets/descent-lab.ts';

describe('the learning-rate scale', () => {
  it('maps slider positions to round learning rates and back', () => {
    expect(alphaFromLog(-1)).toBe(0.1);
    expect(alphaFromLog(-0.99)).toBe(0.1);
    expect(alphaFromLog(Math.log10(5))).toBe(5);
    expect(logFromAlpha(0.001)).toBeCloseTo(-3, 12);
    expect(logFromAlpha(100)).toBeCloseTo(Math.log10(5), 12);
  });
  it('moves α on every slider key step (0.05 in log10), despite the rounding', () => {
    for (let a = 0.001; a < 4.5; a = alphaFromLog(logFromAlpha(a) + 0.05)) {
      expect(alphaFromLog(logFromAlpha(a) + 0.05)).toBeGreaterThan(a);
      expect(alphaFromLog(logFromAlpha(a) - 0.05)).toBeLessThan(a);
    }
  });
});

describe('show', () => {
  it('never prints NaN', () => {
    expect(show(NaN)).not.toMatch(/NaN/);
    expect(show(Infinity)).toMatch(/too large/);
    expect(show(1.2e8)).toBe('1.2e+8');
  });
});

describe('sampleSurface', () => {
  it('samples the view corner to corner, row 0 at the bottom', () => {
    const v = sampleSurface(saddle, 3); // x, y ∈ {−2, 0, 2}
    expect(Array.from(v)).toEqual([0, -4, 0, 4, 0, 4, 0, -4, 0]);
  });
});

// Independent numbers from a python3 re-implementation of the patience rule (tol 1e-6, patience 10).
describe('describeRun', () => {
  const start = [-1.5, 1.2] as const;
  it('reports convergence with the patience rule in words (bowl, α = 0.1: 44 iterations)', () => {
    const d = new Descent(bowl, { alpha: 0.1, start, tol: 1e-6, patience: 10 }).run();
    const s = describeRun(d);
    expect(s.kind).toBe('converged');
    expect(s.text).toBe(
      'converged: no improvement beyond 1e−6 for 10 iterations; stopped at iteration 44 with loss 1.094e−8',
    );
  });
  it('calls a growing loss diverging after one step, and diverged once it leaves the region (α = 5: iteration 7)', () => {
    const d = new Descent(bowl, { alpha: 5, start, tol: 1e-6, patience: 10 });
    expect(describeRun(d).kind).toBe('ready');
    d.step();
    expect(describeRun(d).text).toBe(
      'diverging: the loss grew to 298.9 at iteration 1 — lower the learning rate',
    );
    d.run();
    const s = describeRun(d);
    expect(s.kind).toBe('diverged');
    expect(s.text).toContain('grew to 8.442e+13');
    expect(s.text).toContain('iteration 7');
  });
  it('does not call endless bouncing (bowl, α = 1) converged', () => {
    const d = new Descent(bowl, { alpha: 1, start, tol: 1e-6, patience: 10 }).run();
    expect(describeRun(d).kind).toBe('stuck');
  });
  it('calls a zig-zag oscillating, and a saddle’s fall unbounded', () => {
    const d = new Descent(bowl, { alpha: 0.75, start });
    d.step();
    d.step();
    expect(describeRun(d).kind).toBe('oscillating');
    const s = new Descent(saddle, { alpha: 0.1 }).run();
    expect(describeRun(s).kind).toBe('unbounded');
  });
});
