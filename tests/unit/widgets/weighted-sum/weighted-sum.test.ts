import { describe, expect, it } from 'vitest';
import {
  MAX_INPUTS,
  START,
  addInput,
  fieldLabels,
  forward,
  initial,
  removeInput,
  setActivation,
  setBias,
  setInput,
  setWeight,
  sumWorking,
} from '../../../../src/widgets/weighted-sum/weighted-sum.ts';
import { contentText } from '../../helpers.ts';

const lesson = contentText('lessons/02-perceptron.mdx');

describe('the calculator starts as the lesson says', () => {
  it('is the lesson’s AND unit: w = (1, 1), b = −1.5 and the unit step', () => {
    const m = lesson.match(/Take \$w = \((\S+), (\S+)\)\$, \$b = (\S+)\$ and the unit step/);
    expect(m, 'the AND example is no longer printed').not.toBeNull();
    expect(START.w).toEqual([Number(m![1]), Number(m![2])]);
    expect(START.b).toBe(Number(m![3]));
    expect(START.activation).toBe('step');
  });
  it('and the AND poll tells the reader that start', () => {
    const polls = contentText('polls/02-perceptron.yaml');
    expect(polls).toContain('starts with $w = (1, 1)$, $b = -1.5$ and the unit step');
  });
});

// By hand: z = Σ wᵢxᵢ + b, then y = f(z).
describe('forward', () => {
  it('gives the lesson’s example x = (2, 1, 3), w = (0.5, −1, 0.25), b = 0.5: z = 1.25, y = 1', () => {
    const s = { x: [2, 1, 3], w: [0.5, -1, 0.25], b: 0.5, activation: 'step' };
    expect(forward(s)).toEqual({ k: [1, -1, 0.75], z: 1.25, y: 1 });
    expect(sumWorking(s)).toBe('1 − 1 + 0.75 + 0.5');
  });
  it('starts at z = 1 + 1 − 1.5 = 0.5 and the step gives 1; sigmoid of 0 is 0.5', () => {
    expect(forward(initial())).toMatchObject({ z: 0.5, y: 1 });
    const s = setActivation(setBias(initial(), -2), 'sigmoid');
    expect(forward(s)).toMatchObject({ z: 0, y: 0.5 });
  });
});

describe('actions', () => {
  it('set one input, weight or bias and leave the rest', () => {
    const s = setWeight(setInput(initial(), 1, 3), 0, -2);
    expect(s).toMatchObject({ x: [1, 3], w: [-2, 1], b: -1.5 });
    expect(forward(s).z).toBe(-2 + 3 - 1.5);
    expect(initial()).toEqual(START); // the actions did not touch the start
  });
  it('add inputs as x = 0, w = 0 up to the maximum, and remove down to one', () => {
    let s = initial();
    for (let i = 0; i < 10; i++) s = addInput(s);
    expect(s.x).toHaveLength(MAX_INPUTS);
    expect(forward(s).z).toBe(0.5);
    expect(fieldLabels(s)).toEqual([
      'x1',
      'weight w1',
      'x2',
      'weight w2',
      'x3',
      'weight w3',
      'x4',
      'weight w4',
      'bias b',
    ]);
    for (let i = 0; i < 10; i++) s = removeInput(s);
    expect(s).toMatchObject({ x: [1], w: [1] });
    expect(forward(s).z).toBe(-0.5);
  });
});
