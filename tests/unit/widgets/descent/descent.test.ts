import { describe, expect, it } from 'vitest';
import { Descent, bowl, saddle } from '../../../../src/engine/index.ts';
import {
  START,
  alphaFromLog,
  createDescent,
  defaults,
  describeRun,
  finalStatus,
  gradientAt,
  placedStart,
  playFrame,
  logFromAlpha,
  sampleSurface,
  show,
} from '../../../../src/widgets/descent/descent.ts';
import { statusText } from '../../../../src/widgets/descent/strings.ts';

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
    expect(statusText(s)).toBe(
      'converged: no improvement beyond 1e−6 for 10 iterations; stopped at iteration 44 with loss 1.094e−8',
    );
  });
  it('calls a growing loss diverging after one step, and diverged once it leaves the region (α = 5: iteration 7)', () => {
    const d = new Descent(bowl, { alpha: 5, start, tol: 1e-6, patience: 10 });
    expect(describeRun(d).kind).toBe('ready');
    d.step();
    expect(statusText(describeRun(d))).toBe(
      'diverging: the loss grew to 298.9 at iteration 1 — lower the learning rate',
    );
    d.run();
    const s = describeRun(d);
    expect(s.kind).toBe('diverged');
    expect(statusText(s)).toContain('grew to 8.442e+13');
    expect(statusText(s)).toContain('iteration 7');
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

// Hand-computed: on x² + y² each step multiplies (x, y) by 1 − 2α = −1.4, so the loss
// (1.5² + 1.2²)·1.96ⁿ = 3.69·1.96ⁿ rises every step; after 10 steps (x, y) = (−1.5, 1.2)·1.4¹⁰
// = (−43.39, 34.71), loss 3.69·1.96¹⁰ = 3.69·836.68 = 3087.3, well inside |x|, |y| ≤ 1e6.
describe('the stop reason is the real one, with its numbers', () => {
  it('bowl, α = 1.2: the loss rose for 10 iterations, at about (−43, 35)', () => {
    const d = new Descent(bowl, { alpha: 1.2, start: [-1.5, 1.2], tol: 1e-6, patience: 10 }).run();
    expect(d.stop).toMatchObject({ kind: 'rose', iteration: 10, patience: 10 });
    if (d.stop?.kind !== 'rose') throw new Error('expected a rise');
    expect(d.stop.x).toBeCloseTo(-43.39, 2);
    expect(d.stop.y).toBeCloseTo(34.71, 2);
    expect(d.stop.to).toBeCloseTo(3087.3, 0);
    const s = describeRun(d);
    expect(s.kind).toBe('diverged');
    expect(statusText(s)).toBe(
      'diverged: the loss rose for 10 iterations in a row, from 3.69 at the start to 3087 at iteration 10; the point is at (−43.4, 34.7) — lower the learning rate',
    );
    expect(statusText(s)).not.toMatch(/left the region/);
  });
  it('α = 5 leaves the region: that reason names the bound and the point', () => {
    const d = new Descent(bowl, { alpha: 5, start: [-1.5, 1.2] }).run();
    expect(d.stop?.kind).toBe('left-region');
    expect(statusText(describeRun(d))).toMatch(
      /left the region \|x\|, \|y\| ≤ 1e\+6 at iteration 7, at \(/,
    );
  });
});

describe('the lab model: settings, run, play frame', () => {
  it("makes each surface's defaults from the engine's start", () => {
    expect(defaults('valley')).toEqual({
      name: 'valley',
      alpha: 0.15,
      start: [-1.8, 0.8],
      patience: 10,
      tol: 1e-6,
    });
    expect(START).toEqual(defaults('bowl'));
  });
  it('runs the settings: one step on the bowl at α = 0.1 multiplies the point by 1 − 2α = 0.8', () => {
    const run = createDescent(START);
    run.step();
    expect(run.x).toBeCloseTo(-1.5 * 0.8, 12);
    expect(run.y).toBeCloseTo(1.2 * 0.8, 12);
  });
  it('plays one iteration a frame for the first 60, then four', () => {
    const run = createDescent({ ...START, alpha: 0.001 });
    expect(playFrame(run)).toBe(true);
    expect(run.iterations).toBe(1);
    for (let k = 1; k < 60; k++) playFrame(run);
    expect(run.iterations).toBe(60);
    playFrame(run);
    expect(run.iterations).toBe(64);
  });
  it('reports false once the run stops', () => {
    const run = createDescent({ ...START, alpha: 5 });
    let frames = 0;
    while (playFrame(run)) frames++;
    expect(run.status).toBe('diverged');
    expect(frames).toBeLessThan(10);
  });
  it('rounds a placed start to hundredths', () => {
    expect(placedStart(0.123456, -1.98765)).toEqual([0.12, -1.99]);
  });
  it('reads the gradient at the current point: ∇(x² + y²) = (2x, 2y)', () => {
    const { g, norm } = gradientAt(createDescent(START));
    expect(g).toEqual([-3, 2.4]);
    expect(norm).toBeCloseTo(Math.hypot(3, 2.4), 12);
  });
  it('classifies a whole run from settings (valley: α > 0.2 diverges, since y ← (1 − 10α)·y)', () => {
    const valley = defaults('valley');
    expect(finalStatus({ ...valley, alpha: 0.21 }).kind).toBe('diverged');
    expect(finalStatus({ ...valley, alpha: 0.2 }).kind).toBe('stuck');
    expect(finalStatus(valley).kind).toBe('converged');
  });
  it('words every kind of status, and never says NaN', () => {
    const kinds = new Set<string>();
    for (const [name, alpha] of [
      ['bowl', 0.1],
      ['bowl', 5],
      ['saddle', 0.1],
      ['valley', 0.2],
      ['valley', 0.001],
    ] as const) {
      const s = finalStatus({ ...defaults(name), alpha });
      kinds.add(s.kind);
      expect(statusText(s)).not.toMatch(/NaN|undefined/);
      expect(statusText(s).length).toBeGreaterThan(20);
    }
    expect([...kinds].sort()).toEqual(['converged', 'diverged', 'limit', 'stuck', 'unbounded']);
  });
});
