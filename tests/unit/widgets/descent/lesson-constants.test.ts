// The lab opens where lesson 6's "predict, then run" poll says it does.
import { describe, expect, it } from 'vitest';
import { START, createDescent } from '../../../../src/widgets/descent/descent.ts';
import { SURFACE_TEXT } from '../../../../src/widgets/descent/strings.ts';
import { contentText, expectShows } from '../../helpers.ts';

const polls = contentText('polls/06-gradient-descent.yaml');

describe("the descent lab's starting constants (lesson 6)", () => {
  it('opens on the round bowl x² + y² at (−1.5, 1.2), as the poll before it says', () => {
    expect(START.name).toBe('bowl');
    expect(SURFACE_TEXT.bowl.formula).toBe('f(x, y) = x² + y²');
    expect(polls).toContain('the round bowl $f(x, y) = x^2 + y^2$ starts at');
    expectShows(polls, String.raw`starts at $(-1.5,\ 1.2)$`, ...START.start);
  });
  it("with α = 1.2 the first step lands where the poll's explanation says", () => {
    const run = createDescent({ ...START, alpha: 1.2 });
    run.step();
    expectShows(polls, String.raw`it moves from $(-1.5, 1.2)$ to $(2.1, -1.68)$`, run.x, run.y);
    run.step();
    expectShows(polls, String.raw`then to $(-2.94, 2.352)$`, run.x, run.y);
  });
});
