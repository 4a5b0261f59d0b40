import { describe, expect, it } from 'vitest';
import {
  contourSegments,
  quantileLevels,
  segmentsPath,
} from '../../../../src/widgets/descent/contours.ts';

/** Samples f(i, j) on an nx × ny grid, row j at a time. */
function grid(nx: number, ny: number, f: (i: number, j: number) => number): Float64Array {
  const v = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) v[j * nx + i] = f(i, j);
  return v;
}

describe('contourSegments', () => {
  it('finds a plane’s level line exactly (linear interpolation is exact on a plane)', () => {
    const v = grid(5, 5, (i, j) => i + j);
    const seg = contourSegments(v, 5, 5, 3.5);
    expect(seg.length).toBeGreaterThan(0);
    for (let k = 0; k < seg.length; k += 2) expect(seg[k] + seg[k + 1]).toBeCloseTo(3.5, 12);
  });

  it('draws a closed ring around a bowl’s minimum, close to the true circle', () => {
    const n = 41;
    const c = (n - 1) / 2;
    const v = grid(n, n, (i, j) => (i - c) ** 2 + (j - c) ** 2);
    const seg = contourSegments(v, n, n, 99.5); // radius 9.97, between grid points
    expect(seg.length / 4).toBeGreaterThan(40);
    for (let k = 0; k < seg.length; k += 2)
      expect(Math.hypot(seg[k] - c, seg[k + 1] - c)).toBeCloseTo(10, 0);
    // Every endpoint is shared by exactly two segments: the ring is closed.
    const key = (k: number) => `${seg[k].toFixed(9)},${seg[k + 1].toFixed(9)}`;
    const counts = new Map<string, number>();
    for (let k = 0; k < seg.length; k += 2) counts.set(key(k), (counts.get(key(k)) ?? 0) + 1);
    for (const count of counts.values()) expect(count).toBe(2);
  });

  it('settles a saddle cell by its mean: two segments cutting off the corners on the other side', () => {
    // a = 1 (above), b = 0, c = 1 (above), d = 0; mean 0.5 ≥ 0.5, so a and c join through the center.
    const seg = contourSegments([1, 0, 0, 1], 2, 2, 0.5);
    expect(seg).toEqual([0.5, 0, 1, 0.5, 0.5, 1, 0, 0.5]);
    // Below the mean the other pairing: the lines cut off a and c.
    const other = contourSegments([1, 0, 0, 1], 2, 2, 0.6);
    expect(other.length).toBe(8);
    expect([other[0], other[1]]).toEqual([0, 0.4]);
  });

  it('gives nothing for a level outside the values, and skips cells with non-finite samples', () => {
    expect(
      contourSegments(
        grid(3, 3, (i, j) => i * j),
        3,
        3,
        10,
      ),
    ).toEqual([]);
    expect(contourSegments([0, 1, NaN, 1], 2, 2, 0.5)).toEqual([]);
  });
});

describe('quantileLevels', () => {
  it('gives distinct ascending levels at evenly spaced quantiles', () => {
    const values = Array.from({ length: 100 }, (_, k) => k);
    expect(quantileLevels(values, 4)).toEqual([20, 40, 60, 80]);
    expect(quantileLevels([5, 5, 5, 5], 3)).toEqual([5]);
    expect(quantileLevels([NaN, Infinity], 3)).toEqual([]);
  });
});

describe('segmentsPath', () => {
  const scale = (i: number, j: number): [number, number] => [10 * i, 100 - 10 * j];

  it('writes a segment as a move and a line through the mapping, with at most one decimal', () => {
    expect(segmentsPath([0, 0, 1, 2], scale)).toBe('M0 100L10 80');
    expect(segmentsPath([0.123, 0, 1, 2.46], scale)).toBe('M1.2 100L10 75.4');
  });

  it('joins segments that meet into one line, whichever way round they were found', () => {
    // (0,0)–(1,1), then (2,0)–(1,1) reversed, then (2,0)–(3,2): one line from (0,0) to (3,2).
    const seg = [0, 0, 1, 1, 2, 0, 1, 1, 2, 0, 3, 2];
    expect(segmentsPath(seg, scale)).toBe('M0 100L10 90 20 100 30 80');
  });

  it('drops points that lie on the line within the tolerance, keeps corners', () => {
    // Three segments along one straight line, then a corner.
    const seg = [0, 0, 1, 0, 1, 0, 2, 0.001, 2, 0.001, 3, 0, 3, 0, 3, 1];
    expect(segmentsPath(seg, scale)).toBe('M0 100L30 100 30 90');
  });

  it('closes a ring that comes back to its start', () => {
    const seg = [0, 0, 1, 0, 1, 0, 1, 1, 1, 1, 0, 1, 0, 1, 0, 0];
    expect(segmentsPath(seg, scale)).toBe('M0 100L10 100 10 90 0 90Z');
  });

  it('stays within the tolerance of the marching-squares lines of a circle, with far fewer points', () => {
    const n = 41;
    const v = grid(n, n, (i, j) => Math.hypot(i - 20, j - 20));
    const seg = contourSegments(v, n, n, 15);
    const d = segmentsPath(seg, scale);
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d.endsWith('Z')).toBe(true);
    const drawn = d.slice(1, -1).replace('L', ' ').split(' ').map(Number);
    // Fewer than half the points the unjoined segments drew (two per segment).
    expect(drawn.length / 2).toBeLessThan(seg.length / 4);
    // Every marching-squares point is within tolerance (plus rounding) of the drawn polygon.
    const px: [number, number][] = [];
    for (let k = 0; k < drawn.length; k += 2) px.push([drawn[k], drawn[k + 1]]);
    const toSegment = (p: [number, number], a: [number, number], b: [number, number]) => {
      const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
      const t = Math.max(
        0,
        Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)),
      );
      return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
    };
    for (let k = 0; k < seg.length; k += 2) {
      const p = scale(seg[k], seg[k + 1]);
      const near = Math.min(...px.map((a, m) => toSegment(p, a, px[(m + 1) % px.length])));
      expect(near).toBeLessThan(0.25 + 0.1);
    }
  });
});
