// Saved progress that could not be read is kept aside under a backup key
// (store.ts). These helpers find a kept copy the learner has not yet dealt
// with, remember a dismissal, and recover what can be read from a copy.
// Pure apart from the storage passed in.
import { checkAttempt, loadStore, STORE_VERSION, type Attempt, type ProgressStore } from './log.ts';

/** Where an unreadable saved value is kept aside (with the time appended). */
export const BACKUP_PREFIX = 'nn-course:progress:backup:';
/** The backup keys the learner has dismissed the notice for (a JSON array). */
export const SEEN_KEY = 'nn-course:progress:backup-seen';

/** Web Storage as the backup helpers need it (a fake one in tests). */
export interface BackupStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  readonly length: number;
  key(index: number): string | null;
}

function seenKeys(storage: BackupStorage): string[] {
  try {
    const v: unknown = JSON.parse(storage.getItem(SEEN_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

/** The newest kept copy whose notice was not dismissed, or null. */
export function unseenBackup(storage: BackupStorage): string | null {
  const seen = new Set(seenKeys(storage));
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(BACKUP_PREFIX) && !seen.has(k)) keys.push(k);
  }
  // The suffix is an ISO time, so the greatest key is the newest.
  return keys.sort().at(-1) ?? null;
}

/** Remembers that the learner dismissed the notice for `key`; false if storage refused. Mutates storage. */
export function markSeen(storage: BackupStorage, key: string): boolean {
  try {
    storage.setItem(SEEN_KEY, JSON.stringify([...new Set([...seenKeys(storage), key])]));
    return true;
  } catch {
    return false;
  }
}

/** Why a kept copy could not be read: written by a newer version, or damaged. */
export function backupReason(raw: string): 'future' | 'corrupt' {
  const r = loadStore(raw);
  return !r.ok && r.reason === 'future' ? 'future' : 'corrupt';
}

/** What can be recovered from a kept copy: its well-formed attempts and how many were not. */
export interface Salvage {
  store: ProgressStore;
  dropped: number;
}

/**
 * The readable part of a damaged copy: every well-formed attempt of a
 * current-version log. Null when nothing is readable (not JSON, no attempt
 * list, or a newer version this code must not guess at).
 */
export function salvage(raw: string): Salvage | null {
  const whole = loadStore(raw);
  if (whole.ok) return { store: whole.store, dropped: 0 };
  if (whole.reason === 'future') return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const list = (data as { attempts?: unknown } | null)?.attempts;
  if (!Array.isArray(list)) return null;
  const attempts = list
    .map(checkAttempt)
    .filter((a): a is Attempt => typeof a !== 'string');
  if (attempts.length === 0) return null;
  return { store: { version: STORE_VERSION, attempts }, dropped: list.length - attempts.length };
}

/** The file name for downloading the copy kept under `key`. */
export function backupFileName(key: string): string {
  const when = key.slice(BACKUP_PREFIX.length, BACKUP_PREFIX.length + 10) || 'copy';
  return `nn-course-progress-kept-${when}.json`;
}
