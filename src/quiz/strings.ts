// Every sentence the polls show, kept out of the logic so that a second
// language is one more table. `{name}` is filled from params. The progress
// views' words are in src/progress/strings.ts.
import { formatNumber } from '../course/number.ts';
import type { Message } from './grade.ts';

/** The poll's words (English). */
export const pollText = {
  check: 'Check',
  correct: 'Correct.',
  incorrect: 'Not quite.',
  invalid: 'Not graded yet.',
  yourAnswer: 'Your answer',
  attempts: (n: number) => (n === 1 ? '1 attempt' : `${n} attempts`),
  firstTryRight: 'right on the first try',
  firstTryWrong: 'first try wrong',
  solvedBefore: 'You have answered this correctly.',
  triedBefore: 'Your last answer was not right yet. Try again.',
  explanation: 'Why',
  nowRunIt: 'Now run it:',
  widgetTask: 'Use the widget above, then press Check. The check reads its current settings.',
  goalMet: 'Goal met ✓ Press Check to record it.',
  goalNotMet: 'Goal not met yet.',
  rightChoice: 'right choice',
  wrongChoice: 'wrong choice',
  retry: 'Change your answer and check again whenever you like.',
  hint: 'Hint',
  noHint: 'Read the feedback above and go through the question step by step.',
  hintRetry: 'Change your answer and check again; the worked solution follows a second try.',
  showSolution: 'Show the solution',
  detailsUnavailable:
    'The feedback and explanation could not be loaded (no connection?). Your answer is graded; check again later to read them.',
} as const;

const messages: Record<string, string> = {
  correct: 'Well done.',
  incorrect: 'Read the feedback, then try again.',
  'choose-one': 'Choose an answer first.',
  'choose-some': 'Choose at least one answer first.',
  'multiple-partial':
    'Every right option, and nothing else, must be chosen. You chose {right} right and {wrong} wrong; {missing} right one(s) missing.',
  'empty-number': 'Type a number first, for example 0.5.',
  'not-a-number': '“{text}” is not a number; type something like 0.5, 2,43 or 1/64.',
  // {detail} is the number reader's own sentence naming what it did not understand.
  'not-understood': '{detail}',
  close: 'Close, but outside the tolerance: check your rounding and the last steps.',
  'sign-error': 'The size is right but the sign is not: check a minus sign.',
  percent:
    'That looks like a percentage; give it as a fraction between 0 and 1 (or type the % sign).',
  'unknown-check': 'This task cannot be graded here (no check named “{check}”).',
  'widget-missing':
    'The widget has not started yet: scroll to it, change a value, then check again.',
  'widget-field-error':
    'Not graded: the field(s) {fields} show an error. Fix the value there, then check again.',
  // weighted-sum tasks (the gate sentences serve the perceptron lab's tasks too)
  'gate-two-inputs': 'Use exactly two inputs (the calculator has {n} now).',
  'gate-need-step': 'Choose the unit step as the activation f.',
  'gate-wrong':
    'At x = ({x1}, {x2}) the weighted sum is {z} and the output {y}, but {gate} gives {t}.',
  'gate-right': 'All four input pairs give the outputs of {gate}.',
  // activations tasks
  'stack-relu-not-one':
    'Through {n} ReLU layers the gradient is {g}, not exactly 1: every unit must stay active (z > 0) and the weights must multiply to 1.',
  'stack-sigmoid-large':
    'Through {n} sigmoid layers the gradient is still {g}, not below one millionth (10⁻⁶): add layers.',
  'stack-not-fewest':
    'The sigmoid gradient is below 10⁻⁶, but {m} layers already give {g}: find the fewest layers.',
  'stack-right':
    '{n} layers is the fewest: the sigmoid gradient falls from {before} after {m} layers to {g}, while ReLU passes exactly 1.',
  'stack-right-one': 'Even one sigmoid layer gives {g}, while ReLU passes exactly 1.',
  // forward-pass tasks
  'fp-need-relu':
    'Choose ReLU as the hidden activation g (a sigmoid or tanh unit is never exactly 0).',
  'fp-unit-on': 'Hidden unit {unit} is still on: its weighted sum is {z} > 0, so it outputs {h}.',
  'fp-unit-off':
    'Hidden unit {unit} is off: its weighted sum is {z}, and ReLU outputs 0 for every z ≤ 0.',
  // softmax tasks
  'softmax-class-not-above': 'Class {cls} has probability {p}, not above {above} yet.',
  'softmax-class-above': 'Class {cls} has probability {p}, above {above}.',
  'softmax-need-loss-mode': 'This task needs the explorer with the true class and the losses.',
  'softmax-true-class': 'Pick class {cls} as the true class.',
  'softmax-loss-not-below':
    'For true class {cls} the cross-entropy is {ce} (probability {p}), not below {below} yet.',
  'softmax-loss-below':
    'For true class {cls} the cross-entropy is {ce} (probability {p}), below {below}.',
  // hidden-space tasks
  'hidden-space-not-separated':
    '{wrong} of the {total} points are still on the wrong side of the output unit’s line in hidden space: keep training, or try a new random start.',
  'hidden-space-separated':
    'All {total} points are on their own side of the output unit’s line: in hidden space a straight line separates the classes.',
  // descent tasks
  'descent-need-valley': 'Choose the long narrow valley as the loss surface first.',
  'descent-diverged':
    'With α = {alpha}, descent on the valley diverges: the run stops at iteration {iteration}.',
  'descent-converged':
    'With α = {alpha}, descent on the valley settles at the minimum. Try a larger learning rate.',
  'descent-stuck':
    'With α = {alpha}, the steps bounce across the valley without settling, but the loss does not grow. You are at the edge: a little larger.',
  'descent-limit':
    'With α = {alpha}, the loss was still falling when the run reached its iteration limit. Try a much larger learning rate.',
  // backprop tasks
  'backprop-go-to-dw2':
    'The stepper shows step {step}; go to step {target}, the line where DW² is computed.',
  'backprop-dw2-positive': 'At the DW² line, DW² = ({a}, {b}): both entries are positive.',
  'backprop-dw2-not-positive':
    'DW² = ({a}, {b}) here: not both positive. DW² = DZ²·(H¹)ᵀ, and H¹ is always positive: what sets the sign of DZ² = P − Y?',
  // dropout tasks
  'dropout-train-longer':
    'Both runs have trained {epochs} epochs; train at least {min} (press Train both) so the curves can show whether they part.',
  'dropout-curves-differ':
    'At drop rate p = {rate} the two runs’ losses differ by up to {gap}. Find the rate at which they coincide and train both again.',
  'dropout-rate-zero-same':
    'At p = 0 the two runs’ losses agree at every recorded point over {epochs} epochs: dropout at rate 0 is no dropout.',
  // batch-norm tasks
  'bn-goal-right':
    'γ = {gamma} and β = {beta} give y a mean of {mean} and a standard deviation of {sd}.',
  'bn-goal-mean': 'The mean of y is {mean}, not 2. Which of γ and β moves the mean?',
  'bn-goal-sd':
    'The mean is right, but the standard deviation of y is {sd}, not 0.5. Which of γ and β scales the spread?',
  // init-experiment tasks
  'init-train-all':
    'The right-hand network has trained {epochs} of {total} epochs; run all {total} so the units have every chance to part.',
  'init-units-differ':
    'After training, the right-hand network’s hidden units differ (largest gap {gap}). Choose a start that gives every hidden unit the same weights.',
  'init-twins-right':
    'After every epoch of training, the right-hand network’s hidden units are still identical: the same start gives the same gradients, so they never part.',
  // playground tasks
  'playground-dataset': 'Choose the {dataset} data set in the playground first.',
  'playground-too-many-units':
    'Your network has {units} hidden units; this task allows at most {max}. Use fewer units or layers.',
  'playground-below-goal':
    'With these weights the network classifies {acc}% of the test points right; the goal is {goal}%. Train longer or change a setting.',
  'playground-goal-met':
    'With these weights the network classifies {acc}% of the test points right, with {units} hidden units: goal reached.',
};

/** The sentence for a message code, with its params filled in (numbers formatted for reading). */
export function messageText(message: Message): string {
  const template = messages[message.code] ?? message.code;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = message.params?.[name];
    return typeof v === 'number' ? formatNumber(v) : (v ?? '');
  });
}
