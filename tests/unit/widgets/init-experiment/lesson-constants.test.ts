// The experiment's setup and its outcome are printed in lesson 3; read them back.
import { describe, expect, it } from 'vitest';
import {
  SETUP,
  advance,
  createRun,
  runAccuracy,
} from '../../../../src/widgets/init-experiment/init-experiment.ts';
import { contentText } from '../../helpers.ts';

const text = contentText('lessons/03-weights-bias-activations.mdx');

describe("the initialization experiment's constants (lesson 3)", () => {
  it('the network, data, seed, learning rate and epochs are the ones the lesson describes', () => {
    const described = `Its network is a 2-${SETUP.hidden}-1 with **sigmoid** units everywhere, trained on ${SETUP.points} noisy XOR points (seed ${SETUP.seed}) by full-batch gradient descent with learning rate ${SETUP.alpha} for ${SETUP.epochs} epochs`;
    expect(text).toContain(described);
  });
  it('the all-zero run ends where the lesson says: 58 of the 80 points, 72.5%', () => {
    const run = createRun('zeros');
    advance(run, SETUP.epochs);
    const right = Math.round(runAccuracy(run) * SETUP.points);
    expect(text).toContain(
      `${right} of the ${SETUP.points} points, or ${(100 * runAccuracy(run)).toFixed(1)}%`,
    );
  });
});
