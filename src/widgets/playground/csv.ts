// Reads the playground's "your own data" CSV: one point per line as x, y, label.
// Pure and never throws: it returns the points or the FIRST problem, naming the
// line. Coordinates must lie inside the playground's view (−1.5 to 1.5 on both
// axes, no rescaling), so every point loaded is drawn where the file says.

/** One point of the reader's own data: its place and its class (0 to 3). */
export interface OwnPoint {
  x: number;
  y: number;
  label: number;
}

/** The limits on a CSV file: its size in bytes, its number of points, the coordinates' range and the classes. */
export const CSV_LIMITS = {
  bytes: 200 * 1024,
  points: 2000,
  min: -1.5,
  max: 1.5,
  classes: 4,
} as const;

/** The points read, or the first problem in words (e.g. "line 4: “abc” is not a number (x)"). */
export type CsvResult = { ok: true; points: OwnPoint[] } | { ok: false; message: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const HEADER = /^x\s*,\s*y\s*,\s*label$/i;

/** Short and safe to show: at most 20 characters, non-printing ones dropped, in curly quotes. */
function quote(raw: string): string {
  const clean = raw.replace(/[^\x20-\x7e]/g, '');
  return `“${clean.length > 20 ? `${clean.slice(0, 20)}…` : clean}”`;
}

const minus = (v: number) => String(v).replace('-', '−');

/** Reads a coordinate, or says what is wrong with it. */
function coordinate(raw: string, axis: 'x' | 'y'): number | string {
  const v = NUMBER.test(raw) ? Number(raw) : NaN;
  if (!Number.isFinite(v)) return `${quote(raw)} is not a number (${axis})`;
  if (v < CSV_LIMITS.min || v > CSV_LIMITS.max) {
    return `${axis} = ${minus(v)} is outside the plot (${minus(CSV_LIMITS.min)} to ${CSV_LIMITS.max})`;
  }
  return v;
}

/** Parses CSV text (`bytes` is the file's size, when known) into points or the first error. */
export function parseCsv(text: string, bytes = text.length): CsvResult {
  if (bytes > CSV_LIMITS.bytes) {
    return {
      ok: false,
      message: `the file is ${Math.ceil(bytes / 1024)} KB; the limit is ${CSV_LIMITS.bytes / 1024} KB`,
    };
  }
  if (text.includes('\0') || text.includes('\uFFFD')) {
    return {
      ok: false,
      message:
        'this is not a text file (it holds binary bytes such as NUL); expected lines of x, y, label',
    };
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const points: OwnPoint[] = [];
  let seenContent = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const at = `line ${i + 1}: `;
    if (!seenContent) {
      seenContent = true;
      if (HEADER.test(line)) continue;
    }
    const cells = line.split(',').map((c) => c.trim());
    if (cells.length !== 3)
      return { ok: false, message: `${at}expected 3 values, found ${cells.length}` };
    const x = coordinate(cells[0], 'x');
    if (typeof x === 'string') return { ok: false, message: at + x };
    const y = coordinate(cells[1], 'y');
    if (typeof y === 'string') return { ok: false, message: at + y };
    const label = /^\d+$/.test(cells[2]) ? Number(cells[2]) : NaN;
    if (!(label < CSV_LIMITS.classes)) {
      const shown = Number.isFinite(label) ? String(label) : quote(cells[2]);
      return {
        ok: false,
        message: `${at}label ${shown} is not a class 0–${CSV_LIMITS.classes - 1}`,
      };
    }
    if (points.length === CSV_LIMITS.points) {
      return {
        ok: false,
        message: `${at}more than ${CSV_LIMITS.points.toLocaleString('en')} points; the limit is ${CSV_LIMITS.points.toLocaleString('en')}`,
      };
    }
    points.push({ x, y, label });
  }
  if (points.length === 0)
    return { ok: false, message: 'the file holds no points; expected lines of x, y, label' };
  return { ok: true, points };
}
