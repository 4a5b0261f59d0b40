/**
 * Activation functions, each one object with its value and its derivative side
 * by side. `df(z, h)` receives both Z and H = f(Z), so sigmoid and tanh reuse
 * the value they already computed (σ' = h(1 − h), tanh' = 1 − h²) instead of
 * calling exp or tanh again. `atKinks` says what df returns where f has no
 * derivative; gradient checks stay away from those points.
 */
export interface Activation {
  readonly name: string;
  /** H = f(Z), one number at a time. */
  readonly f: (z: number) => number;
  /** g'(z), given z and h = f(z). */
  readonly df: (z: number, h: number) => number;
  /** The convention at points where f is not differentiable. */
  readonly atKinks: string;
  /** H[k] = f(Z[k]) for from ≤ k < to: f over a whole layer (mutates H). */
  readonly fAll: (Z: Float64Array, H: Float64Array, from: number, to: number) => void;
  /** DZ[k] = dH[k]·df(Z[k], H[k]) for k < n: the lecture's DZ = dH ⊙ g'(Z) (mutates DZ). */
  readonly dfAll: (
    Z: Float64Array,
    H: Float64Array,
    dH: Float64Array,
    DZ: Float64Array,
    n: number,
  ) => void;
}

// Why fAll and dfAll are written out once per activation: a layer loop that
// called whichever f it was given would see several functions at one call
// site, and the JIT would stop inlining them (slower, and each call would box
// its number). Each activation's own loop calls only its own f and df.
type F = (z: number) => number;
type DF = (z: number, h: number) => number;

/** Options for the two activations with a parameter. */
export interface ActivationOptions {
  /** Leaky ReLU's slope for z < 0 (lecture: 0.1). */
  slope?: number;
  /** ELU's α (default 1). */
  alpha?: number;
}

/** An activation by name, or its name plus options. */
export type ActivationSpec = string | ({ name: string } & ActivationOptions);

const stepF: F = (z) => (z > 0 ? 1 : z < 0 ? 0 : 0.5);
const stepDf: DF = () => 0;
/** Unit step (Heaviside): 0, 0.5 at exactly 0, 1. */
export const step: Activation = {
  name: 'step',
  f: stepF,
  df: stepDf,
  atKinks: 'f(0) = 0.5 as in the lecture table; df is 0 everywhere (no gradient flows)',
  fAll: (Z, H, from, to) => {
    for (let k = from; k < to; k++) H[k] = stepF(Z[k]);
  },
  dfAll: (Z, H, dH, DZ, n) => {
    for (let k = 0; k < n; k++) DZ[k] = dH[k] * stepDf(Z[k], H[k]);
  },
};

const signF: F = (z) => (z > 0 ? 1 : z < 0 ? -1 : 0);
const signDf: DF = () => 0;
/** Sign (signum): −1, 0 at exactly 0, 1. */
export const sign: Activation = {
  name: 'sign',
  f: signF,
  df: signDf,
  atKinks: 'f(0) = 0; df is 0 everywhere (no gradient flows)',
  fAll: (Z, H, from, to) => {
    for (let k = from; k < to; k++) H[k] = signF(Z[k]);
  },
  dfAll: (Z, H, dH, DZ, n) => {
    for (let k = 0; k < n; k++) DZ[k] = dH[k] * signDf(Z[k], H[k]);
  },
};

const linearF: F = (z) => z;
const linearDf: DF = () => 1;
/** Linear (identity). */
export const linear: Activation = {
  name: 'linear',
  f: linearF,
  df: linearDf,
  atKinks: 'no kinks',
  fAll: (Z, H, from, to) => {
    for (let k = from; k < to; k++) H[k] = linearF(Z[k]);
  },
  dfAll: (Z, H, dH, DZ, n) => {
    for (let k = 0; k < n; k++) DZ[k] = dH[k] * linearDf(Z[k], H[k]);
  },
};

const piecewiseF: F = (z) => (z >= 0.5 ? 1 : z <= -0.5 ? 0 : z + 0.5);
const piecewiseDf: DF = (z) => (z > -0.5 && z < 0.5 ? 1 : 0);
/** The lecture's piece-wise linear unit: 0 below −½, z + ½ between, 1 from ½ on. */
export const piecewise: Activation = {
  name: 'piecewise',
  f: piecewiseF,
  df: piecewiseDf,
  atKinks: 'df(±0.5) = 0, the slope of the flat side',
  fAll: (Z, H, from, to) => {
    for (let k = from; k < to; k++) H[k] = piecewiseF(Z[k]);
  },
  dfAll: (Z, H, dH, DZ, n) => {
    for (let k = 0; k < n; k++) DZ[k] = dH[k] * piecewiseDf(Z[k], H[k]);
  },
};

const sigmoidF: F = (z) => {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
};
const sigmoidDf: DF = (_z, h) => h * (1 - h);
/** Logistic sigmoid σ(z) = 1 / (1 + e^−z), written so that e^x never overflows. */
export const sigmoid: Activation = {
  name: 'sigmoid',
  f: sigmoidF,
  df: sigmoidDf,
  atKinks: 'no kinks',
  fAll: (Z, H, from, to) => {
    for (let k = from; k < to; k++) H[k] = sigmoidF(Z[k]);
  },
  dfAll: (Z, H, dH, DZ, n) => {
    for (let k = 0; k < n; k++) DZ[k] = dH[k] * sigmoidDf(Z[k], H[k]);
  },
};

const tanhF: F = Math.tanh;
const tanhDf: DF = (_z, h) => 1 - h * h;
/** Hyperbolic tangent. */
export const tanh: Activation = {
  name: 'tanh',
  f: tanhF,
  df: tanhDf,
  atKinks: 'no kinks',
  fAll: (Z, H, from, to) => {
    for (let k = from; k < to; k++) H[k] = tanhF(Z[k]);
  },
  dfAll: (Z, H, dH, DZ, n) => {
    for (let k = 0; k < n; k++) DZ[k] = dH[k] * tanhDf(Z[k], H[k]);
  },
};

const reluF: F = (z) => (z > 0 ? z : 0);
const reluDf: DF = (z) => (z > 0 ? 1 : 0);
/** ReLU max(0, z). */
export const relu: Activation = {
  name: 'relu',
  f: reluF,
  df: reluDf,
  atKinks: 'df(0) = 0 (the unit counts as off)',
  fAll: (Z, H, from, to) => {
    for (let k = from; k < to; k++) H[k] = reluF(Z[k]);
  },
  dfAll: (Z, H, dH, DZ, n) => {
    for (let k = 0; k < n; k++) DZ[k] = dH[k] * reluDf(Z[k], H[k]);
  },
};

/** Leaky ReLU max(slope·z, z) for 0 ≤ slope < 1; the lecture's slope is 0.1. */
export function leakyRelu(slope = 0.1): Activation {
  if (!(slope >= 0 && slope < 1)) {
    throw new Error(`leaky-relu: slope must be in [0, 1), got ${slope}`);
  }
  const f: F = (z) => (z > 0 ? z : slope * z);
  const df: DF = (z) => (z > 0 ? 1 : slope);
  return {
    name: 'leaky-relu',
    f,
    df,
    atKinks: `df(0) = ${slope}, the slope of the left side`,
    fAll: (Z, H, from, to) => {
      for (let k = from; k < to; k++) H[k] = f(Z[k]);
    },
    dfAll: (Z, H, dH, DZ, n) => {
      for (let k = 0; k < n; k++) DZ[k] = dH[k] * df(Z[k], H[k]);
    },
  };
}

const softplusF: F = (z) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
const softplusDf: DF = (z) => sigmoidF(z);
/** Softplus ln(1 + e^z), computed without overflow for large |z|. */
export const softplus: Activation = {
  name: 'softplus',
  f: softplusF,
  df: softplusDf,
  atKinks: 'no kinks (its derivative is the sigmoid)',
  fAll: (Z, H, from, to) => {
    for (let k = from; k < to; k++) H[k] = softplusF(Z[k]);
  },
  dfAll: (Z, H, dH, DZ, n) => {
    for (let k = 0; k < n; k++) DZ[k] = dH[k] * softplusDf(Z[k], H[k]);
  },
};

/** ELU: z for z ≥ 0, α(e^z − 1) below. */
export function elu(alpha = 1): Activation {
  if (!(alpha > 0 && Number.isFinite(alpha))) {
    throw new Error(`elu: alpha must be a positive finite number, got ${alpha}`);
  }
  const f: F = (z) => (z >= 0 ? z : alpha * Math.expm1(z));
  const df: DF = (z, h) => (z >= 0 ? 1 : h + alpha);
  return {
    name: 'elu',
    f,
    df,
    atKinks: 'df(0) = 1, the z ≥ 0 branch as the lecture writes it',
    fAll: (Z, H, from, to) => {
      for (let k = from; k < to; k++) H[k] = f(Z[k]);
    },
    dfAll: (Z, H, dH, DZ, n) => {
      for (let k = 0; k < n; k++) DZ[k] = dH[k] * df(Z[k], H[k]);
    },
  };
}

/** Every activation name the engine knows. */
export const activationNames: readonly string[] = [
  'step',
  'sign',
  'linear',
  'piecewise',
  'sigmoid',
  'tanh',
  'relu',
  'leaky-relu',
  'softplus',
  'elu',
];

const fixed: Record<string, Activation> = {
  step,
  sign,
  linear,
  piecewise,
  sigmoid,
  tanh,
  relu,
  softplus,
};

/** Looks up an activation by name (with options for leaky-relu and elu); throws on unknown names. */
export function getActivation(spec: ActivationSpec): Activation {
  const name = typeof spec === 'string' ? spec : spec.name;
  const options: ActivationOptions = typeof spec === 'string' ? {} : spec;
  if (name === 'leaky-relu') return leakyRelu(options.slope);
  if (name === 'elu') return elu(options.alpha);
  const act = Object.hasOwn(fixed, name) ? fixed[name] : undefined;
  if (!act) {
    throw new Error(`unknown activation "${name}"; known: ${activationNames.join(', ')}`);
  }
  return act;
}
