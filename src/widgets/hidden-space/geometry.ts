// The hidden-space widget's drawing geometry: the grid whose lines are mapped
// through the first layer, how a 3-D hidden space is seen on a 2-D screen, the
// morph between input and hidden positions, and the output unit's line on screen.
import { Matrix, matmul } from '../../engine/index.ts';

/** A square grid: `lines` lines of constant x₂ and as many of constant x₁, each sampled at `samples` vertices. */
export interface Grid {
  /** 2 × (2 · lines · samples): the constant-x₂ lines first, then the constant-x₁ lines, vertex by vertex. */
  X: Matrix;
  lines: number;
  samples: number;
}

/** Grid lines over the square [−extent, extent]², sampled densely enough to bend smoothly under tanh. */
export function makeGrid(extent: number, lines = 9, samples = 25): Grid {
  const X = new Matrix(2, 2 * lines * samples);
  const at = (i: number, n: number) => -extent + (2 * extent * i) / (n - 1);
  for (let l = 0; l < lines; l++) {
    for (let s = 0; s < samples; s++) {
      const horizontal = l * samples + s;
      X.set(0, horizontal, at(s, samples));
      X.set(1, horizontal, at(l, lines));
      const vertical = (lines + l) * samples + s;
      X.set(0, vertical, at(l, lines));
      X.set(1, vertical, at(s, samples));
    }
  }
  return { X, lines, samples };
}

/** How the hidden space is put on screen: for k = 3, two axes, or edge-on to the output unit's plane. */
export type HiddenView = 'edge-on' | 'h1-h2' | 'h1-h3' | 'h2-h3';

/** The views offered for three hidden units; two hidden units are always shown as (h₁, h₂). */
export const VIEWS_3D: readonly HiddenView[] = ['edge-on', 'h1-h2', 'h1-h3', 'h2-h3'];

const unit = (k: number, i: number) => Array.from({ length: k }, (_, j) => (j === i ? 1 : 0));

/**
 * The 2 × k projection P whose rows are the screen's x and y directions in hidden space.
 * Edge-on: x along the output unit's normal w/|w|, y along the hidden axis least aligned
 * with it, made perpendicular (Gram–Schmidt). Seen along a direction inside the plane
 * w·h + b = 0, the plane is a line, and the points on its two sides stay on two sides.
 */
export function projection(k: number, view: HiddenView, w: readonly number[]): Matrix {
  let u: number[];
  let v: number[];
  const norm = Math.hypot(...w);
  if (k === 2 || view === 'h1-h2' || (view === 'edge-on' && !(norm > 0))) {
    [u, v] = [unit(k, 0), unit(k, 1)];
  } else if (view === 'h1-h3') {
    [u, v] = [unit(k, 0), unit(k, 2)];
  } else if (view === 'h2-h3') {
    [u, v] = [unit(k, 1), unit(k, 2)];
  } else {
    u = w.map((wi) => wi / norm);
    let least = 0;
    for (let i = 1; i < k; i++) if (Math.abs(u[i]) < Math.abs(u[least])) least = i;
    const along = u[least];
    const raw = unit(k, least).map((e, i) => e - along * u[i]);
    const len = Math.hypot(...raw);
    v = raw.map((r) => r / len);
  }
  return new Matrix(2, k, Float64Array.from([...u, ...v]));
}

/** Screen positions P·H of hidden points (2 × m). */
export function project(P: Matrix, H: Matrix): Matrix {
  return matmul(P, H, new Matrix(2, H.cols));
}

/** Each column moved a fraction t of the way from its input position X to its hidden screen position S: (1 − t)X + tS. */
export function morph(X: Matrix, S: Matrix, t: number): Matrix {
  if (X.rows !== 2 || S.rows !== 2 || X.cols !== S.cols)
    throw new Error(`morph: both positions must be 2 × m, got ${X.shape} and ${S.shape}`);
  const out = new Matrix(2, X.cols);
  for (let k = 0; k < 2 * X.cols; k++) out.data[k] = (1 - t) * X.data[k] + t * S.data[k];
  return out;
}

/** A line a·x + c·y + d = 0 in screen coordinates. */
export interface ScreenLine {
  a: number;
  c: number;
  d: number;
}

/**
 * The output unit's boundary w·h + b = 0 on screen, or null where it is not a line:
 * in a view along two of three hidden axes the boundary is a plane seen at a slant.
 * For two hidden units it is w₁h₁ + w₂h₂ + b = 0 itself; edge-on, the screen's x is
 * h·w/|w|, so the plane is the vertical line |w|·x + b = 0.
 */
export function screenLine(
  k: number,
  view: HiddenView,
  w: readonly number[],
  b: number,
): ScreenLine | null {
  if (k === 2) return { a: w[0], c: w[1], d: b };
  const norm = Math.hypot(...w);
  if (view !== 'edge-on' || !(norm > 0)) return null;
  return { a: norm, c: 0, d: b };
}

/** The part of a line inside the square [−e, e]², as two end points, or null if it misses the square. */
export function clipLine(line: ScreenLine, e: number): [number, number, number, number] | null {
  const { a, c, d } = line;
  const pts: [number, number][] = [];
  const add = (x: number, y: number) => {
    const slack = 1e-9 * e;
    if (Math.abs(x) <= e + slack && Math.abs(y) <= e + slack) pts.push([x, y]);
  };
  // Where the line crosses each side of the square.
  if (c !== 0) {
    add(-e, (-d + a * e) / c);
    add(e, (-d - a * e) / c);
  }
  if (a !== 0) {
    add((-d + c * e) / a, -e);
    add((-d - c * e) / a, e);
  }
  if (pts.length < 2) return null;
  // The two crossings farthest apart (a corner can be found twice).
  let best: [number, number, number, number] = [...pts[0], ...pts[1]];
  let far = -1;
  for (let i = 0; i < pts.length; i++) {
    for (let j = i + 1; j < pts.length; j++) {
      const dist = Math.hypot(pts[i][0] - pts[j][0], pts[i][1] - pts[j][1]);
      if (dist > far) [far, best] = [dist, [...pts[i], ...pts[j]]];
    }
  }
  return far > 0 ? best : null;
}
