import { Matrix } from './matrix.ts';
import type { Rng } from './rng.ts';

/** A labelled 2-D data set: X is 2 × N (one column per point), labels[j] ∈ {0, …, classes − 1}. */
export interface Dataset {
  readonly name: string;
  readonly X: Matrix;
  readonly labels: Uint8Array;
  readonly classes: number;
}

function make(name: string, classes: number, points: number[][], labels: number[]): Dataset {
  const X = new Matrix(2, points.length);
  points.forEach(([x, y], j) => {
    X.set(0, j, x);
    X.set(1, j, y);
  });
  return { name, X, labels: Uint8Array.from(labels), classes };
}

function checkCount(what: string, n: number): void {
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${what}: n must be a positive integer, got ${n}`);
}

/** The four corners (0,0), (0,1), (1,0), (1,1) labelled by AND, OR or XOR. */
export function logicGate(gate: 'and' | 'or' | 'xor'): Dataset {
  const table = { and: [0, 0, 0, 1], or: [0, 1, 1, 1], xor: [0, 1, 1, 0] }[gate];
  if (!table) throw new Error(`logicGate: unknown gate "${gate}"; known: and, or, xor`);
  return make(
    gate,
    2,
    [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ],
    table,
  );
}

/** A noisy XOR cloud in [−1, 1]²: label 1 where x and y have opposite signs. */
export function xorCloud(n: number, noise: number, rng: Rng): Dataset {
  checkCount('xorCloud', n);
  const pts: number[][] = [];
  const labels: number[] = [];
  for (let j = 0; j < n; j++) {
    let x = rng.uniform(-1, 1);
    let y = rng.uniform(-1, 1);
    x += x > 0 ? 0.05 : -0.05; // a small margin keeps the noise-free task clean
    y += y > 0 ? 0.05 : -0.05;
    labels.push(x * y < 0 ? 1 : 0);
    pts.push([x + noise * rng.normal(), y + noise * rng.normal()]);
  }
  return make('xor-cloud', 2, pts, labels);
}

/** An inner disc (label 1, radius < 0.5) inside a ring (label 0, radius 0.7–1). */
export function circles(n: number, noise: number, rng: Rng): Dataset {
  checkCount('circles', n);
  const pts: number[][] = [];
  const labels: number[] = [];
  for (let j = 0; j < n; j++) {
    const inner = j % 2 === 0;
    const r = inner ? rng.uniform(0, 0.5) : rng.uniform(0.7, 1);
    const t = rng.uniform(0, 2 * Math.PI);
    pts.push([r * Math.cos(t) + noise * rng.normal(), r * Math.sin(t) + noise * rng.normal()]);
    labels.push(inner ? 1 : 0);
  }
  return make('circles', 2, pts, labels);
}

/** Two interleaved spirals (labels 0 and 1), radius up to 1. */
export function spirals(n: number, noise: number, rng: Rng): Dataset {
  checkCount('spirals', n);
  const pts: number[][] = [];
  const labels: number[] = [];
  const half = Math.ceil(n / 2);
  for (let j = 0; j < n; j++) {
    const c = j % 2;
    const i = Math.floor(j / 2);
    const r = (i / half) * 0.95 + 0.05;
    const t = 1.75 * (i / half) * 2 * Math.PI + c * Math.PI;
    pts.push([r * Math.sin(t) + noise * rng.normal(), r * Math.cos(t) + noise * rng.normal()]);
    labels.push(c);
  }
  return make('spirals', 2, pts, labels);
}

/** Gaussian blobs, k classes (1–4) centred at (±0.5, ±0.5), standard deviation `noise`. */
export function blobs(n: number, k: number, noise: number, rng: Rng): Dataset {
  checkCount('blobs', n);
  if (!Number.isInteger(k) || k < 1 || k > 4)
    throw new Error(`blobs: k must be 1, 2, 3 or 4 classes, got ${k}`);
  const centres = [
    [-0.5, -0.5],
    [0.5, 0.5],
    [-0.5, 0.5],
    [0.5, -0.5],
  ];
  const pts: number[][] = [];
  const labels: number[] = [];
  for (let j = 0; j < n; j++) {
    const c = j % k;
    pts.push([centres[c][0] + noise * rng.normal(), centres[c][1] + noise * rng.normal()]);
    labels.push(c);
  }
  return make('blobs', k, pts, labels);
}

/** Two interleaving half-moons, scaled to about [−1, 1]². */
export function moons(n: number, noise: number, rng: Rng): Dataset {
  checkCount('moons', n);
  const pts: number[][] = [];
  const labels: number[] = [];
  for (let j = 0; j < n; j++) {
    const c = j % 2;
    const t = rng.uniform(0, Math.PI);
    const x = c === 0 ? Math.cos(t) : 1 - Math.cos(t);
    const y = c === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
    pts.push([(x - 0.5) / 1.5 + noise * rng.normal(), (y - 0.25) / 1.5 + noise * rng.normal()]);
    labels.push(c);
  }
  return make('moons', 2, pts, labels);
}
