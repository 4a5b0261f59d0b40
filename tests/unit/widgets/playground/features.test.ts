// Feature inputs: each is a function of the point, worked by hand at (0.5, −2);
// and the lesson-9 poll's answer, checked with the engine: a network with no
// hidden layer separates the circles once it sees x₁² and x₂² together.
import { describe, expect, it } from 'vitest';
import { Matrix } from '../../../../src/engine/index.ts';
import {
  DEFAULTS,
  settingsFromQuery,
  type Settings,
} from '../../../../src/widgets/playground/url.ts';
import {
  createRun,
  featureInputs,
  featureMaps,
  stepEpoch,
} from '../../../../src/widgets/playground/playground.ts';
import { networkView } from '../../../../src/widgets/playground/views.ts';
import type { FeatureName } from '../../../../src/widgets/playground/registry.ts';

const ALL: FeatureName[] = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'];

describe('feature inputs', () => {
  it('map the point (0.5, −2) to 0.5, −2, 0.25, 4, −1, sin 0.5, sin(−2)', () => {
    const X = new Matrix(2, 1, Float64Array.of(0.5, -2));
    expect(Array.from(featureInputs(X, ALL).data)).toEqual([
      0.5,
      -2,
      0.25,
      4,
      -1,
      Math.sin(0.5),
      Math.sin(-2),
    ]);
    expect(Array.from(featureInputs(X, ['x2sq', 'x1']).data)).toEqual([4, 0.5]);
  });

  it('give the network one input per chosen feature', () => {
    const r = createRun({ ...DEFAULTS, features: ['x1', 'x1sq', 'x1x2'] });
    expect(r.net.inputs).toBe(3);
    expect(r.Xtrain.rows).toBe(3);
    expect(networkView(r).sizes).toEqual([3, 4, 1]);
    // Row 1 is x₁² of the same points the map draws.
    expect(r.Xtrain.get(1, 5)).toBeCloseTo(r.train.X.get(0, 5) ** 2, 15);
  });

  it('draw each feature over the plane: x₁ runs from −1.5 at the left edge to 1.5 at the right', () => {
    const [x1, x2sq] = featureMaps(['x1', 'x2sq']);
    expect(x1).toHaveLength(25 * 25);
    expect([x1[0], x1[24]]).toEqual([-1.5, 1.5]);
    expect(x2sq[0]).toBeCloseTo(2.25, 12); // top row: x₂ = 1.5
    expect(x2sq[12 * 25]).toBeCloseTo(0, 12); // middle row: x₂ = 0
  });

  it('are kept in the URL in the registry’s order; unknown or no features are refused', () => {
    expect(settingsFromQuery('?features=sinx2,x1').settings.features).toEqual(['x1', 'sinx2']);
    const bad = settingsFromQuery('?features=x1,x3');
    expect(bad.settings.features).toEqual(['x1', 'x2']);
    expect(bad.problems[0].message).toBe(
      'features: “x3” is not one of x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2; using the default x1,x2',
    );
    expect(settingsFromQuery('?features=').problems[0].message).toMatch(
      /^features: none is chosen/,
    );
  });
});

describe('the lesson-9 poll: which features let a network with no hidden layer separate circles?', () => {
  const testAcc = (extra: FeatureName[]) => {
    const s: Settings = {
      ...DEFAULTS,
      dataset: 'circles',
      layers: 0,
      features: ['x1', 'x2', ...extra],
    };
    const r = createRun(s);
    while (stepEpoch(r));
    return r.now.testAcc;
  };

  it('x₁² and x₂² together: ≥ 95%; any one extra feature alone stays far below', () => {
    expect(testAcc(['x1sq', 'x2sq'])).toBeGreaterThanOrEqual(0.95);
    for (const one of ['x1sq', 'x2sq', 'x1x2', 'sinx1'] as FeatureName[])
      expect(testAcc([one])).toBeLessThan(0.85);
    expect(testAcc([])).toBeLessThan(0.85);
  });
});
