// The initialization experiment's words.
import { formatNumber } from '../shared/number.ts';
import { CONSTANT_WEIGHT, SAME_TOL, type InitChoice, type PanelView } from './init-experiment.ts';

/** The right-hand panel's menu entries and titles, by choice. */
export const CHOICE_TEXT: Record<InitChoice, { option: string; title: string; short: string }> = {
  xavier: {
    option: 'random (Xavier uniform)',
    title: 'Random weights, biases 0',
    short: 'random weights, zero biases',
  },
  he: {
    option: 'random (He normal)',
    title: 'Random (He) weights, biases 0',
    short: 'He-random weights, zero biases',
  },
  constant: {
    option: `every weight ${formatNumber(CONSTANT_WEIGHT)}`,
    title: `Every weight ${formatNumber(CONSTANT_WEIGHT)}, biases 0`,
    short: `weights all ${formatNumber(CONSTANT_WEIGHT)}, zero biases`,
  },
};

/** The left-hand panel's names. */
export const ZEROS_TEXT = { title: 'All weights 0 (biases 0)', short: 'all-zero weights' };

/** The label of the right-hand panel's menu. */
export const CHOICE_LABEL = 'starting weights of the right-hand network';

/** A fraction as a percentage with one decimal. */
export const pct = (x: number) => `${formatNumber(Math.round(x * 1000) / 10)}%`;

/** Whether a panel's hidden units are identical, in words. */
export function sameText(v: PanelView): string {
  return v.difference < SAME_TOL
    ? 'identical'
    : `different (largest gap ${formatNumber(v.difference, 2)})`;
}

/** The status line after training. */
export function statusText(
  total: number,
  hidden: number,
  zeros: PanelView,
  right: PanelView,
  rightShort: string,
): string {
  return `After ${zeros.epochs} of ${total} epochs: with all-zero weights the ${hidden} hidden units are ${sameText(zeros)} and the accuracy is ${pct(zeros.accuracy)}; with ${rightShort} they are ${sameText(right)} and the accuracy is ${pct(right.accuracy)}.`;
}
