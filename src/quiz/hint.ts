// The hint a poll shows after a first wrong answer, before its worked solution.

/**
 * A poll's hint in Markdown, or null. Hints are written, not derived: the
 * explanation's first sentence often states the answer ("The lecture's answer
 * is B.", "w = 34/14 ≈ 2.43"). Choice polls without one lean on the feedback
 * of the option chosen; numeric and widget polls must have one (tests/unit/quiz/hint.test.ts).
 */
export function hintFor(poll: { hint?: string }): string | null {
  return poll.hint ?? null;
}
