// Every word the hidden-space widget shows, apart from the logic that picks them
// (hidden-space.ts) and the views that lay them out (HiddenSpace*.tsx), so they can be
// read, reviewed or translated in one place.
import { formatNumber as fmt } from '../shared/number.ts';
import type { CaseName, HiddenStatus } from './hidden-space.ts';
import type { HiddenView } from './geometry.ts';

/** The widget's title and the paragraph under it. */
export const title = 'Hidden space';
export const intro =
  'Left, the points and a square grid in the input space (x₁, x₂). Right, the same points and grid lines after the first layer, h = tanh(W¹x + b¹). Train, and watch the hidden layer bend the grid until a straight line, the output unit’s, separates the classes.';

/** The controls' labels. */
export const labels = {
  case: 'network and data',
  view: 'view of the hidden space',
  alpha: 'learning rate α',
  step: (updates: number) => `Step ${updates} updates`,
  morph: 'morph t',
  playMorph: 'Play the morph',
  newStart: 'New random start',
};

/** The read-out under the controls. */
export const readout = {
  seed: 'start (seed)',
  updates: 'updates',
  output: 'output unit (green line where z = 0)',
  equation: (w: readonly number[], b: number) => `z = ${outputEquation(w, b)}`,
};

/** The input panel's title and axes. */
export const inputPanel = {
  title: 'Input space (x₁, x₂)',
  axes: ['x₁', 'x₂'] as const,
};

/** The hidden panel's axes with two hidden units. */
export const twoUnitAxes = ['h₁', 'h₂'] as const;

/** An axis between the two spaces is neither x nor h: say it runs from one to the other. */
export const morphAxis = (input: string, hidden: string) => `${input} → ${hidden}`;

/** The case selector's options. */
export const caseOptions: readonly { value: CaseName; label: string }[] = [
  { value: 'xor', label: '2-2-1 network on XOR (four clusters)' },
  { value: 'circles', label: '2-3-1 network on circles' },
];

/** The view selector's options for three hidden units. */
export const viewOptions: readonly { value: HiddenView; label: string }[] = [
  { value: 'edge-on', label: 'edge-on to the output unit’s plane' },
  { value: 'h1-h2', label: 'axes h₁ and h₂' },
  { value: 'h1-h3', label: 'axes h₁ and h₃' },
  { value: 'h2-h3', label: 'axes h₂ and h₃' },
];

/** What the hidden panel's axes are, per view. */
export const viewAxes: Record<HiddenView, [string, string]> = {
  'edge-on': ['across the plane: w·h / |w|', 'along the plane'],
  'h1-h2': ['h₁', 'h₂'],
  'h1-h3': ['h₁', 'h₃'],
  'h2-h3': ['h₂', 'h₃'],
};

/** How the three-unit view works, shown under the selector. */
export const viewHelp: Record<'edge-on' | 'axes', string> = {
  'edge-on':
    'Three hidden units make a 3-D hidden space, and the output unit’s boundary there is a plane. Seen edge-on, looking along the plane, it is a line, and the points on its two sides stay on two sides.',
  axes: 'Seen along one hidden axis, the output unit’s plane is slanted, so it is not drawn: choose edge-on to see it as a line.',
};

const wrongText = (wrong: number, total: number) =>
  `${wrong} of ${total} points on the wrong side of the line`;

/** The sentence for a run's status. */
export function statusText(s: HiddenStatus): string {
  switch (s.kind) {
    case 'ready':
      return `ready: loss ${fmt(s.loss, 3)}, ${wrongText(s.wrong, s.total)}; press Play or Step`;
    case 'training':
      return `update ${s.step}: loss ${fmt(s.loss, 3)}, ${wrongText(s.wrong, s.total)}`;
    case 'separated':
      return `separable: at update ${s.step} all ${s.total} points are on their own side of the output unit’s line in hidden space (first at update ${s.since}), loss ${fmt(s.loss, 3)}`;
    case 'diverged':
      return `diverged at update ${s.step}: a number grew too large to compute; lower the learning rate, which starts the run again`;
    case 'stuck':
      return `stuck after ${s.step} updates: loss ${fmt(s.loss, 3)}, ${wrongText(s.wrong, s.total)}. Training on will not separate them (in effect a local minimum); try a new random start`;
  }
}

const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';

/** The output unit's weighted sum as people write it, e.g. "2.1·h₁ − 3·h₂ + 0.4". */
export function outputEquation(w: readonly number[], b: number): string {
  const terms = w.map((wi, i) => ({ v: wi, unit: `·h${SUBSCRIPT[i + 1]}` }));
  return [...terms, { v: b, unit: '' }]
    .map(({ v, unit }, i) => {
      const s = fmt(v, 3);
      const sign = s.startsWith('−');
      const body = (sign ? s.slice(1) : s) + unit;
      if (i === 0) return (sign ? '−' : '') + body;
      return `${sign ? '−' : '+'} ${body}`;
    })
    .join(' ');
}

/** The status while playing: short and steady, so a screen reader is not flooded. */
export const playingText = 'training…';

/** The morph slider's read-out. */
export function morphText(t: number): string {
  if (t === 0) return '0 (input space)';
  if (t === 1) return '1 (hidden space)';
  return fmt(t, 2);
}

/** The hidden panel's title for a morph value. */
export function hiddenTitle(t: number, k: number): string {
  const coords = k === 2 ? '(h₁, h₂)' : '(h₁, h₂, h₃)';
  return t === 1 ? `Hidden space ${coords}` : `Morph, t = ${fmt(t, 2)}`;
}

/** The plots' text alternatives. */
export const describe = {
  input: (total: number) =>
    `The input space: ${total} points, blue circles for class 0 and orange squares for class 1, over a square grid of lines.`,
  hidden: (t: number, line: boolean) =>
    t === 1
      ? `The same points and grid lines after the first layer${line ? ', with the output unit’s line drawn in green' : ''}.`
      : `The points and grid lines ${fmt(t * 100, 2)}% of the way from the input space to the hidden space.`,
};

/** The legend under the panels. */
export const legend = {
  class0: 'class 0',
  class1: 'class 1',
  line: 'output unit’s line σ(w·h + b) = 0.5 (drawn at t = 1)',
  grid: 'grid lines: solid where x₁ is constant, dashed where x₂ is',
};
