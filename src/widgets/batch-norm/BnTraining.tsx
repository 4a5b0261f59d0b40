import { TrainBoth } from '../shared/TrainBoth.tsx';
import { useTrainBoth } from '../shared/use-train-both.ts';
import { BN_SETUP, bnPair } from './batch-norm.ts';
import { bnNames } from './strings.ts';

const EPOCHS_PER_FRAME = 2;

/** The deep sigmoid network trained with and without batch norm, side by side; Reset also calls onReset (the batch settings). */
export function BnTraining({ onReset }: { onReset: () => void }) {
  const training = useTrainBoth(() => bnPair(), EPOCHS_PER_FRAME);
  const { pair } = training;
  return (
    <TrainBoth
      pair={pair}
      names={bnNames}
      running={training.running}
      onTrain={training.trainBoth}
      onReset={() => {
        training.reset();
        onReset();
      }}
      title="Train and test loss, with and without batch norm"
      yMax={1.1}
      digits={4}
    >
      <h4 class="tc-sub">Train with and without batch norm</h4>
      <p>
        The same deep sigmoid network ({BN_SETUP.depth} hidden layers of {BN_SETUP.hidden} units,
        same seed {BN_SETUP.seed}) learns noisy circles ({pair.plain.train.X.cols} training and{' '}
        {pair.plain.test.X.cols} test points, {BN_SETUP.epochs} epochs, learning rate{' '}
        {BN_SETUP.alpha}, batches of {BN_SETUP.batch}); in one run every hidden layer normalizes its
        Z with batch norm before the sigmoid.
      </p>
    </TrainBoth>
  );
}
