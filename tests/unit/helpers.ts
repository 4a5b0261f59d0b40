// Helpers shared by the unit tests: one definition each of the small matrix
// and layer makers, the relative error, and reading printed numbers back from
// the lessons and poll banks.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { Dense, Matrix, createNetwork, createRng, linear } from '../../src/engine/index.ts';
import type {
  Activation,
  LayerSpec,
  Network,
  NetworkSpec,
  Rng,
  Surface,
} from '../../src/engine/index.ts';

// ---------------------------------------------------------------------------
// Numbers and matrices

/** |a − b| relative to the larger of |a|, |b| (at least 10⁻⁴, so values near 0 compare absolutely). */
export const rel = (a: number, b: number): number =>
  Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-4);

/** A matrix of uniform draws on [lo, hi), from a seed or from a generator the caller keeps drawing from. */
export function randomMatrix(
  rows: number,
  cols: number,
  seed: number | Rng,
  lo = -1,
  hi = 1,
): Matrix {
  const rng = typeof seed === 'number' ? createRng(seed) : seed;
  const M = new Matrix(rows, cols);
  for (let k = 0; k < M.data.length; k++) M.data[k] = rng.uniform(lo, hi);
  return M;
}

/** A column vector. */
export const col = (...v: number[]): Matrix => Matrix.column(v);
/** A row vector. */
export const row = (...v: number[]): Matrix => new Matrix(1, v.length, Float64Array.from(v));
/** The entries of M, row by row. */
export const values = (M: Matrix): number[] => Array.from(M.data.subarray(0, M.rows * M.cols));

/** A dense layer with the given weights (rows of W) and biases; linear unless told otherwise. */
export function dense(
  W: number[][],
  b: number[],
  activation: Activation | 'softmax' = linear,
): Dense {
  const layer = new Dense(W[0].length, W.length, activation);
  layer.W.data.set(W.flat());
  layer.b.data.set(b);
  return layer;
}

/** The four inputs of a two-input truth table, one per column: (0,0), (0,1), (1,0), (1,1). */
export const truthTableInputs = (): Matrix =>
  Matrix.fromRows([
    [0, 0, 1, 1],
    [0, 1, 0, 1],
  ]);

type DenseSpec = Extract<LayerSpec, { type: 'dense' }>;

/**
 * A network of dense layers, each given as [units, activation], built from createRng(seed);
 * `init` (weights and biases) applies to every layer when given.
 */
export function denseNet(
  inputs: number,
  layers: [number, DenseSpec['activation']][],
  loss: NetworkSpec['loss'],
  seed: number,
  init: Pick<DenseSpec, 'init' | 'biasInit'> = {},
): Network {
  return createNetwork(
    {
      inputs,
      layers: layers.map(([units, activation]) => ({ type: 'dense', units, activation, ...init })),
      loss,
    },
    createRng(seed),
  );
}

/** Lesson 3's 2-3-1 XOR network: tanh hidden units, a sigmoid output, cross-entropy, zero biases. */
export const xorNet = (init: DenseSpec['init'], seed: number): Network =>
  denseNet(
    2,
    [
      [3, 'tanh'],
      [1, 'sigmoid'],
    ],
    'bce',
    seed,
    { init, biasInit: 'zeros' },
  );

/** A 2-D surface for Descent from its value and gradient. */
export function surface(
  f: (x: number, y: number) => number,
  grad: (x: number, y: number) => [number, number],
  start: [number, number],
): Surface {
  return {
    name: 'lesson',
    label: 'lesson',
    f,
    grad: (x, y, out) => {
      [out[0], out[1]] = grad(x, y);
    },
    start,
    minimum: [0, 0],
    view: { xMin: -5, xMax: 5, yMin: -5, yMax: 5 },
  };
}

// ---------------------------------------------------------------------------
// Reading printed numbers back from content/

/** Runs of whitespace (and &nbsp;) collapsed to one space, so fragments match across line breaks. */
export const norm = (s: string): string => s.replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ');

/** A content file's text, whitespace collapsed (path relative to content/). */
export function contentText(path: string): string {
  return norm(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8'));
}

/** A content file with its name, for messages. */
export interface Source {
  name: string;
  text: string;
}

/** A content file (path relative to content/) with its name. */
export const source = (path: string): Source => ({ name: path, text: contentText(path) });

/** A lesson's MDX source by file name without extension, e.g. "06-gradient-descent". */
export const lesson = (file: string): Source => source(`lessons/${file}.mdx`);

/** Every number in a fragment, in order; a minus sign (ASCII or U+2212) directly before the digits belongs to it. */
export function numbersIn(fragment: string): string[] {
  return fragment.match(/[−-]?\d+(?:\.\d+)?/g) ?? [];
}

/** The printed decimal `p` (ASCII or U+2212 minus) is `value` rounded to as many decimals as p shows. */
export function expectRounded(p: string, value: number, where: string): void {
  const decimals = p.split('.')[1]?.length ?? 0;
  const x = Number(p.replace('−', '-'));
  expect(
    Math.abs(x - value) <= 0.5 * 10 ** -decimals + 1e-12,
    `${where}: "${p}" should be ${value} rounded to ${decimals} decimals`,
  ).toBe(true);
}

/** The fragment is in the text, and its last values.length numbers are the values, rounded as printed. */
export function expectShows(text: string, fragment: string, ...values: number[]): void {
  showsIn(text, 'the text', fragment, values);
}

/** As expectShows, for a named lesson or poll file. */
export function shows(src: Source, fragment: string, ...values: number[]): void {
  showsIn(src.text, src.name, fragment, values);
}

function showsIn(text: string, name: string, fragment: string, values: number[]): void {
  const f = norm(fragment);
  expect(text.includes(f), `${name} no longer contains: ${fragment}`).toBe(true);
  const printed = numbersIn(f).slice(-values.length);
  expect(printed.length, `fewer than ${values.length} numbers in: ${fragment}`).toBe(values.length);
  printed.forEach((p, k) => expectRounded(p, values[k], `${name}: "${fragment}"`));
}

/** The matrix printed as `name = \begin{bmatrix} … \end{bmatrix}` in the lesson. */
export function bmatrix(src: Source, name: string): number[][] {
  const start = src.text.indexOf(norm(`${name} = \\begin{bmatrix}`));
  expect(start, `${src.name} has no matrix ${name}`).toBeGreaterThanOrEqual(0);
  const body = src.text.slice(
    src.text.indexOf('\\begin{bmatrix}', start) + 15,
    src.text.indexOf('\\end{bmatrix}', start),
  );
  return body.split('\\\\').map((r) => r.split('&').map((x) => Number(x.trim())));
}
