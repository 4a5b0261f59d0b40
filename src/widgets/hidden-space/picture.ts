// The hidden-space widget's picture: where the hidden panel draws each point,
// each grid vertex and the output unit's line, for a run, a view and a morph t.
import type { Matrix } from '../../engine/index.ts';
import { CASES, hiddenOf, outputUnit, type HiddenRun } from './hidden-space.ts';
import {
  clipLine,
  makeGrid,
  morph,
  project,
  projection,
  screenLine,
  type Grid,
  type HiddenView,
} from './geometry.ts';

/** The grid drawn in both panels: lines 0.3 apart over [−1.2, 1.2]². */
export const GRID_EXTENT = 1.2;

/** The grid both panels draw, 9 lines each way sampled at 21 vertices: smooth enough under tanh, few enough to redraw every frame. */
export function gridOf(): Grid {
  return makeGrid(GRID_EXTENT, 9, 21);
}

/** Everything the two panels draw, in screen coordinates of each panel. */
export interface Picture {
  /** Hidden units k. */
  k: number;
  /** The hidden panel's points and grid vertices, a fraction t of the way from input to hidden position. */
  points: Matrix;
  grid: Matrix;
  /** The output unit's line in the hidden panel (only at t = 1, and only where the view shows it as a line). */
  line: [number, number, number, number] | null;
}

/** The hidden panel's picture for a view and a morph t ∈ [0, 1]. */
export function pictureOf(run: HiddenRun, grid: Grid, view: HiddenView, t: number): Picture {
  const c = CASES[run.name];
  const { w, b } = outputUnit(run);
  const P = projection(c.hidden, view, w);
  const X = run.data.X;
  const points = morph(X, project(P, hiddenOf(run, X)), t);
  const gridPoints = morph(grid.X, project(P, hiddenOf(run, grid.X)), t);
  const onScreen = t === 1 ? screenLine(c.hidden, view, w, b) : null;
  return {
    k: c.hidden,
    points,
    grid: gridPoints,
    line: onScreen && clipLine(onScreen, c.hiddenExtent),
  };
}
