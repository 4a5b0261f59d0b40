import type { Matrix } from './matrix.ts';
import type { Network } from './network.ts';
import type { LayerSpec, NetworkSpec } from './spec.ts';
import { layerTypes } from './spec.ts';
import { createNetwork } from './build.ts';
import { createRng } from './rng.ts';
import type { Rng } from './rng.ts';
import { Dense } from './dense.ts';
import { Maxout } from './maxout.ts';
import { BatchNorm } from './batchnorm.ts';

/** The JSON form of a network: its description plus every learned number. */
export interface NetworkJSON {
  format: 'nn-engine';
  version: 1;
  spec: NetworkSpec;
  /** Per layer: named matrices as rows of numbers (W as n_l rows of n_(l-1); b, γ, β as columns). */
  weights: Record<string, number[][]>[];
}

/** Saves a network made by createNetwork: description, weights, batch-norm running statistics. */
export function networkToJSON(net: Network): NetworkJSON {
  if (!net.spec) throw new Error('networkToJSON: only networks made by createNetwork can be saved');
  const weights = net.layers.map((layer) => {
    const out: Record<string, number[][]> = {};
    for (const [name, M] of stateOf(layer)) out[name] = M.toRows();
    return out;
  });
  return { format: 'nn-engine', version: 1, spec: structuredClone(net.spec), weights };
}

/** Rebuilds a network from JSON, validating everything first; rng feeds dropout (default seed 0). */
export function networkFromJSON(json: unknown, rng: Rng = createRng(0)): Network {
  const obj = asObject(json, 'network JSON');
  if (obj.format !== 'nn-engine' || obj.version !== 1) {
    throw new Error(
      `network JSON: expected format "nn-engine" version 1, got ${preview(obj.format)} version ${preview(obj.version)}`,
    );
  }
  const spec = asObject(obj.spec, 'spec') as unknown as NetworkSpec;
  if (!Array.isArray(spec.layers)) throw new Error('spec.layers: expected an array of layers');
  spec.layers.forEach((l: LayerSpec, i: number) => {
    const type = asObject(l, `spec.layers[${i}]`).type;
    if (typeof type !== 'string' || !layerTypes.includes(type)) {
      throw new Error(
        `spec.layers[${i}].type: unknown layer type ${preview(type)}; known: ${layerTypes.join(', ')}`,
      );
    }
  });
  const weights = obj.weights;
  if (!Array.isArray(weights) || weights.length !== spec.layers.length) {
    throw new Error(`weights: expected an array with one entry per layer (${spec.layers.length})`);
  }
  const net = createNetwork(spec, rng);
  net.layers.forEach((layer, l) => {
    const saved = asObject(weights[l], `weights[${l}]`);
    for (const [name, M] of stateOf(layer)) load(M, saved[name], `weights[${l}].${name}`);
  });
  return net;
}

/** The named matrices that make up a layer's state. */
function stateOf(layer: Network['layers'][number]): [string, Matrix][] {
  if (layer instanceof Dense || layer instanceof Maxout)
    return [
      ['W', layer.W],
      ['b', layer.b],
    ];
  if (layer instanceof BatchNorm) {
    return [
      ['gamma', layer.gamma],
      ['beta', layer.beta],
      ['runningMean', layer.runningMean],
      ['runningVar', layer.runningVar],
    ];
  }
  return [];
}

function load(M: Matrix, rows: unknown, where: string): void {
  if (!Array.isArray(rows) || rows.length !== M.rows) {
    throw new Error(
      `${where}: expected ${M.rows} rows (shape ${M.shape}), got ${Array.isArray(rows) ? rows.length : typeof rows}`,
    );
  }
  rows.forEach((row: unknown, i: number) => {
    if (!Array.isArray(row) || row.length !== M.cols) {
      throw new Error(
        `${where}[${i}]: expected a row of ${M.cols} numbers (shape ${M.shape}), got ${Array.isArray(row) ? row.length : typeof row}`,
      );
    }
    row.forEach((v: unknown, j: number) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new Error(`${where}[${i}][${j}]: expected a finite number, got ${preview(v)}`);
      }
      M.data[i * M.cols + j] = v;
    });
  });
}

function asObject(x: unknown, where: string): Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x))
    throw new Error(`${where}: expected an object, got ${preview(x)}`);
  return x as Record<string, unknown>;
}

// Errors quote a few characters of the offending value, never the whole file
// (a 10 MB array quoted in a message froze a phone for seconds).
const PREVIEW_CHARS = 40;
function preview(x: unknown): string {
  if (Array.isArray(x)) return `an array of ${x.length} item${x.length === 1 ? '' : 's'}`;
  const s =
    typeof x === 'string'
      ? JSON.stringify(x.slice(0, PREVIEW_CHARS + 1))
      : String(JSON.stringify(x) ?? x);
  return s.length > PREVIEW_CHARS ? `${s.slice(0, PREVIEW_CHARS)}…` : s;
}
