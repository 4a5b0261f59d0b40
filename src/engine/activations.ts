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
}

/** Options for the two activations with a parameter. */
export interface ActivationOptions {
  /** Leaky ReLU's slope for z < 0 (lecture: 0.1). */
  slope?: number;
  /** ELU's α (default 1). */
  alpha?: number;
}

/** An activation by name, or its name plus options. */
export type ActivationSpec = string | ({ name: string } & ActivationOptions);

/** Unit step (Heaviside): 0, 0.5 at exactly 0, 1. */
export const step: Activation = {
  name: 'step',
  f: (z) => (z > 0 ? 1 : z < 0 ? 0 : 0.5),
  df: () => 0,
  atKinks: 'f(0) = 0.5 as in the lecture table; df is 0 everywhere (no gradient flows)',
};

/** Sign (signum): −1, 0 at exactly 0, 1. */
export const sign: Activation = {
  name: 'sign',
  f: (z) => (z > 0 ? 1 : z < 0 ? -1 : 0),
  df: () => 0,
  atKinks: 'f(0) = 0; df is 0 everywhere (no gradient flows)',
};

/** Linear (identity). */
export const linear: Activation = {
  name: 'linear',
  f: (z) => z,
  df: () => 1,
  atKinks: 'no kinks',
};

/** The lecture's piece-wise linear unit: 0 below −½, z + ½ between, 1 from ½ on. */
export const piecewise: Activation = {
  name: 'piecewise',
  f: (z) => (z >= 0.5 ? 1 : z <= -0.5 ? 0 : z + 0.5),
  df: (z) => (z > -0.5 && z < 0.5 ? 1 : 0),
  atKinks: 'df(±0.5) = 0, the slope of the flat side',
};

/** Logistic sigmoid σ(z) = 1 / (1 + e^−z), written so that e^x never overflows. */
export const sigmoid: Activation = {
  name: 'sigmoid',
  f: (z) => {
    if (z >= 0) return 1 / (1 + Math.exp(-z));
    const e = Math.exp(z);
    return e / (1 + e);
  },
  df: (_z, h) => h * (1 - h),
  atKinks: 'no kinks',
};

/** Hyperbolic tangent. */
export const tanh: Activation = {
  name: 'tanh',
  f: Math.tanh,
  df: (_z, h) => 1 - h * h,
  atKinks: 'no kinks',
};

/** ReLU max(0, z). */
export const relu: Activation = {
  name: 'relu',
  f: (z) => (z > 0 ? z : 0),
  df: (z) => (z > 0 ? 1 : 0),
  atKinks: "df(0) = 0 (the unit counts as off)",
};

/** Leaky ReLU max(slope·z, z) for 0 ≤ slope < 1; the lecture's slope is 0.1. */
export function leakyRelu(slope = 0.1): Activation {
  if (!(slope >= 0 && slope < 1)) {
    throw new Error(`leaky-relu: slope must be in [0, 1), got ${slope}`);
  }
  return {
    name: 'leaky-relu',
    f: (z) => (z > 0 ? z : slope * z),
    df: (z) => (z > 0 ? 1 : slope),
    atKinks: `df(0) = ${slope}, the slope of the left side`,
  };
}

/** Softplus ln(1 + e^z), computed without overflow for large |z|. */
export const softplus: Activation = {
  name: 'softplus',
  f: (z) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))),
  df: (z) => sigmoid.f(z),
  atKinks: 'no kinks (its derivative is the sigmoid)',
};

/** ELU: z for z ≥ 0, α(e^z − 1) below. */
export function elu(alpha = 1): Activation {
  if (!(alpha > 0 && Number.isFinite(alpha))) {
    throw new Error(`elu: alpha must be a positive finite number, got ${alpha}`);
  }
  return {
    name: 'elu',
    f: (z) => (z >= 0 ? z : alpha * Math.expm1(z)),
    df: (z, h) => (z >= 0 ? 1 : h + alpha),
    atKinks: 'df(0) = 1, the z ≥ 0 branch as the lecture writes it',
  };
}

/** Every activation name the engine knows. */
export const activationNames: readonly string[] = [
  'step', 'sign', 'linear', 'piecewise', 'sigmoid', 'tanh', 'relu', 'leaky-relu', 'softplus', 'elu',
];

const fixed: Record<string, Activation> = { step, sign, linear, piecewise, sigmoid, tanh, relu, softplus };

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
