// The worked numeric examples of Lesson 6: Gradient descent, recomputed with the engine.
//
// Each check names a fragment of the lesson's MDX source as it is printed there
// (whitespace-insensitive) and the engine's values for the LAST numbers in that
// fragment (see shows() in tests/unit/helpers.ts). The fragment must still be in
// the lesson, and each printed number must be the engine's value rounded to the
// decimals printed. Where the lesson prints the inputs of an example as a matrix,
// the inputs are read from the lesson too.
import { describe, expect, it } from 'vitest';
import {
  Descent,
  Matrix,
  Trainer,
  createNetwork,
  createRng,
} from '../../../../src/engine/index.ts';
import { surface, lesson, shows } from '../../helpers.ts';

describe('Lesson 6 · Gradient descent', () => {
  const src = lesson('06-gradient-descent');

  describe('The update rule · Worked example: one step in two dimensions', () => {
    const stretched = surface(
      (x, y) => x * x + 4 * y * y,
      (x, y) => [2 * x, 8 * y],
      [-4, 1.5],
    );
    it('J = w₁² + 4w₂² from (−4, 1.5) with α = 0.2: gradient (−8, 12), step (−1.6, 2.4), new point (−2.4, −0.9), cost 25 → 9', () => {
      const d = new Descent(stretched, { alpha: 0.2 });
      shows(
        src,
        'Start at $(w_1, w_2) = (-4,\\ 1.5)$, where $J = 16 + 9 = 25$',
        -4,
        1.5,
        16,
        4 * 1.5 ** 2,
        d.value,
      );
      d.step();
      const [gx, gy] = d.gradient;
      shows(src, 'Gradient at the start: $(2 \\cdot (-4),\\ 8 \\cdot 1.5) = (-8,\\ 12)$', gx, gy);
      shows(src, 'Step: $\\alpha \\nabla J = (-1.6,\\ 2.4)$', 0.2 * gx, 0.2 * gy);
      shows(src, '$(-4 - (-1.6),\\ 1.5 - 2.4) = (-2.4,\\ -0.9)$', d.x, d.y);
      shows(src, 'New cost: $5.76 + 3.24 = 9$', d.x ** 2, 4 * d.y ** 2, d.value);
    });

    it('every step multiplies the cost by 0.36: after eight steps 25 × 0.36⁸ = 0.00705', () => {
      const d = new Descent(stretched, { alpha: 0.2 });
      for (let k = 0; k < 8; k++) {
        const before = d.value;
        d.step();
        expect(d.value / before).toBeCloseTo(0.36, 12);
      }
      shows(src, 'after eight steps it is $25 \\times 0.36^8 = 0.00705$', 25, 0.36, 8, d.value);
    });
  });

  describe('The learning rate · Worked example: a parabola', () => {
    const parabola = surface(
      (x) => x * x,
      (x) => [2 * x, 0],
      [1, 0],
    );
    const run = (alpha: number, steps: number) => {
      const d = new Descent(parabola, { alpha, maxIterations: 100000 });
      for (let k = 0; k < steps; k++) d.step();
      return d;
    };

    it('the first three steps from w = 1 for each learning rate in the table', () => {
      const rows: Record<string, string> = {
        0.01: '| 0.01 | 0.98 | 0.98 | 0.9604 | 0.9412 | very slow |',
        0.1: '| 0.1 | 0.8 | 0.8 | 0.64 | 0.512 | steady |',
        0.75: '| 0.75 | −0.5 | −0.5 | 0.25 | −0.125 | oscillates, converges |',
        1.0: '| 1.0 | −1 | −1 | 1 | −1 | bounces forever |',
        1.1: '| 1.1 | −1.2 | −1.2 | 1.44 | −1.728 | diverges |',
      };
      for (const [alpha, r] of Object.entries(rows)) {
        const d = run(Number(alpha), 3);
        const w = d.path.map((q) => q.x);
        shows(src, r, Number(alpha), w[1] / w[0], w[1], w[2], w[3]);
      }
    });

    it('α = 0.5 lands on the minimum in one step; α = 1.1 diverges; α = 0.75 converges', () => {
      expect(run(0.5, 1).x).toBe(0);
      expect(new Descent(parabola, { alpha: 1.1 }).run().status).toBe('diverged');
      expect(new Descent(parabola, { alpha: 0.75 }).run().status).toBe('converged');
    });

    it('steps to bring |w| below 0.01: 21 with α = 0.1, 228 with α = 0.01, 7 with α = 0.75', () => {
      const stepsBelow = (alpha: number) => {
        const d = new Descent(parabola, { alpha, maxIterations: 100000 });
        while (Math.abs(d.x) >= 0.01) {
          expect(d.status).toBe('running');
          d.step();
        }
        return d.iterations;
      };
      shows(
        src,
        'To get $|w|$ below 0.01, $\\alpha = 0.1$ needs 21 steps, while $\\alpha = 0.01$ needs 228',
        0.1,
        stepsBelow(0.1),
        0.01,
        stepsBelow(0.01),
      );
      shows(src, 'With $\\alpha = 0.75$ it takes 7 steps', 0.75, stepsBelow(0.75));
    });
  });

  describe('When to stop: convergence', () => {
    it('patience 3 and tolerance 0.001: the counts of the table, and the stop after iteration 8', () => {
      const costs = [0.9, 0.62, 0.48, 0.41, 0.385, 0.3845, 0.386, 0.3842];
      // Descent walks x = 0, 1, 2, … and reads the cost of iteration x + 1 from the table.
      const table = surface(
        (x) => costs[Math.round(x)],
        () => [-1, 0],
        [0, 0],
      );
      const d = new Descent(table, { alpha: 1, tol: 0.001, patience: 3 });
      const rows = [
        '| 1 | 0.900 | 0.900 | 0 |',
        '| 2 | 0.620 | 0.620 | 0 |',
        '| 3 | 0.480 | 0.480 | 0 |',
        '| 4 | 0.410 | 0.410 | 0 |',
        '| 5 | 0.385 | 0.385 | 0 |',
        '| 6 | 0.3845 | 0.385 | 1 |',
        '| 7 | 0.386 | 0.385 | 2 |',
        '| 8 | 0.3842 | 0.385 | 3, stop |',
      ];
      rows.forEach((r, k) => {
        if (k > 0) expect(d.step()).toBe(k < rows.length - 1);
        shows(src, r.replace(', stop |', ''), k + 1, d.value, d.best, d.stale);
      });
      expect(d.status).toBe('converged');
      shows(src, '| 8 | 0.3842 | 0.385 | 3, stop |', d.stale);
    });
  });

  describe('Mini-batches and epochs', () => {
    it('1,000 examples in mini-batches of 50: 20 iterations per epoch, 600 updates in 30 epochs', () => {
      const net = createNetwork(
        { inputs: 1, layers: [{ type: 'dense', units: 1, activation: 'linear' }], loss: 'mse' },
        createRng(3),
      );
      const X = new Matrix(
        1,
        1000,
        Float64Array.from({ length: 1000 }, (_, k) => k / 1000),
      );
      const trainer = new Trainer(net, X, X.clone(), {
        alpha: 0.01,
        batchSize: 50,
        rng: createRng(4),
      });
      trainer.runEpoch();
      const perEpoch = trainer.steps;
      trainer.train(29);
      shows(
        src,
        'an epoch has $1000 / 50 = 20$ iterations, and 30 epochs make 600 updates',
        1000,
        50,
        perEpoch,
        trainer.epochs,
        trainer.steps,
      );
    });
  });
});
