import { describe, expect, it } from 'vitest';
import { circles, createRng, spirals } from '../../../../src/engine/index.ts';
import {
  ACTIVATIONS,
  DATASETS,
  INITS,
  LOSSES,
  namesOf,
  optionsOf,
} from '../../../../src/widgets/playground/registry.ts';
import { FIELDS, DEFAULTS } from '../../../../src/widgets/playground/url.ts';
import { POINTS, makeData, networkSpec } from '../../../../src/widgets/playground/playground.ts';

describe('the playground registries', () => {
  it('drive the URL table: every name, and only those, is a valid value', () => {
    expect(FIELDS.dataset.values).toEqual([
      'xor',
      'circles',
      'spirals',
      'blobs',
      'moons',
      'custom',
      'plane',
      'bumps',
    ]);
    expect(FIELDS.activation.values).toEqual(namesOf(ACTIVATIONS));
    expect(FIELDS.loss.values).toEqual(namesOf(LOSSES));
    expect(FIELDS.init.values).toEqual(namesOf(INITS));
  });

  it('give the controls their labels', () => {
    expect(optionsOf(DATASETS).map((o) => o.label)).toEqual([
      'XOR',
      'Circles',
      'Spirals',
      'Blobs',
      'Moons',
      'Your own data',
      'Regression: plane',
      'Regression: bump and dip',
    ]);
    expect(optionsOf(INITS)[1]).toEqual({ value: 'uniform', label: 'uniform ±0.5' });
  });

  it('make the data: the same points as the engine’s generator with the settings’ seed', () => {
    const s = { ...DEFAULTS, dataset: 'circles' as const, noise: 0.2, seed: 7 };
    expect(makeData(s).X.data).toEqual(circles(POINTS, 0.2, createRng(7)).X.data);
    expect(makeData({ ...s, dataset: 'spirals' }).labels).toEqual(
      spirals(POINTS, 0.2, createRng(7)).labels,
    );
    expect(makeData({ ...s, dataset: 'blobs', classes: 3 }).classes).toBe(3);
    expect(() => makeData({ ...s, dataset: 'custom' })).toThrow(/own data/);
  });

  it('choose the engine’s loss and initialiser', () => {
    const spec = networkSpec({ ...DEFAULTS, init: 'uniform', loss: 'ce' }, 2);
    expect(spec.loss).toBe('bce');
    expect(spec.layers[0]).toMatchObject({ init: { name: 'uniform', limit: 0.5 } });
    expect(networkSpec({ ...DEFAULTS, loss: 'ce' }, 3).loss).toBe('cce');
    expect(networkSpec({ ...DEFAULTS, loss: 'mse' }, 3).loss).toBe('mse');
    expect(ACTIVATIONS.tanh.range).toEqual([-1, 1]);
  });
});
