// What this browser keeps of a class sign-in: the session (class code, the
// learner's token and name, when they signed in) under a versioned key, this
// device's id, and the last status the server gave (for offline visits). Pure
// apart from the key-value store passed in.
import type { KeyValue } from '../live/answer-queue.ts';
import type { ClassMe } from './api.ts';
import { readLink } from './link.ts';

/** A class this browser is signed in to. */
export interface Session {
  code: string;
  token: string;
  learnerId: string;
  name: string;
  className: string;
  /** When this browser signed in (ms): attempts before it are "earlier answers". */
  signedInAt: number;
}

/** The localStorage keys (the format version is part of each name). */
export const KEYS = {
  session: 'nn-class:session:v1',
  device: 'nn-class:device:v1',
  me: 'nn-class:me:v1',
  outbox: (code: string, learnerId: string) => `nn-class:outbox:v1:${code}:${learnerId}`,
} as const;

const text = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= max;

/** The session kept in `store`, if it is a well-formed one (a damaged value counts as signed out). */
export function loadSession(store: KeyValue): Session | null {
  try {
    const v = JSON.parse(store.getItem(KEYS.session) ?? 'null') as Record<string, unknown> | null;
    if (!v || typeof v !== 'object') return null;
    const { code, token, learnerId, name, className, signedInAt } = v;
    if (!text(code, 6) || !text(token, 128)) return null;
    // The same strict reading as a link, so a value planted in storage is no better than a bad link.
    const link = readLink(`code=${code}&token=${token}`);
    if (link.kind !== 'link') return null;
    if (!text(learnerId, 64) || !text(name, 200) || !text(className, 200)) return null;
    if (typeof signedInAt !== 'number' || !Number.isFinite(signedInAt)) return null;
    return { code: link.code, token: link.token, learnerId, name, className, signedInAt };
  } catch {
    return null;
  }
}

/** Keeps the session (or, with null, forgets it and the status kept with it); false when storage refused. */
export function saveSession(store: KeyValue, s: Session | null): boolean {
  try {
    if (s) store.setItem(KEYS.session, JSON.stringify(s));
    else {
      store.setItem(KEYS.session, 'null');
      store.setItem(KEYS.me, 'null');
    }
    return true;
  } catch {
    return false;
  }
}

/** The session that signing in with `token` makes from the server's answer. */
export function sessionFrom(me: ClassMe, token: string, now: number): Session {
  return {
    code: me.code,
    token,
    learnerId: me.learnerId,
    name: me.name,
    className: me.className,
    signedInAt: now,
  };
}

/** This device's id (8–64 URL-safe characters), made once. */
export function deviceId(store: KeyValue, random: () => Uint8Array): string {
  let id = store.getItem(KEYS.device);
  if (!id || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) {
    id = `dev-${[...random()].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    try {
      store.setItem(KEYS.device, id);
    } catch {
      // Not kept: this visit uses a fresh id, which the gradebook shows as one more device.
    }
  }
  return id;
}

/** The status kept from the last answer of the server, if it belongs to `s`. */
export function loadMe(store: KeyValue, s: Session): ClassMe | null {
  try {
    const v = JSON.parse(store.getItem(KEYS.me) ?? 'null') as ClassMe | null;
    return v && v.code === s.code && v.learnerId === s.learnerId && Array.isArray(v.assignments)
      ? v
      : null;
  } catch {
    return null;
  }
}

/** Keeps the server's latest status for offline visits. */
export function saveMe(store: KeyValue, me: ClassMe): void {
  try {
    store.setItem(KEYS.me, JSON.stringify(me));
  } catch {
    // Too big or refused: the next visit asks the server again.
  }
}

/** Every poll of the class's published assignments (the only ones the server takes attempts at). */
export function assignedPolls(me: ClassMe | null): Set<string> {
  return new Set(me?.assignments.flatMap((a) => a.assignment.polls) ?? []);
}
