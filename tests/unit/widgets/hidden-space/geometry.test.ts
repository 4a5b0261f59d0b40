import { describe, expect, it } from 'vitest';
import { Matrix } from '../../../../src/engine/index.ts';
import {
  clipLine,
  makeGrid,
  morph,
  project,
  projection,
  screenLine,
} from '../../../../src/widgets/hidden-space/geometry.ts';

describe('the grid', () => {
  it('lists the constant-x₂ lines, then the constant-x₁ lines, vertex by vertex', () => {
    const g = makeGrid(1, 3, 3);
    expect(g.X.cols).toBe(18);
    const vertex = (j: number) => [g.X.get(0, j), g.X.get(1, j)];
    expect(vertex(0)).toEqual([-1, -1]);
    expect(vertex(1)).toEqual([0, -1]);
    expect(vertex(2)).toEqual([1, -1]);
    expect(vertex(3)).toEqual([-1, 0]);
    expect(vertex(9)).toEqual([-1, -1]);
    expect(vertex(10)).toEqual([-1, 0]);
    expect(vertex(17)).toEqual([1, 1]);
  });
});

describe('the projection of a 3-D hidden space', () => {
  it('edge-on: x along w/|w|, y along the least aligned axis made perpendicular', () => {
    // w = (1, 2, 2), |w| = 3: u = (1, 2, 2)/3; e₁ is least aligned, e₁ − u/3 = (8, −2, −2)/9, length √72/9.
    const P = projection(3, 'edge-on', [1, 2, 2]);
    const s = Math.sqrt(72);
    const want = [1 / 3, 2 / 3, 2 / 3, 8 / s, -2 / s, -2 / s];
    want.forEach((v, k) => expect(P.data[k]).toBeCloseTo(v, 12));
    expect(screenLine(3, 'edge-on', [1, 2, 2], -1)).toEqual({ a: 3, c: 0, d: -1 });
  });

  it('along two axes, the screen shows those coordinates and no line', () => {
    const H = new Matrix(3, 1, Float64Array.of(0.1, 0.2, 0.3));
    expect(Array.from(project(projection(3, 'h2-h3', [1, 1, 1]), H).data)).toEqual([0.2, 0.3]);
    expect(Array.from(project(projection(3, 'h1-h3', [1, 1, 1]), H).data)).toEqual([0.1, 0.3]);
    expect(screenLine(3, 'h1-h2', [1, 1, 1], 0)).toBeNull();
  });

  it('falls back to h₁, h₂ when the output unit has no weights (no plane to look along)', () => {
    expect(Array.from(projection(3, 'edge-on', [0, 0, 0]).data)).toEqual([1, 0, 0, 0, 1, 0]);
    expect(screenLine(3, 'edge-on', [0, 0, 0], 1)).toBeNull();
  });

  it('two hidden units are shown as they are, with the line w₁h₁ + w₂h₂ + b = 0', () => {
    expect(Array.from(projection(2, 'edge-on', [3, 4]).data)).toEqual([1, 0, 0, 1]);
    expect(screenLine(2, 'edge-on', [3, 4], 5)).toEqual({ a: 3, c: 4, d: 5 });
  });
});

describe('the morph', () => {
  it('is (1 − t)X + tS, and refuses positions of different shapes', () => {
    const X = new Matrix(2, 2, Float64Array.of(0, 1, 2, 3));
    const S = new Matrix(2, 2, Float64Array.of(4, 5, 6, 7));
    expect(Array.from(morph(X, S, 0.25).data)).toEqual([1, 2, 3, 4]);
    expect(() => morph(X, new Matrix(2, 3), 0.5)).toThrow(/2 × m/);
  });
});

describe('clipping the output unit’s line to the panel', () => {
  it('finds where a line crosses the square', () => {
    expect(clipLine({ a: 1, c: 1, d: 0 }, 1)).toEqual([-1, 1, 1, -1]);
    // 2y − 1 = 0: the horizontal line y = 0.5.
    expect(clipLine({ a: 0, c: 2, d: -1 }, 1)).toEqual([-1, 0.5, 1, 0.5]);
    // x − 0.5y = 0 crosses the bottom at x = −0.5 and the top at x = 0.5.
    expect(clipLine({ a: 1, c: -0.5, d: 0 }, 1)).toEqual([-0.5, -1, 0.5, 1]);
  });

  it('gives null for a line that misses the square or only touches a corner', () => {
    expect(clipLine({ a: 1, c: 0, d: -5 }, 1)).toBeNull();
    expect(clipLine({ a: 1, c: 1, d: -2 }, 1)).toBeNull();
    expect(clipLine({ a: 0, c: 0, d: 1 }, 1)).toBeNull();
  });
});
