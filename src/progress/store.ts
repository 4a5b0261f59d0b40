// The learner's progress in the browser: the attempt log in a nanostore,
// persisted with @nanostores/persistent under a versioned key, validated on
// load, shared between tabs (storage events), and never lost silently:
// unusable storage falls back to memory with a notice, and a corrupt or
// future-version value is kept aside under a backup key before starting afresh.
import { atom, computed, type WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { appendAttempt, emptyStore, loadStore, type Attempt, type ProgressStore } from './log.ts';
import { pollStates } from './derive.ts';

/** The localStorage key of the progress (the version is part of the name). */
export const PROGRESS_KEY = 'nn-course:progress:v1';
/** Where an unreadable saved value is kept aside (with the time appended). */
export const BACKUP_PREFIX = 'nn-course:progress:backup:';

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

function start(): void {
  const storage = usableStorage();
  if (!storage) {
    $storageNotice.set({ kind: 'memory' });
    return;
  }
  const { store, notice } = recover(storage, Date.now());
  $storageNotice.set(notice);
  if (notice?.kind === 'recovered' && notice.backupKey === null) {
    // The unreadable value could not be copied: keep it, and save nothing over it.
    $progress.set(store);
    return;
  }
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

function save(next: ProgressStore): void {
  $progress.set(next);
  if (!saved) return;
  try {
    saved.set(next);
  } catch {
    // Quota exceeded or storage revoked: keep going in memory and say so.
    saved = null;
    $storageNotice.set({ kind: 'memory' });
  }
}

/** Appends one graded attempt to the log. */
export function recordAttempt(attempt: Attempt): void {
  save(appendAttempt($progress.get(), attempt));
}

/** Replaces the whole log (after an import that the learner confirmed). */
export function replaceProgress(store: ProgressStore): void {
  save(store);
}

/** Clears the log (after the learner confirmed). */
export function resetProgress(): void {
  save(emptyStore());
}

/** Hides a notice the learner has read. */
export function dismissNotice(): void {
  $storageNotice.set(null);
}

if (typeof window !== 'undefined') start();
