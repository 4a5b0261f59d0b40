// The course palette by name, for code that writes colours into SVG or canvas.
// The values live in src/styles/palette.css (one shade per theme); SVG gets the
// variable, so a figure follows the theme without knowing which one is on.

/** Line and text colours (4.5:1 against the page in both themes). */
export const colour = {
  blue: 'var(--nn-blue)',
  orange: 'var(--nn-orange)',
  green: 'var(--nn-green)',
  vermillion: 'var(--nn-vermillion)',
  purple: 'var(--nn-purple)',
  /** A lighter blue beside `blue`, for marks only (3:1, not for text). */
  sky: 'var(--nn-sky)',
  /** The page's text colour. */
  ink: 'currentColor',
  /** Axes, connections and other quiet lines (Starlight's grey). */
  rule: 'var(--sl-color-gray-3)',
  /** The page background, for hollow marks and outlines that cut lines. */
  paper: 'var(--sl-color-bg)',
} as const;

/** Translucent fills behind text, one per hue that has one. */
export const tint = {
  blue: 'var(--nn-tint-blue)',
  orange: 'var(--nn-tint-orange)',
  green: 'var(--nn-tint-green)',
} as const;

/**
 * The decision map's blue–white–orange ramp as RGB triples, for canvas pixels
 * (which cannot read CSS variables). Theme-independent, as the points drawn on
 * it (--nn-map-* in palette.css) are.
 */
export const mapRamp = {
  low: [0, 114, 178],
  mid: [245, 245, 245],
  high: [230, 159, 0],
} as const satisfies Record<string, readonly [number, number, number]>;
