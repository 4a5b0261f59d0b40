/** A 2-D function for the gradient-descent lesson: its value and its gradient. */
export interface Surface {
  readonly name: string;
  readonly label: string;
  /** f(x, y). */
  f(x: number, y: number): number;
  /** ∇f at (x, y), written into out[0], out[1] (mutates out). */
  grad(x: number, y: number, out: Float64Array): void;
  /** A start that shows the surface's character. */
  readonly start: readonly [number, number];
  /** The minimum, if there is one. */
  readonly minimum: readonly [number, number] | null;
  /** A square that frames the interesting part, for plotting. */
  readonly view: { xMin: number; xMax: number; yMin: number; yMax: number };
}

/** A round bowl x² + y²: every step points at the centre. */
export const bowl: Surface = {
  name: 'bowl',
  label: 'Round bowl',
  f: (x, y) => x * x + y * y,
  grad: (x, y, out) => {
    out[0] = 2 * x;
    out[1] = 2 * y;
  },
  start: [-1.5, 1.2],
  minimum: [0, 0],
  view: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 },
};

/** A long narrow valley 0.1x² + 5y²: steep across, almost flat along, so GD zig-zags. */
export const valley: Surface = {
  name: 'valley',
  label: 'Long narrow valley',
  f: (x, y) => 0.1 * x * x + 5 * y * y,
  grad: (x, y, out) => {
    out[0] = 0.2 * x;
    out[1] = 10 * y;
  },
  start: [-1.8, 0.8],
  minimum: [0, 0],
  view: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 },
};

/** A Rosenbrock-like banana (1 − x)² + 10(y − x²)², minimum at (1, 1) at the end of a curved valley. */
export const banana: Surface = {
  name: 'banana',
  label: 'Banana (Rosenbrock-like)',
  f: (x, y) => (1 - x) * (1 - x) + 10 * (y - x * x) * (y - x * x),
  grad: (x, y, out) => {
    out[0] = -2 * (1 - x) - 40 * x * (y - x * x);
    out[1] = 20 * (y - x * x);
  },
  start: [-1.2, 1],
  minimum: [1, 1],
  view: { xMin: -2, xMax: 2, yMin: -1, yMax: 3 },
};

/** A saddle x² − y²: a minimum along x, a maximum along y, no minimum at all. */
export const saddle: Surface = {
  name: 'saddle',
  label: 'Saddle',
  f: (x, y) => x * x - y * y,
  grad: (x, y, out) => {
    out[0] = 2 * x;
    out[1] = -2 * y;
  },
  start: [-1.5, 0.01],
  minimum: null,
  view: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 },
};

/** Every surface, by name. */
export const surfaces: Readonly<Record<string, Surface>> = { bowl, valley, banana, saddle };

/** Looks a surface up by name; throws on unknown names. */
export function getSurface(name: string): Surface {
  const s = Object.hasOwn(surfaces, name) ? surfaces[name] : undefined;
  if (!s) throw new Error(`unknown surface "${name}"; known: ${Object.keys(surfaces).join(', ')}`);
  return s;
}
