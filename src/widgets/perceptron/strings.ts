// The perceptron lab's words (English): a training run's typed status turned
// into the sentence the lab shows and announces.
import { formatNumber as fmt } from '../shared/number.ts';
import type { EpochEnd, ExampleReport, RunStatus } from './perceptron.ts';

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const mistakes = (n: number) => count(n, 'mistake');

function exampleText(epoch: number, e: ExampleReport): string {
  const what = e.mistake
    ? `output ${fmt(e.y)}, target ${e.target}: a mistake, so w1, w2, b become ${fmt(e.params.w1)}, ${fmt(e.params.w2)}, ${fmt(e.params.b)}.`
    : `output ${fmt(e.y)}, target ${e.target}: right, nothing changes.`;
  return `Epoch ${epoch}, example ${e.index + 1} of 4, (${e.x1}, ${e.x2}): ${what}`;
}

function endText(end: EpochEnd, epoch: number, errors: number): string {
  switch (end.kind) {
    case 'converged':
      return `Converged after ${count(end.epochs, 'epoch')}: all four points correct.`;
    case 'cycle':
      return (
        `No line separates ${end.gate.toUpperCase()}: the weights after epoch ${epoch} are the same as after epoch ${end.since}, ` +
        `so the rule repeats forever and never converges (${mistakes(errors)} in every epoch).`
      );
    case 'max-epochs':
      return `Not converged after ${epoch} epochs: still ${mistakes(errors)} in the last one.`;
    case 'updated':
      return 'Weights updated.';
  }
}

/** The sentence for the last training action; empty before any. */
export function statusText(s: RunStatus): string {
  switch (s.kind) {
    case 'fresh':
      return '';
    case 'example':
      return `${exampleText(s.epoch, s.example)} ${mistakes(s.errorsSoFar)} so far in this epoch.`;
    case 'epoch': {
      const epoch = `Epoch ${s.epoch}: ${mistakes(s.errors)}. ${endText(s.end, s.epoch, s.errors)}`;
      return s.example ? `${exampleText(s.epoch, s.example)} ${epoch}` : epoch;
    }
  }
}

/** Shown in place of a status before any training. */
export const notTrained = 'Not trained yet (epoch 0).';

/** The lab's button labels. */
export const buttonText = {
  oneExample: 'Train one example',
  oneEpoch: 'Train one epoch',
  finishEpoch: 'Finish this epoch',
  untilConverged: (max: number) => `Train until it converges (max ${max} epochs)`,
  reset: 'Reset',
} as const;
