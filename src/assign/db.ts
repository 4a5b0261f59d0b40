// The gradebook's storage: IndexedDB in the teacher's browser, one record per
// report, so two tabs (or two imports) add records side by side instead of
// overwriting one shared list, and there is no limit but the browser's quota.
// An assignment is identified by its id AND key (its fingerprint), so a
// look-alike link with the same id opens a gradebook of its own. Nothing is
// deleted here unless the teacher asked for it.
import type { Assignment } from './assignment.ts';
import type { Flag } from './gradebook.ts';

/** An assignment the gradebook knows: its link code, and whether the teacher archived it. */
export interface SavedAssignment {
  fp: string;
  code: string;
  title: string;
  /** When this browser first saw it (ms). */
  addedAt: number;
  archived: boolean;
  /** When the teacher last opened its gradebook (ms). */
  openedAt?: number;
  /** The reports saved by the older gradebook (one list per id) were copied in. */
  migrated?: boolean;
}

/** One imported report. */
export interface SavedReport {
  /** fingerprint + digest of the code: the same report imported twice is one record. */
  id: string;
  fp: string;
  code: string;
  source: string;
  batch: string;
  importedAt: number;
  /** When the teacher chose this report to count for its learner. */
  chosenAt?: number;
}

/** One refused code or file, kept for the "Not counted" list. */
export interface SavedRefusal {
  id: string;
  fp: string;
  batch: string;
  source: string;
  flag: Flag;
  detail?: string;
  name?: string;
  at: number;
}

const DB_NAME = 'nn-course-gradebook';
const STORES = ['assignments', 'reports', 'refused'] as const;
type Store = (typeof STORES)[number];

/** An assignment's fingerprint: id and key together. */
export const fingerprint = (a: Assignment) => `${a.id}.${a.key}`;

/** A report's record id: the fingerprint and the first 16 bytes of the code's SHA-256, in hex. */
export async function reportId(fp: string, code: string): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code)));
  return `${fp}:${[...d.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(DB_NAME, 1);
    r.onupgradeneeded = () => {
      const db = r.result;
      db.createObjectStore('assignments', { keyPath: 'fp' });
      db.createObjectStore('reports', { keyPath: 'id' }).createIndex('fp', 'fp');
      db.createObjectStore('refused', { keyPath: 'id' }).createIndex('fp', 'fp');
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB cannot be opened'));
    r.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  }).catch((e: unknown) => {
    opening = null;
    throw e;
  });
  return opening;
}

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });

/**
 * Runs `work` in one transaction over `stores` and resolves once it is
 * committed. Any error (a full quota included) aborts it: all or nothing.
 */
async function transact<T>(
  stores: Store[],
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction) => Promise<T> | T,
): Promise<T> {
  const tx = (await open()).transaction(stores, mode);
  const committed = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
  try {
    const result = await work(tx);
    await committed;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    committed.catch(() => undefined);
    throw e;
  }
}

/** Saves reports (all or none). */
export function saveReports(list: readonly SavedReport[]): Promise<void> {
  return transact(['reports'], 'readwrite', (tx) => {
    const s = tx.objectStore('reports');
    for (const r of list) s.put(r);
  });
}

/** Saves refusals for the "Not counted" list (all or none). */
export function saveRefusals(list: readonly SavedRefusal[]): Promise<void> {
  return transact(['refused'], 'readwrite', (tx) => {
    const s = tx.objectStore('refused');
    for (const r of list) s.put(r);
  });
}

/** Every saved report of an assignment. */
export function listReports(fp: string): Promise<SavedReport[]> {
  return transact(['reports'], 'readonly', (tx) =>
    request(tx.objectStore('reports').index('fp').getAll(fp) as IDBRequest<SavedReport[]>),
  );
}

/** Every saved refusal of an assignment, oldest first. */
export async function listRefusals(fp: string): Promise<SavedRefusal[]> {
  const list = await transact(['refused'], 'readonly', (tx) =>
    request(tx.objectStore('refused').index('fp').getAll(fp) as IDBRequest<SavedRefusal[]>),
  );
  return list.sort((x, y) => x.at - y.at || x.id.localeCompare(y.id));
}

/** Removes one report (the teacher asked). */
export function removeReport(id: string): Promise<void> {
  return transact(['reports'], 'readwrite', (tx) => void tx.objectStore('reports').delete(id));
}

/** Makes a report the one that counts for its learner (read and written in one transaction). */
export function chooseReport(id: string, at: number): Promise<void> {
  return transact(['reports'], 'readwrite', async (tx) => {
    const s = tx.objectStore('reports');
    const r = (await request(s.get(id))) as SavedReport | undefined;
    if (r) s.put({ ...r, chosenAt: at });
  });
}

async function deleteByFp(tx: IDBTransaction, store: Store, fp: string) {
  const keys = await request(tx.objectStore(store).index('fp').getAllKeys(fp));
  for (const k of keys) tx.objectStore(store).delete(k);
}

/** Removes every report and refusal of an assignment (the teacher asked). */
export function clearAssignment(fp: string): Promise<void> {
  return transact(['reports', 'refused'], 'readwrite', async (tx) => {
    await deleteByFp(tx, 'reports', fp);
    await deleteByFp(tx, 'refused', fp);
  });
}

/** Empties an assignment's "Not counted" list (the teacher asked). */
export function clearRefusals(fp: string): Promise<void> {
  return transact(['refused'], 'readwrite', (tx) => deleteByFp(tx, 'refused', fp));
}

/** Adds an assignment, or updates it keeping what is not given (read and written in one transaction). */
export function saveAssignment(
  a: Pick<SavedAssignment, 'fp' | 'code' | 'title'> & Partial<SavedAssignment>,
): Promise<SavedAssignment> {
  return transact(['assignments'], 'readwrite', async (tx) => {
    const s = tx.objectStore('assignments');
    const old = (await request(s.get(a.fp))) as SavedAssignment | undefined;
    const next: SavedAssignment = {
      addedAt: Date.now(),
      archived: false,
      ...old,
      ...Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)),
    } as SavedAssignment;
    s.put(next);
    return next;
  });
}

/** Every assignment the gradebook knows, newest first. */
export async function listAssignments(): Promise<SavedAssignment[]> {
  const list = await transact(['assignments'], 'readonly', (tx) =>
    request(tx.objectStore('assignments').getAll() as IDBRequest<SavedAssignment[]>),
  );
  return list.sort((x, y) => y.addedAt - x.addedAt);
}

/** Whether an error is the browser's storage being full. */
export const isQuotaError = (e: unknown) =>
  e instanceof DOMException && e.name === 'QuotaExceededError';

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(DB_NAME);

/** Tells the other tabs that an assignment's saved data changed. */
export function announce(fp: string): void {
  channel?.postMessage({ fp });
}

/** Calls `f` with the fingerprint whenever another tab changed saved data; returns the unsubscribe. */
export function onAnnounce(f: (fp: string) => void): () => void {
  const h = (e: MessageEvent) => {
    const fp = (e.data as { fp?: unknown } | null)?.fp;
    if (typeof fp === 'string') f(fp);
  };
  channel?.addEventListener('message', h);
  return () => channel?.removeEventListener('message', h);
}

/** A refusal's record id: the same refusal restored twice is one record. */
export const refusalId = (fp: string, r: Pick<SavedRefusal, 'batch' | 'source' | 'at'>) =>
  `${fp}|${r.batch}|${r.source}|${r.at}`;
