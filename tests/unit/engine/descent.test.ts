import { describe, expect, it } from 'vitest';
import {
  surfaces,
  getSurface,
  runDescent,
  Descent,
  bowl,
  saddle,
  banana,
  valley,
} from '../../../src/engine/index.ts';

describe('surfaces', () => {
  for (const s of Object.values(surfaces)) {
    it(`${s.name}: gradient matches central differences`, () => {
      const g = new Float64Array(2);
      for (const [x, y] of [
        [-1.3, 0.7],
        [0.4, -1.1],
        [1.7, 1.9],
      ]) {
        s.grad(x, y, g);
        const h = 1e-6;
        const nx = (s.f(x + h, y) - s.f(x - h, y)) / (2 * h);
        const ny = (s.f(x, y + h) - s.f(x, y - h)) / (2 * h);
        expect(Math.abs(g[0] - nx) / Math.max(Math.abs(nx), 1e-4)).toBeLessThan(1e-6);
        expect(Math.abs(g[1] - ny) / Math.max(Math.abs(ny), 1e-4)).toBeLessThan(1e-6);
      }
    });
  }

  it('hand values', () => {
    expect(bowl.f(3, 4)).toBe(25); // 9 + 16
    expect(valley.f(1, 1)).toBeCloseTo(5.1, 15); // 0.1 + 5
    expect(banana.f(1, 1)).toBe(0); // (1 − 1)² + 10(1 − 1)²
    expect(saddle.f(1, 2)).toBe(-3); // 1 − 4
    expect(() => getSurface('egg')).toThrow(
      'unknown surface "egg"; known: bowl, valley, banana, saddle',
    );
  });
});

describe('gradient descent with patience', () => {
  it('one step on the bowl: (x, y) ← (x, y) − α·(2x, 2y)', () => {
    const d = new Descent(bowl, { alpha: 0.1, start: [1, -2] });
    d.step();
    // (1 − 0.1·2, −2 + 0.1·4) = (0.8, −1.6)
    expect([d.x, d.y]).toEqual([0.8, -1.6]);
    expect(d.path).toEqual([
      { x: 1, y: -2, value: 5 },
      { x: 0.8, y: -1.6, value: expect.closeTo(3.2, 14) },
    ]);
  });

  it('reaches the bowl minimum and stops by patience, saying so', () => {
    const d = runDescent(bowl, { alpha: 0.1, tol: 1e-10, patience: 10 });
    expect(d.status).toBe('converged');
    expect(d.reason).toMatch(
      /^converged: no improvement beyond 1e-10 for 10 iterations \(stopped at iteration \d+\)$/,
    );
    expect(Math.hypot(d.x, d.y)).toBeLessThan(1e-4);
    expect(d.path.length).toBe(d.iterations + 1);
  });

  it('the banana is slow but gets there with a small α', () => {
    const d = runDescent(banana, { alpha: 0.01, tol: 1e-12, patience: 20, maxIterations: 50000 });
    expect(d.status).toBe('converged');
    expect(Math.hypot(d.x - 1, d.y - 1)).toBeLessThan(1e-2);
  });

  it('too large a step on the narrow valley diverges and is reported', () => {
    // curvature across the valley is 10, so α > 2/10 overshoots more each step
    const d = runDescent(valley, { alpha: 0.25 });
    expect(d.status).toBe('diverged');
    expect(d.reason).toMatch(/^diverged: /);
  });

  it('the saddle has no minimum: descent slides off along y', () => {
    const d = runDescent(saddle, { alpha: 0.1 });
    expect(d.status).toBe('diverged');
    expect(d.reason).toMatch(/left the region/);
    expect(Math.abs(d.x)).toBeLessThan(1e-6);
  });

  it('reports the iteration limit while still improving', () => {
    const d = runDescent(valley, { alpha: 0.001, maxIterations: 50 });
    expect(d.status).toBe('max-iterations');
    expect(d.reason).toBe('stopped: reached the limit of 50 iterations while still improving');
  });

  it('rejects a NaN or negative learning rate', () => {
    expect(() => new Descent(bowl, { alpha: NaN })).toThrow(
      'learning rate alpha must be a non-negative finite number, got NaN',
    );
    expect(() => new Descent(bowl, { alpha: -1 })).toThrow('got -1');
  });
});
