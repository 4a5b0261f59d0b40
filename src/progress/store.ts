// The learner's progress in the browser: the attempt log in a nanostore,
// persisted with @nanostores/persistent under a versioned key, validated on
// load, shared between tabs (storage events), and never lost silently:
// unusable storage falls back to memory with a notice, and a corrupt or
// future-version value is kept aside under a backup key before starting afresh,
// and the learner is told on every page until they dismiss it.
import { atom, computed, type WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import {
  appendAttempt,
  emptyStore,
  loadStore,
  mergeStores,
  type Attempt,
  type ProgressStore,
} from './log.ts';
import { pollStates } from './derive.ts';
import { BACKUP_PREFIX, backupReason, markSeen, salvage, unseenBackup } from './backup.ts';

export { BACKUP_PREFIX };
/** The localStorage key of the progress (the version is part of the name). */
export const PROGRESS_KEY = 'nn-course:progress:v1';

/** Something the learner must be told about their saved progress. */
export type StorageNotice =
  | { kind: 'memory' }
  | { kind: 'recovered'; reason: 'corrupt' | 'future'; backupKey: string | null };

/** The part of Web Storage this module uses (a fake one in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Reads the saved progress from storage. An unreadable value is copied to a
 * backup key and removed, so the course starts afresh without destroying it;
 * an older format is migrated and written back. Mutates storage.
 */
export function recover(
  storage: StorageLike,
  now: number,
): { store: ProgressStore; notice: StorageNotice | null } {
  const raw = storage.getItem(PROGRESS_KEY);
  if (raw === null) return { store: emptyStore(), notice: null };
  const r = loadStore(raw);
  if (r.ok) {
    if (r.migrated) storage.setItem(PROGRESS_KEY, JSON.stringify(r.store));
    return { store: r.store, notice: null };
  }
  let backupKey: string | null = BACKUP_PREFIX + new Date(now).toISOString();
  try {
    storage.setItem(backupKey, raw);
  } catch {
    backupKey = null; // no room for a copy: leave the value where it is, and do not overwrite it
    return { store: emptyStore(), notice: { kind: 'recovered', reason: r.reason, backupKey } };
  }
  storage.removeItem(PROGRESS_KEY);
  return { store: emptyStore(), notice: { kind: 'recovered', reason: r.reason, backupKey } };
}

/** localStorage if it can actually be written (private modes may refuse), else null. */
function usableStorage(): Storage | null {
  try {
    const s = window.localStorage;
    const probe = 'nn-course:probe';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

/** The attempt log (in memory; saved whenever storage allows). */
export const $progress = atom<ProgressStore>(emptyStore());
/** What the learner must be told about storage, or null. */
export const $storageNotice = atom<StorageNotice | null>(null);
/** Every attempted poll's state, by poll id, derived from the log. */
export const $pollStates = computed($progress, (s) => pollStates(s.attempts));

let saved: WritableAtom<ProgressStore> | null = null;
let storageInUse: Storage | null = null;

// Where a page without storage leaves its progress for the same-origin pages in its frames.
const SHARED = '__nnProgress';
type Host = Window & { [SHARED]?: WritableAtom<ProgressStore> };

/**
 * Without storage, pages cannot share progress through it, so a page in a
 * same-origin frame (a lesson inside the SCORM player) uses its parent's log:
 * the answers given in the lesson reach the page that reports them to the LMS.
 * The page then offers its own log to its frames in turn.
 */
function shareWithoutStorage(): void {
  let host: WritableAtom<ProgressStore> | undefined;
  try {
    if (window.parent !== window) host = (window.parent as Host)[SHARED];
  } catch {
    host = undefined; // a parent of another origin: nothing to share
  }
  (window as Host)[SHARED] = $progress;
  if (!host) return;
  const parent = host;
  $progress.set(parent.get());
  const stops: (() => void)[] = [];
  const stop = () => stops.splice(0).forEach((f) => f());
  stops.push(
    parent.listen((value) => {
      try {
        $progress.set(value);
      } catch {
        stop(); // this page is gone (a frame that navigated away)
      }
    }),
    $progress.listen((value) => parent.set(value)),
  );
  window.addEventListener('pagehide', stop);
}

function start(): void {
  const storage = usableStorage();
  if (!storage) {
    $storageNotice.set({ kind: 'memory' });
    shareWithoutStorage();
    return;
  }
  storageInUse = storage;
  const { store, notice } = recover(storage, Date.now());
  if (notice?.kind === 'recovered' && notice.backupKey === null) {
    // The unreadable value could not be copied: keep it, and save nothing over it.
    $storageNotice.set(notice);
    $progress.set(store);
    return;
  }
  // A copy kept aside on this or an earlier page stays announced until dismissed.
  const kept = unseenBackup(storage);
  const raw = kept && storage.getItem(kept);
  $storageNotice.set(
    kept && raw !== null ? { kind: 'recovered', reason: backupReason(raw), backupKey: kept } : null,
  );
  saved = persistentAtom<ProgressStore>(PROGRESS_KEY, store, {
    encode: JSON.stringify,
    // Another tab wrote something this version cannot read: keep what we have.
    decode: (text) => {
      const r = loadStore(text);
      return r.ok ? r.store : $progress.get();
    },
  });
  $progress.set(saved.get());
  // Listening also subscribes to other tabs' storage events.
  saved.listen((value) => $progress.set(value));
}

/** Where a change went: into storage, into memory only (storage unusable), or nowhere (no room; nothing changed). */
export type SaveResult = 'saved' | 'memory' | 'no-room';

const isQuota = (e: unknown) => e instanceof DOMException && e.name === 'QuotaExceededError';

function save(next: ProgressStore, allOrNothing: boolean): SaveResult {
  if (!saved) {
    $progress.set(next);
    return 'memory';
  }
  try {
    saved.set(next);
    return 'saved';
  } catch (e) {
    // Too big for the room left (an import): refuse it whole, and keep saving smaller changes.
    if (allOrNothing && isQuota(e)) return 'no-room';
    // Quota exceeded by an answer, or storage revoked: keep going in memory and say so.
    saved = null;
    $progress.set(next);
    $storageNotice.set({ kind: 'memory' });
    return 'memory';
  }
}

/** Appends one graded attempt to the log. */
export function recordAttempt(attempt: Attempt): void {
  save(appendAttempt($progress.get(), attempt), false);
}

/** Replaces the whole log (after an import that the learner confirmed); nothing changes if it does not fit. */
export function replaceProgress(store: ProgressStore): SaveResult {
  return save(store, true);
}

/** Clears the log (after the learner confirmed). */
export function resetProgress(): void {
  save(emptyStore(), false);
}

/** Hides a notice the learner has read, on every page from now on. */
export function dismissNotice(): void {
  const notice = $storageNotice.get();
  if (notice?.kind === 'recovered' && notice.backupKey && storageInUse) {
    markSeen(storageInUse, notice.backupKey);
  }
  $storageNotice.set(null);
}

/** The text of the copy kept under `key`, or null if it is gone. */
export function keptCopy(key: string): string | null {
  try {
    return storageInUse?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** What restoring a kept copy did. */
export type RestoreResult =
  { ok: true; restored: number; dropped: number; saved: SaveResult } | { ok: false };

/** Merges every readable attempt of the copy kept under `key` into the progress; the copy itself stays. */
export function restoreKeptCopy(key: string): RestoreResult {
  const raw = keptCopy(key);
  const found = raw === null ? null : salvage(raw);
  if (!found) return { ok: false };
  const result = save(mergeStores($progress.get(), found.store), true);
  return { ok: true, restored: found.store.attempts.length, dropped: found.dropped, saved: result };
}

if (typeof window !== 'undefined') start();
