import { casePoints } from '../../../../src/quiz/checks/hidden-space.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dense, Matrix, createRng } from '../../../../src/engine/index.ts';
import {
  CASES,
  MAX_UPDATES,
  MORPH_FRAMES,
  canTrain,
  SLOW_UPDATES,
  createRun,
  hiddenOf,
  nextMorph,
  outputUnit,
  statusOf,
  taskState,
  train,
  updatesPerFrame,
  wrongCount,
  xorClusters,
} from '../../../../src/widgets/hidden-space/hidden-space.ts';
import { gridOf, pictureOf } from '../../../../src/widgets/hidden-space/picture.ts';
import { separableCheck } from '../../../../src/quiz/checks/hidden-space.ts';
import { outputEquation, statusText } from '../../../../src/widgets/hidden-space/strings.ts';

/** Sets a run's weights by hand: W¹, b¹ of the hidden layer, w, b of the output unit. */
function setWeights(
  run: ReturnType<typeof createRun>,
  W1: number[],
  b1: number[],
  w: number[],
  b: number,
) {
  const [hidden, out] = run.net.layers as Dense[];
  hidden.W.data.set(W1);
  hidden.b.data.set(b1);
  out.W.data.set(w);
  out.b.data[0] = b;
}

const columns = (...pts: [number, number][]) =>
  new Matrix(2, pts.length, Float64Array.from([...pts.map((p) => p[0]), ...pts.map((p) => p[1])]));

describe('the mapping into hidden space', () => {
  it('is tanh(W¹x + b¹), as worked by hand for fixed weights', () => {
    const run = createRun('xor');
    // W¹ = [[1, −1], [0.5, 2]], b¹ = (0, −1).
    setWeights(run, [1, -1, 0.5, 2], [0, -1], [1, 1], 0);
    const H = hiddenOf(run, columns([0.5, 0.25], [1, 1], [0, 0]));
    // (0.5, 0.25): Z¹ = (0.25, −0.25), tanh 0.25 = 0.2449187.
    // (1, 1): Z¹ = (0, 1.5), tanh 1.5 = 0.9051483.   (0, 0): Z¹ = b¹ = (0, −1), tanh −1 = −0.7615942.
    const want = [
      [0.2449187, 0, 0],
      [-0.2449187, 0.9051483, -0.7615942],
    ];
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 3; j++) expect(H.get(i, j)).toBeCloseTo(want[i][j], 6);
  });

  it('morphs each point from its input position (t = 0) to its hidden position (t = 1) in a straight line', () => {
    const run = createRun('xor');
    setWeights(run, [1, -1, 0.5, 2], [0, -1], [1, 1], 0);
    const grid = gridOf();
    const start = pictureOf(run, grid, 'h1-h2', 0);
    const half = pictureOf(run, grid, 'h1-h2', 0.5);
    const end = pictureOf(run, grid, 'h1-h2', 1);
    const X = run.data.X;
    const H = hiddenOf(run, X);
    for (const j of [0, 17, 59]) {
      for (const i of [0, 1]) {
        expect(start.points.get(i, j)).toBe(X.get(i, j));
        expect(end.points.get(i, j)).toBeCloseTo(H.get(i, j), 12);
        expect(half.points.get(i, j)).toBeCloseTo((X.get(i, j) + H.get(i, j)) / 2, 12);
      }
    }
    // Grid vertex 0 is the corner (−1.2, −1.2): at t = 1, Z¹ = (0, −4.0) → (0, tanh −4 = −0.9993293).
    expect(end.grid.get(0, 0)).toBeCloseTo(0, 12);
    expect(end.grid.get(1, 0)).toBeCloseTo(-0.9993293, 6);
    // The output unit's line h₁ + h₂ = 0 crosses the panel's square corner to corner, at t = 1 only.
    const e = CASES.xor.hiddenExtent;
    expect(end.line).toEqual([-e, e, e, -e]);
    expect(half.line).toBeNull();
  });

  it('draws the three-unit plane only edge-on, where it is the line x = −b/|w|', () => {
    const run = createRun('circles');
    setWeights(run, [1, 0, 0, 1, 1, 1], [0, 0, 0], [1, 2, 2], 1.5);
    const edge = pictureOf(run, gridOf(), 'edge-on', 1);
    // |w| = 3, so the screen line is 3x + 1.5 = 0: x = −0.5 from the bottom to the top of the panel.
    const e = CASES.circles.hiddenExtent;
    expect(edge.line![0]).toBeCloseTo(-0.5, 12);
    expect(edge.line![2]).toBeCloseTo(-0.5, 12);
    expect(Math.abs(edge.line![1] - edge.line![3])).toBeCloseTo(2 * e, 12);
    // The screen x of each point is w·h/|w|: the side of the line is the side of the plane.
    const H = hiddenOf(run, run.data.X);
    for (const j of [0, 1, 40]) {
      const wh = H.get(0, j) + 2 * H.get(1, j) + 2 * H.get(2, j);
      expect(edge.points.get(0, j)).toBeCloseTo(wh / 3, 12);
    }
    expect(pictureOf(run, gridOf(), 'h1-h3', 1).line).toBeNull();
    // Along h₁ and h₃, the screen shows those two coordinates.
    const axes = pictureOf(run, gridOf(), 'h1-h3', 1);
    expect(axes.points.get(1, 5)).toBeCloseTo(H.get(2, 5), 12);
  });
});

describe('the data', () => {
  it('labels the four clusters by XOR of their corners', () => {
    const d = xorClusters(8, 0, createRng(1));
    for (let j = 0; j < 8; j++) {
      const x = d.X.get(0, j);
      const y = d.X.get(1, j);
      expect(Math.abs(x)).toBe(0.5);
      expect(d.labels[j]).toBe(x * y < 0 ? 1 : 0);
    }
    expect(d.classes).toBe(2);
  });
});

describe('training a run', () => {
  it('counts a point on the line as wrong: all weights 0 put every point on it', () => {
    const run = createRun('xor');
    setWeights(run, [0, 0, 0, 0], [0, 0], [0, 0], 0);
    expect(wrongCount(run)).toBe(60);
    expect(statusOf(run)).toMatchObject({ kind: 'ready', wrong: 60, total: 60 });
  });

  it('XOR from seed 1 becomes separable and stops there; the check agrees', () => {
    const run = createRun('xor');
    const before = separableCheck.run(taskState(run));
    expect(before.ok).toBe(false);
    let outcome = train(run, 1);
    let n = 1;
    while (outcome.kind === 'going' && n < 1000) {
      outcome = train(run, 1);
      n++;
    }
    expect(outcome.kind).toBe('separated');
    const step = run.trainer.steps;
    expect(step).toBeLessThan(300);
    expect(statusOf(run)).toMatchObject({ kind: 'separated', step, since: step });
    expect(separableCheck.run(taskState(run))).toMatchObject({ ok: true });
    // Training on goes on without stopping again.
    expect(train(run, 5)).toEqual({ kind: 'going' });
    expect(statusOf(run)).toMatchObject({ kind: 'separated', since: step });
  });

  it('circles from seed 1 become separable with three hidden units', () => {
    const run = createRun('circles');
    expect(train(run, 2000).kind).toBe('separated');
    expect(separableCheck.run(taskState(run))).toMatchObject({ ok: true });
  });

  it('XOR from seed 4 gets stuck in a local minimum, as the lesson says', () => {
    const run = createRun('xor', 4);
    expect(train(run, MAX_UPDATES + 1)).toEqual({ kind: 'limit', step: MAX_UPDATES });
    const s = statusOf(run);
    expect(s.kind).toBe('stuck');
    expect(canTrain(run)).toBe(false);
    expect(statusText(s)).toMatch(/local minimum/);
    expect(separableCheck.run(taskState(run)).ok).toBe(false);
  });

  it('reports a diverged run and trains no further', () => {
    const run = createRun('xor', 1, 1);
    setWeights(run, [Number.NaN, 0, 0, 0], [0, 0], [1, 1], 0);
    expect(train(run, 3)).toEqual({ kind: 'diverged', step: 0 });
    expect(statusOf(run)).toEqual({ kind: 'diverged', step: 0 });
    expect(canTrain(run)).toBe(false);
    expect(canTrain(createRun('xor'))).toBe(true);
  });

  it('the same seed gives the same run', () => {
    const a = createRun('circles', 3);
    const b = createRun('circles', 3);
    train(a, 50);
    train(b, 50);
    expect(outputUnit(a)).toEqual(outputUnit(b));
  });

  it('plays slowly while the grid bends, then ten times faster', () => {
    const run = createRun('circles');
    expect(updatesPerFrame(run)).toBe(CASES.circles.perFrame);
    train(run, SLOW_UPDATES);
    expect(updatesPerFrame(run)).toBe(10 * CASES.circles.perFrame);
  });

  it('moves the morph on by one frame in MORPH_FRAMES, stopping at 1', () => {
    expect(nextMorph(0)).toBeCloseTo(1 / MORPH_FRAMES, 15);
    expect(nextMorph(0.999)).toBe(1);
    expect(nextMorph(1)).toBe(1);
  });
});

describe('the published task state', () => {
  it('holds the case and the weights, shaped as the check reads them, and fits the progress log', () => {
    const run = createRun('circles');
    setWeights(run, [1, 2, 3, 4, 5, 6], [7, 8, 9], [10, 11, 12], 13);
    const s = taskState(run, ['learning rate α']);
    expect(s.W1).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(s.b1).toEqual([7, 8, 9]);
    expect(s.w2).toEqual([10, 11, 12]);
    expect(s.b2).toBe(13);
    expect(s.case).toBe('circles');
    expect(s.fieldErrors).toEqual(['learning rate α']);
    // The check makes the same points the widget trains on.
    const { inputs, labels } = casePoints('circles');
    expect(inputs).toHaveLength(80);
    expect(inputs[3]).toEqual([run.data.X.get(0, 3), run.data.X.get(1, 3)]);
    expect(labels).toEqual(Array.from(run.data.labels));
    // An attempt's answer in the progress log, the reports and the class server is at most 2000 characters.
    expect(JSON.stringify(taskState(createRun('circles'))).length).toBeLessThan(2000);
  });
});

describe('the words', () => {
  it('writes the output unit as people write it', () => {
    expect(outputEquation([2.1, -3], 0.4)).toBe('2.1·h₁ − 3·h₂ + 0.4');
    expect(outputEquation([-1, 0.5, 2], -0.25)).toBe('−1·h₁ + 0.5·h₂ + 2·h₃ − 0.25');
  });
});

describe('the starting constants match lesson 4', () => {
  const lesson = readFileSync('content/lessons/04-layers-feed-forward.mdx', 'utf8');
  it('states the XOR case’s points, seed and learning rate, and the circles case’s points', () => {
    const xor = createRun('xor');
    expect(xor.data.labels.length).toBe(60);
    expect(lesson).toContain('60 points in four clusters');
    expect(CASES.xor.seed).toBe(1);
    expect(CASES.xor.alpha).toBe(1);
    expect(lesson).toContain('starts from seed 1 with learning rate $\\alpha = 1$');
    expect(lesson).toContain('With seed 4 (press "New random start" three times)');
    expect(createRun('circles').data.labels.length).toBe(80);
    expect(lesson).toContain('2-3-1 network on two circles, 80 points');
    expect(CASES.xor.hidden).toBe(2);
    expect(CASES.circles.hidden).toBe(3);
  });
});
