// Marching squares: the contour lines of a sampled 2-D function, for drawing.

/**
 * Segments where a grid of samples crosses `level`, as a flat list
 * [i0, j0, i1, j1, …] in fractional grid coordinates (i across, j down the
 * rows). values[j * nx + i] is the sample at column i, row j. Crossings are
 * found by linear interpolation along each cell edge; the two ambiguous
 * cases (opposite corners on the same side) are settled by the cell's mean.
 */
export function contourSegments(
  values: ArrayLike<number>,
  nx: number,
  ny: number,
  level: number,
): number[] {
  const out: number[] = [];
  const pts: number[] = [];
  for (let j = 0; j + 1 < ny; j++) {
    for (let i = 0; i + 1 < nx; i++) {
      // Corners in cyclic order: a (i, j), b (i+1, j), c (i+1, j+1), d (i, j+1).
      const ci = [i, i + 1, i + 1, i];
      const cj = [j, j, j + 1, j + 1];
      const v = [
        values[j * nx + i],
        values[j * nx + i + 1],
        values[(j + 1) * nx + i + 1],
        values[(j + 1) * nx + i],
      ];
      if (!v.every(Number.isFinite)) continue;
      const above = v.map((x) => x >= level);
      if (above.every((a) => a === above[0])) continue;
      pts.length = 0;
      const edgeOf: number[] = [];
      for (let e = 0; e < 4; e++) {
        const f = (e + 1) % 4;
        if (above[e] === above[f]) continue;
        const t = (level - v[e]) / (v[f] - v[e]);
        pts.push(ci[e] + t * (ci[f] - ci[e]), cj[e] + t * (cj[f] - cj[e]));
        edgeOf.push(e);
      }
      if (pts.length === 4) {
        out.push(pts[0], pts[1], pts[2], pts[3]);
      } else if (pts.length === 8) {
        // Edges 0..3 all crossed. If the center sits on corner a's side, a and
        // c are joined through the middle and the lines cut off b and d.
        const centerAbove = (v[0] + v[1] + v[2] + v[3]) / 4 >= level;
        const [p0, p1, p2, p3] = [0, 2, 4, 6].map((k) => [pts[k], pts[k + 1]]);
        const pairs =
          centerAbove === above[0]
            ? [
                [p0, p1],
                [p2, p3],
              ]
            : [
                [p3, p0],
                [p1, p2],
              ];
        for (const [p, q] of pairs) out.push(p[0], p[1], q[0], q[1]);
      }
    }
  }
  return out;
}

/** `count` contour levels at evenly spaced quantiles of the finite samples (distinct, ascending). */
export function quantileLevels(values: ArrayLike<number>, count: number): number[] {
  const sorted = Array.from(values)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const levels: number[] = [];
  for (let k = 1; k <= count; k++) {
    const q = sorted[Math.min(sorted.length - 1, Math.floor((k / (count + 1)) * sorted.length))];
    if (levels.length === 0 || q > levels[levels.length - 1]) levels.push(q);
  }
  return levels;
}

/** An SVG path of segments [i0, j0, i1, j1, …], each point mapped through `map` to pixels. */
export function segmentsPath(
  seg: readonly number[],
  map: (i: number, j: number) => [number, number],
): string {
  let d = '';
  for (let k = 0; k + 3 < seg.length; k += 4) {
    const [x0, y0] = map(seg[k], seg[k + 1]);
    const [x1, y1] = map(seg[k + 2], seg[k + 3]);
    d += `M${x0.toFixed(1)} ${y0.toFixed(1)}L${x1.toFixed(1)} ${y1.toFixed(1)}`;
  }
  return d;
}
