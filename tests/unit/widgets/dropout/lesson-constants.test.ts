// The demo starts at the drop rate the lesson calls typical.
import { describe, it } from 'vitest';
import { START_RATE } from '../../../../src/widgets/dropout/dropout.ts';
import { contentText, expectShows } from '../../helpers.ts';

const text = contentText('lessons/08-dropout-and-batch-norm.mdx');

describe("the dropout demo's starting constants (lesson 8)", () => {
  it('starts at p = 0.5, the typical choice for large hidden layers', () => {
    expectShows(text, 'A typical choice is $p = 0.5', START_RATE);
  });
});
