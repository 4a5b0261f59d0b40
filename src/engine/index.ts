/** The neural-network engine: pure TypeScript in the lecture's notation (Z, H, DZ, DW, Db, dH, α). */

/** Row-major Float64Array matrices, one column per example. */
export { Matrix } from './matrix.ts';
/** C = op(A)·op(B) with optional transposes. */
export { matmul } from './matmul.ts';
/** Element-wise and batch operations on matrices. */
export { addBias, meanOverBatch, hadamard, mapInto, copyInto } from './ops.ts';
/** The seeded generator every random choice flows from. */
export { Rng, createRng } from './rng.ts';
/** Activations as { name, f, df, atKinks } objects. */
export type { Activation } from './activations.ts';
/** The activations themselves, factories for the two with parameters, and lookup by name. */
export {
  step,
  sign,
  linear,
  piecewise,
  sigmoid,
  tanh,
  relu,
  leakyRelu,
  softplus,
  elu,
  activationNames,
  getActivation,
} from './activations.ts';
/** Column-wise softmax, log-softmax and the softmax backward pass. */
export { softmaxColumns, logSoftmaxColumns, logSumExpColumn, softmaxBackward } from './softmax.ts';
/** Loss (one example) and cost (the mean) types. */
export type { Loss } from './losses.ts';
/** Losses, costs, and the fused DZ = P − Y. */
export {
  mse,
  bce,
  cce,
  getLoss,
  cost,
  sigmoidBceCostFromLogits,
  softmaxCceCostFromLogits,
  fusedDZ,
} from './losses.ts';
/** How weights start. */
export type { InitSpec } from './init.ts';
/** Fills a weight matrix by an initialiser (mutates it). */
export { initialise } from './init.ts';
/** The layer contract and learnable parameters. */
export type { Layer } from './layer.ts';
/** Layers, each with forward and backward side by side. */
export { Dense } from './dense.ts';
/** Inverted dropout with a readable mask. */
export { Dropout } from './dropout.ts';
/** Batch normalization with running averages. */
export { BatchNorm } from './batchnorm.ts';
/** An activation on its own (after batch norm). */
export { ActivationLayer } from './activation-layer.ts';
/** Maxout over k linear pieces. */
export { Maxout } from './maxout.ts';
/** A sequential network with fused output + loss. */
export { Network } from './network.ts';
/** The fused training pass for networks of dense layers (bit-identical to the layer-by-layer path). */
export { FusedDense, fusedPathApplies } from './fused-dense.ts';
/** Network descriptions as plain data. */
export type { LayerSpec, NetworkSpec } from './spec.ts';
/** Builds networks and layers from descriptions. */
export { createNetwork } from './build.ts';
/** Saves and loads networks with validation. */
export { networkToJSON, networkFromJSON } from './serialize.ts';
/** Gradient descent with momentum and L2. */
export { Optimizer } from './optimizer.ts';
/** The allocation-free mini-batch trainer. */
export { Trainer } from './trainer.ts';
/** Perceptron types. */
export type { Perceptron } from './perceptron.ts';
/** The perceptron learning rule, epoch by epoch. */
export {
  createPerceptron,
  perceptronOutput,
  perceptronEpoch,
  trainPerceptron,
} from './perceptron.ts';
/** 2-D surfaces for the gradient-descent lesson. */
export type { Surface } from './surfaces.ts';
/** The named surfaces. */
export { bowl, valley, banana, saddle, surfaces, getSurface } from './surfaces.ts';
/** Gradient-descent run types. */
export type { DescentStop, PathPoint } from './descent2d.ts';
/** Gradient descent on a surface with patience-based stopping. */
export { Descent, runDescent } from './descent2d.ts';
/** A labelled 2-D data set. */
export type { Dataset } from './datasets.ts';
/** Seeded 2-D data sets. */
export { logicGate, xorCloud, circles, spirals, blobs, moons } from './datasets.ts';
/** Seeded train/test split. */
export { trainTestSplit } from './split.ts';
/** Targets from labels, predicted classes and accuracy. */
export { oneHot, binaryTargets, predictedClass, accuracy } from './targets.ts';
/** Inputs for an n × n decision map. */
export { gridInputs } from './grid.ts';
/** Finite-difference gradient checking. */
export { checkGradients, maxRelError } from './gradcheck.ts';
