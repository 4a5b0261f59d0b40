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

/** How far (in pixels of the plot) a drawn contour may stray from the marching-squares line: far below what an eye sees. */
export const CONTOUR_TOLERANCE_PX = 0.25;

/** A number for an SVG path: one decimal at most, no trailing ".0". */
const num = (v: number) => String(Math.round(v * 10) / 10);

/** Ramer–Douglas–Peucker: the points of `line` ([x, y] pairs) needed to stay within `tol` of it. */
function simplify(line: [number, number][], tol: number): [number, number][] {
  if (line.length < 3) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = line[a];
    const [bx, by] = line[b];
    const len = Math.hypot(bx - ax, by - ay);
    let far = -1;
    let worst = tol;
    for (let k = a + 1; k < b; k++) {
      const [px, py] = line[k];
      const d =
        len === 0
          ? Math.hypot(px - ax, py - ay)
          : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (d > worst) [far, worst] = [k, d];
    }
    if (far < 0) continue;
    keep[far] = 1;
    stack.push([a, far], [far, b]);
  }
  return line.filter((_, k) => keep[k]);
}

/**
 * An SVG path of segments [i0, j0, i1, j1, …], each point mapped through `map` to
 * pixels. Segments that meet are joined into one line (marching squares cuts a
 * contour at every cell edge), and each line keeps only the points it needs to
 * stay within CONTOUR_TOLERANCE_PX: the same drawing in a fraction of the bytes.
 */
export function segmentsPath(
  seg: readonly number[],
  map: (i: number, j: number) => [number, number],
  tolerance = CONTOUR_TOLERANCE_PX,
): string {
  // Points are matched in grid units rounded far below a pixel: the two cells
  // that share an edge interpolate its crossing from opposite ends. A segment
  // of no length (a sample exactly on the level) is left out.
  const points: [number, number][] = [];
  const keys: string[] = [];
  const key = (i: number, j: number) => `${Math.round(i * 1e7)} ${Math.round(j * 1e7)}`;
  for (let k = 0; k + 3 < seg.length; k += 4) {
    const [a, b] = [key(seg[k], seg[k + 1]), key(seg[k + 2], seg[k + 3])];
    if (a === b) continue;
    points.push(map(seg[k], seg[k + 1]), map(seg[k + 2], seg[k + 3]));
    keys.push(a, b);
  }
  const ends = new Map<string, number[]>();
  for (let p = 0; p < keys.length; p++) {
    const list = ends.get(keys[p]);
    if (list) list.push(p);
    else ends.set(keys[p], [p]);
  }
  const used = new Uint8Array(keys.length / 2);
  // The other end of segment s from its point p (points 2s and 2s + 1 belong to segment s).
  const other = (p: number) => p ^ 1;
  const next = (p: number) => ends.get(keys[p])!.find((q) => q !== p && !used[q >> 1]);
  let d = '';
  for (let s = 0; s < used.length; s++) {
    if (used[s]) continue;
    used[s] = 1;
    const line = [2 * s, 2 * s + 1];
    // Grow forwards from the segment's end, then backwards from its start.
    for (let q = next(line[line.length - 1]); q !== undefined; q = next(line[line.length - 1])) {
      used[q >> 1] = 1;
      line.push(other(q));
    }
    for (let q = next(line[0]); q !== undefined; q = next(line[0])) {
      used[q >> 1] = 1;
      line.unshift(other(q));
    }
    const closed = line.length > 2 && keys[line[0]] === keys[line[line.length - 1]];
    const drawn = simplify(
      line.map((p) => points[p]),
      tolerance,
    );
    if (closed) drawn.pop();
    d +=
      drawn
        .map(([x, y], k) => `${k === 0 ? 'M' : k === 1 ? 'L' : ' '}${num(x)} ${num(y)}`)
        .join('') + (closed ? 'Z' : '');
  }
  return d;
}
