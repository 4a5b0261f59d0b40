// The dropout demo's words, apart from the logic (dropout.ts) and the island.
import { formatNumber as fmt } from '../shared/number.ts';
import type { PairNames } from '../shared/train-both.ts';

/** How the two training runs are named at drop rate p. */
export function dropoutNames(p: number): PairNames {
  return {
    plain: {
      curve: 'no dropout',
      term: 'without dropout',
      sentence: 'Without dropout',
      testid: 'dd-plain',
    },
    other: {
      curve: `dropout p = ${fmt(p)}`,
      term: `with dropout p = ${fmt(p)}`,
      sentence: `With dropout p = ${fmt(p)}`,
      testid: 'dd-drop',
    },
  };
}

/** The diagram's status line: the rate and scale before the first pass, then how many units each layer keeps. */
export function diagramText(p: number, iteration: number, dropped: readonly boolean[][]): string {
  const scale = `survivors are scaled by ${fmt(1 / (1 - p), 4)}`;
  if (iteration === 0)
    return `Drop rate p = ${fmt(p)}; ${scale}. Press Next iteration to draw the first masks.`;
  const kept = dropped
    .map((d, h) => `hidden layer ${h + 1} keeps ${d.filter((x) => !x).length} of ${d.length} units`)
    .join(', ');
  return `Iteration ${iteration}, p = ${fmt(p)}: ${kept}; ${scale}.`;
}
