// The playground keeps "your own data" in this browser, so a reload does not
// lose the points (they are too many for the address). What is read back is
// checked like a CSV file: bad data is refused with a message, never drawn.
import { CSV_LIMITS, type OwnPoint } from './csv.ts';

/** The localStorage key (versioned, so a future format can tell old data apart). */
export const SAVED_POINTS_KEY = 'nn-course:playground-points:v1';

/** Saved points read back: the points, or why they could not be used. */
export type SavedPoints = { ok: true; points: OwnPoint[] } | { ok: false; message: string };

const inView = (v: unknown) =>
  typeof v === 'number' && Number.isFinite(v) && v >= CSV_LIMITS.min && v <= CSV_LIMITS.max;

/** The stored text for these points. */
export function encodePoints(points: readonly OwnPoint[]): string {
  return JSON.stringify({ version: 1, points: points.map((p) => [p.x, p.y, p.label]) });
}

/** Reads stored text back, checking every point (place inside the view, class 0 to 3, at most the CSV limit). */
export function decodePoints(text: string): SavedPoints {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'they are not valid JSON' };
  }
  const d = data as { version?: unknown; points?: unknown };
  if (!d || typeof d !== 'object' || d.version !== 1 || !Array.isArray(d.points))
    return { ok: false, message: 'they are not in the format this page writes' };
  if (d.points.length > CSV_LIMITS.points)
    return {
      ok: false,
      message: `there are ${d.points.length}, more than the ${CSV_LIMITS.points} allowed`,
    };
  const points: OwnPoint[] = [];
  for (const [i, p] of d.points.entries()) {
    const ok =
      Array.isArray(p) &&
      p.length === 3 &&
      inView(p[0]) &&
      inView(p[1]) &&
      Number.isInteger(p[2]) &&
      p[2] >= 0 &&
      p[2] < CSV_LIMITS.classes;
    if (!ok) return { ok: false, message: `point ${i + 1} is damaged` };
    points.push({ x: p[0], y: p[1], label: p[2] });
  }
  return { ok: true, points };
}

/** The points saved in this browser: none, the points, or why the saved ones were refused (and then removed). */
export function loadSavedPoints(storage: Storage | undefined): SavedPoints | null {
  let text: string | null = null;
  try {
    text = storage?.getItem(SAVED_POINTS_KEY) ?? null;
  } catch {
    return null; // storage blocked: nothing was saved either
  }
  if (text === null) return null;
  const r = decodePoints(text);
  if (!r.ok) {
    try {
      storage?.removeItem(SAVED_POINTS_KEY);
    } catch {
      // Nothing more to do: the damaged copy is simply not used.
    }
  }
  return r;
}

/** Saves the points (removes the key when there are none); false when the browser refused. */
export function savePoints(storage: Storage | undefined, points: readonly OwnPoint[]): boolean {
  try {
    if (points.length === 0) storage?.removeItem(SAVED_POINTS_KEY);
    else storage?.setItem(SAVED_POINTS_KEY, encodePoints(points));
    return storage !== undefined;
  } catch {
    return false;
  }
}
