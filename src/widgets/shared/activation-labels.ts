/** How each engine activation is named to a reader, in the lecture's words. */
export const activationLabels: Record<string, string> = {
  step: 'unit step (Heaviside)',
  sign: 'sign (signum)',
  linear: 'linear (identity)',
  piecewise: 'piece-wise linear',
  sigmoid: 'sigmoid (logistic)',
  tanh: 'tanh',
  relu: 'ReLU',
  'leaky-relu': 'leaky ReLU (slope 0.1)',
  softplus: 'softplus',
  elu: 'ELU (α = 1)',
};
