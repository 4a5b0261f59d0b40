import { describe, expect, it } from 'vitest';
import {
  logicGate,
  xorCloud,
  circles,
  spirals,
  blobs,
  moons,
  trainTestSplit,
  createRng,
  oneHot,
  binaryTargets,
  gridInputs,
  accuracy,
  Matrix,
} from '../../../src/engine/index.ts';

describe('data sets', () => {
  it('logic gates label the four corners', () => {
    expect(logicGate('xor').X.toRows()).toEqual([
      [0, 0, 1, 1],
      [0, 1, 0, 1],
    ]);
    expect(Array.from(logicGate('and').labels)).toEqual([0, 0, 0, 1]);
    expect(Array.from(logicGate('or').labels)).toEqual([0, 1, 1, 1]);
    expect(Array.from(logicGate('xor').labels)).toEqual([0, 1, 1, 0]);
  });

  const generators = {
    'xor-cloud': (seed: number) => xorCloud(200, 0.1, createRng(seed)),
    circles: (seed: number) => circles(200, 0.05, createRng(seed)),
    spirals: (seed: number) => spirals(200, 0.05, createRng(seed)),
    blobs: (seed: number) => blobs(200, 4, 0.2, createRng(seed)),
    moons: (seed: number) => moons(200, 0.05, createRng(seed)),
  };
  for (const [name, make] of Object.entries(generators)) {
    it(`${name}: seeded, balanced, 2 × N`, () => {
      const a = make(7);
      expect(a.X.shape).toBe('2×200');
      expect(Array.from(a.X.data)).toEqual(Array.from(make(7).X.data));
      expect(Array.from(a.X.data)).not.toEqual(Array.from(make(8).X.data));
      const counts = new Array(a.classes).fill(0);
      a.labels.forEach((c) => counts[c]++);
      for (const c of counts) expect(c).toBeGreaterThan(200 / a.classes - 30);
      expect(a.X.data.every((v) => Math.abs(v) < 2)).toBe(true);
    });
  }

  it('noise 0 gives clean geometry: circles split by radius, XOR by quadrant', () => {
    const c = circles(100, 0, createRng(1));
    for (let j = 0; j < 100; j++)
      expect(Math.hypot(c.X.get(0, j), c.X.get(1, j)) < 0.6).toBe(c.labels[j] === 1);
    const x = xorCloud(100, 0, createRng(1));
    for (let j = 0; j < 100; j++) expect(x.X.get(0, j) * x.X.get(1, j) < 0).toBe(x.labels[j] === 1);
  });

  it('blobs take 1 to 4 classes', () => {
    expect(() => blobs(10, 5, 0.1, createRng(1))).toThrow(
      'blobs: k must be 1, 2, 3 or 4 classes, got 5',
    );
    expect(blobs(12, 3, 0.1, createRng(1)).classes).toBe(3);
  });

  it('a seeded train/test split keeps every point exactly once', () => {
    const d = spirals(50, 0.1, createRng(2));
    const { train, test } = trainTestSplit(d, 0.2, createRng(3));
    expect([train.X.cols, test.X.cols]).toEqual([40, 10]);
    const key = (ds: typeof d, j: number) => `${ds.X.get(0, j)},${ds.X.get(1, j)},${ds.labels[j]}`;
    const all = [
      ...Array.from({ length: 40 }, (_, j) => key(train, j)),
      ...Array.from({ length: 10 }, (_, j) => key(test, j)),
    ].sort();
    expect(all).toEqual(Array.from({ length: 50 }, (_, j) => key(d, j)).sort());
    expect(trainTestSplit(d, 0.2, createRng(3)).test.X.data).toEqual(test.X.data);
    expect(() => trainTestSplit(d, 1.5, createRng(3))).toThrow('testFraction must be in [0, 1]');
  });
});

describe('targets, accuracy and grids', () => {
  it('one-hot and binary targets', () => {
    expect(oneHot([2, 0], 3).toRows()).toEqual([
      [0, 1],
      [0, 0],
      [1, 0],
    ]);
    expect(binaryTargets([0, 1, 1], -1, 1).toRows()).toEqual([[-1, 1, 1]]);
    expect(() => oneHot([3], 3)).toThrow('label 3 at 0 is not in 0…2');
  });

  it('accuracy by threshold or by the largest output', () => {
    expect(accuracy(Matrix.fromRows([[0.9, 0.2, 0.6]]), [1, 0, 0])).toBeCloseTo(2 / 3, 15);
    expect(accuracy(Matrix.fromRows([[0.9, -0.2]]), [1, 0], 0)).toBe(1);
    expect(
      accuracy(
        Matrix.fromRows([
          [0.1, 0.7],
          [0.9, 0.3],
        ]),
        [1, 0],
      ),
    ).toBe(1);
  });

  it('grid inputs run in image order, top row first', () => {
    const X = gridInputs(3, { xMin: -1, xMax: 1, yMin: 0, yMax: 2 });
    expect(X.toRows()).toEqual([
      [-1, 0, 1, -1, 0, 1, -1, 0, 1],
      [2, 2, 2, 1, 1, 1, 0, 0, 0],
    ]);
  });
});
