// The named checks that grade widget-task polls: each is a pure function of a
// widget's published state, doing its maths with the engine. Each concept keeps
// its checks in src/quiz/checks/<concept>.ts and adds one spread line here; a
// poll names the check in its `check` field. The Poll island loads this module
// only when a widget task is checked, so pages without one never download the
// engine for grading.
import type { WidgetCheck } from './grade.ts';
import { weightedSumChecks } from './checks/weighted-sum.ts';
import { perceptronChecks } from './checks/perceptron.ts';
import { activationsChecks } from './checks/activations.ts';
import { forwardPassChecks } from './checks/forward-pass.ts';
import { softmaxChecks } from './checks/softmax.ts';
import { hiddenSpaceChecks } from './checks/hidden-space.ts';
import { backpropChecks } from './checks/backprop.ts';
import { batchNormChecks } from './checks/batch-norm.ts';
import { descentChecks } from './checks/descent.ts';
import { dropoutChecks } from './checks/dropout.ts';
import { initExperimentChecks } from './checks/init-experiment.ts';
import { playgroundChecks } from './checks/playground.ts';

/** Every check a widget-task poll may name, by name. */
export const widgetChecks: Record<string, WidgetCheck> = {
  ...weightedSumChecks,
  ...perceptronChecks,
  ...activationsChecks,
  ...forwardPassChecks,
  ...softmaxChecks,
  ...hiddenSpaceChecks,
  ...descentChecks,
  ...backpropChecks,
  ...dropoutChecks,
  ...batchNormChecks,
  ...initExperimentChecks,
  ...playgroundChecks,
};
