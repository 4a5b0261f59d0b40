// The batch-norm demo's words for its training comparison.
import type { PairNames } from '../shared/train-both.ts';

/** How the two training runs are named. */
export const bnNames: PairNames = {
  plain: {
    curve: 'no batch norm',
    term: 'without batch norm',
    sentence: 'Without batch norm',
    testid: 'bn-plain',
  },
  other: {
    curve: 'batch norm',
    term: 'with batch norm',
    sentence: 'With batch norm',
    testid: 'bn-bn',
  },
};

/** The label of the typed-batch field (also the field named when it is in error). */
export const OWN_FIELD_LABEL = 'Your batch (numbers separated by commas)';
