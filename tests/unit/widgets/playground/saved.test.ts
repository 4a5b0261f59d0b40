import { describe, expect, it } from 'vitest';
import {
  SAVED_POINTS_KEY,
  decodePoints,
  encodePoints,
  loadSavedPoints,
  savePoints,
} from '../../../../src/widgets/playground/saved.ts';

/** A Map-backed Storage, optionally refusing writes like a full quota. */
function memory(full = false): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      m.set(k, String(v));
    },
    removeItem: (k) => void m.delete(k),
  };
}

describe('the playground’s saved points', () => {
  const pts = [
    { x: 0.5, y: -1.25, label: 0 },
    { x: -1.5, y: 1.5, label: 3 },
  ];
  it('round-trip through storage', () => {
    const s = memory();
    expect(savePoints(s, pts)).toBe(true);
    expect(s.getItem(SAVED_POINTS_KEY)).toBe('{"version":1,"points":[[0.5,-1.25,0],[-1.5,1.5,3]]}');
    expect(loadSavedPoints(s)).toEqual({ ok: true, points: pts });
    savePoints(s, []);
    expect(loadSavedPoints(s)).toBeNull();
  });
  it('refuse damaged data with a message, and remove it', () => {
    expect(decodePoints('{"version":1,"points":[[0.5')).toEqual({
      ok: false,
      message: 'they are not valid JSON',
    });
    expect(decodePoints('[1,2]')).toMatchObject({
      ok: false,
      message: 'they are not in the format this page writes',
    });
    expect(decodePoints('{"version":2,"points":[]}').ok).toBe(false);
    expect(decodePoints('{"version":1,"points":[[0,0,0],[2,0,0]]}')).toEqual({
      ok: false,
      message: 'point 2 is damaged',
    });
    expect(decodePoints('{"version":1,"points":[[0,0,4]]}').ok).toBe(false);
    expect(decodePoints('{"version":1,"points":[[0,0,0.5]]}').ok).toBe(false);
    expect(decodePoints('{"version":1,"points":[[0,null,1]]}').ok).toBe(false);
    const many = Array.from({ length: 2001 }, () => pts[0]);
    expect(decodePoints(encodePoints(many))).toEqual({
      ok: false,
      message: 'there are 2001, more than the 2000 allowed',
    });
    const s = memory();
    s.setItem(SAVED_POINTS_KEY, 'garbage');
    expect(loadSavedPoints(s)?.ok).toBe(false);
    expect(s.getItem(SAVED_POINTS_KEY)).toBeNull();
  });
  it('say so when the browser refuses to save', () => {
    expect(savePoints(memory(true), pts)).toBe(false);
    expect(savePoints(undefined, pts)).toBe(false);
  });
});
