// The classes this browser knows: each class's code, teacher secret and name,
// kept in localStorage (the server keeps only the secret's hash, so losing it
// here means losing teacher access unless a backup or a copy of it exists).
import { cleanCode } from '../../live/join-code.ts';

/** A class this browser can act for. */
export interface KnownClass {
  code: string;
  key: string;
  name: string;
}

/** The localStorage key of the list. */
export const KEEP_KEY = 'nn-classes-teacher';

/** A teacher secret as the server makes it (base64url, long): checked before anything is sent. */
export const isSecret = (s: string) => /^[A-Za-z0-9_-]{20,200}$/.test(s);

/** The well-formed entries of a stored value (anything else is dropped, never thrown on). */
export function readKnown(raw: string | null): KnownClass[] {
  let v: unknown;
  try {
    v = JSON.parse(raw ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(v)) return [];
  const out: KnownClass[] = [];
  for (const x of v as Partial<KnownClass>[]) {
    if (!x || typeof x.code !== 'string' || typeof x.key !== 'string') continue;
    const code = cleanCode(x.code);
    if (!code || !isSecret(x.key) || out.some((k) => k.code === code)) continue;
    out.push({
      code,
      key: x.key,
      name: typeof x.name === 'string' ? x.name : code,
    });
  }
  return out;
}

/** The list with `c` in it (replacing an entry of the same code), newest first. */
export function withKnown(list: readonly KnownClass[], c: KnownClass): KnownClass[] {
  return [c, ...list.filter((k) => k.code !== c.code)];
}

/** Reads the list (empty when storage is unavailable). */
export function loadKnown(): KnownClass[] {
  try {
    return readKnown(localStorage.getItem(KEEP_KEY));
  } catch {
    return [];
  }
}

/** Saves the list; false when the browser refused (private mode, full storage). */
export function saveKnown(list: readonly KnownClass[]): boolean {
  try {
    localStorage.setItem(KEEP_KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}
