// What a learner's browser keeps: one client id for good, and the class it
// joined (code and token), so that a reload rejoins where the class is.
import type { KeyValue } from '../answer-queue.ts';

/** The class this browser joined. */
export interface Membership {
  code: string;
  token: string;
  name: string | null;
}

const CLIENT = 'nn-live-client';
const JOINED = 'nn-live-joined';

/** localStorage, or a map for this visit when the browser refuses storage. */
export function storage(): KeyValue {
  try {
    localStorage.setItem('nn-live-probe', '1');
    localStorage.removeItem('nn-live-probe');
    return localStorage;
  } catch {
    const m = new Map<string, string>();
    return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
  }
}

/** This browser's client id, made once. */
export function clientId(store: KeyValue): string {
  let id = store.getItem(CLIENT);
  if (!id || !/^[\w-]{8,64}$/.test(id)) {
    id = crypto.randomUUID();
    store.setItem(CLIENT, id);
  }
  return id;
}

/** The class joined earlier, if any. */
export function loadMembership(store: KeyValue): Membership | null {
  try {
    const v = JSON.parse(store.getItem(JOINED) ?? 'null') as Membership | null;
    return v && typeof v.code === 'string' && typeof v.token === 'string' ? v : null;
  } catch {
    return null;
  }
}

/** Keeps (or, with null, forgets) the class joined. */
export function saveMembership(store: KeyValue, m: Membership | null): void {
  store.setItem(JOINED, m ? JSON.stringify(m) : 'null');
}
