// The worked numeric examples of Lesson 9: Putting it together, recomputed with the engine.
//
// Each check names a fragment of the lesson's MDX source as it is printed there
// (whitespace-insensitive) and the engine's values for the LAST numbers in that
// fragment (see shows() in tests/unit/helpers.ts). The fragment must still be in
// the lesson, and each printed number must be the engine's value rounded to the
// decimals printed. Where the lesson prints the inputs of an example as a matrix,
// the inputs are read from the lesson too.
import { describe, expect, it } from 'vitest';
import { Matrix, Trainer, createNetwork, createRng } from '../../../../src/engine/index.ts';
import { lesson, shows } from '../../helpers.ts';

describe('Lesson 9 · Putting it together', () => {
  const src = lesson('09-putting-it-together');

  describe('A recipe for training · Choose the pieces', () => {
    it('the 2-16-16-1 network has 48 + 272 + 17 = 337 parameters', () => {
      const net = createNetwork(
        {
          inputs: 2,
          layers: [
            { type: 'dense', units: 16, activation: 'relu', init: 'he' },
            { type: 'dense', units: 16, activation: 'relu', init: 'he' },
            { type: 'dense', units: 1, activation: 'sigmoid', init: 'he' },
          ],
          loss: 'bce',
        },
        createRng(7),
      );
      const perLayer = net.layers.map((l) =>
        l.params.reduce((n, q) => n + q.value.rows * q.value.cols, 0),
      );
      shows(
        src,
        'It has $2 \\cdot 16 + 16 = 48$ parameters in the first layer',
        2,
        16,
        16,
        perLayer[0],
      );
      shows(
        src,
        '$16 \\cdot 16 + 16 = 272$ in the second and $16 + 1 = 17$ in the output layer: 337 in all',
        16,
        16,
        16,
        perLayer[1],
        16,
        1,
        perLayer[2],
        net.paramCount(),
      );
      expect(net.fused).toBe('sigmoid-bce'); // so DZ³ = P − Y
      expect(net.layers.length).toBe(3);
    });

    it('200 examples in batches of 20: 10 iterations per epoch, 3,000 updates in 300 epochs', () => {
      const net = createNetwork(
        { inputs: 1, layers: [{ type: 'dense', units: 1, activation: 'sigmoid' }], loss: 'bce' },
        createRng(8),
      );
      const X = new Matrix(
        1,
        200,
        Float64Array.from({ length: 200 }, (_, k) => k / 100 - 1),
      );
      const Y = new Matrix(
        1,
        200,
        Float64Array.from({ length: 200 }, (_, k) => (k < 100 ? 0 : 1)),
      );
      const trainer = new Trainer(net, X, Y, { alpha: 0.1, batchSize: 20, rng: createRng(9) });
      trainer.runEpoch();
      shows(
        src,
        '| batch size | $m = 20$ | 200 examples make 10 iterations per epoch |',
        trainer.batchSize,
        X.cols,
        trainer.steps,
      );
      trainer.train(299);
      shows(src, 'for 300 epochs', trainer.epochs);
      expect(src.text).toContain('300 epochs, 3,000 updates in all');
      expect(trainer.steps).toBe(3000);
    });
  });
});
