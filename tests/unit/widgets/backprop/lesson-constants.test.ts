// The stepper starts from the lesson's worked example: every number it starts
// with, and the one update the lesson works through, are read back from the lesson.
import { describe, it } from 'vitest';
import {
  LESSON,
  START,
  START_ALPHA,
  applyUpdate,
  freshModel,
} from '../../../../src/widgets/backprop/backprop.ts';
import { contentText, expectShows } from '../../helpers.ts';

const text = contentText('lessons/07-backpropagation.mdx');

describe("the backprop stepper's starting constants (lesson 7)", () => {
  it('X, Y, W¹, b¹, W², b² are the ones the lesson prints', () => {
    expectShows(text, String.raw`X = \begin{bmatrix} 0.5 \\ 1.0 \end{bmatrix}`, ...LESSON.X);
    expectShows(text, 'label $Y = 1', LESSON.Y);
    expectShows(
      text,
      String.raw`W^1 = \begin{bmatrix} 0.1 & 0.4 \\ -0.3 & 0.2 \end{bmatrix}`,
      ...LESSON.W1.flat(),
    );
    expectShows(text, String.raw`b^1 = \begin{bmatrix} 0 \\ 0.1 \end{bmatrix}`, ...LESSON.b1);
    expectShows(
      text,
      String.raw`W^2 = \begin{bmatrix} 0.5 & -0.6 \end{bmatrix}`,
      ...LESSON.W2.flat(),
    );
    expectShows(text, String.raw`\end{bmatrix}, \quad b^2 = 0.2`, ...LESSON.b2);
  });
  it("the update field's α and one update give the lesson's new weights and loss", () => {
    expectShows(text, String.raw`With $\alpha = 0.5`, START_ALPHA);
    const m = applyUpdate(freshModel(START), START, START_ALPHA);
    const q = m.t.q;
    expectShows(
      text,
      String.raw`W^2 \leftarrow \begin{bmatrix} 0.6387 & -0.4779 \end{bmatrix}`,
      ...q.W2[0],
    );
    expectShows(text, String.raw`\qquad b^2 \leftarrow 0.4272`, q.b2[0][0]);
    expectShows(
      text,
      String.raw`W^1 \leftarrow \begin{bmatrix} 0.1135 & 0.4270 \\ -0.3169 & 0.1661 \end{bmatrix}`,
      ...q.W1.flat(),
    );
    expectShows(text, 'the loss falls from $0.6059$ to $0.4451', m.losses[0], m.losses[1]);
  });
});
