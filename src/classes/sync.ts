// The class loop in the browser, shared by the class page and the banner on
// every page: while signed in, every attempt the progress log gains at a poll of
// a published assignment goes into the outbox and is sent; the server's status
// is fetched on each page and after each send. Started once per page by
// whichever island mounts first; nothing runs (and nothing is fetched) when
// this browser is not signed in to a class.
import { atom } from 'nanostores';
import { $progress } from '../progress/store.ts';
import { storage } from '../live/ui/learner-store.ts';
import type { KeyValue } from '../live/answer-queue.ts';
import { classApi, sendBatch, type ApiError, type ClassMe } from './api.ts';
import { Outbox, retryDelay, type Refusal } from './outbox.ts';
import {
  KEYS,
  assignedPolls,
  deviceId,
  loadMe,
  loadSession,
  saveMe,
  saveSession,
  type Session,
} from './session.ts';

/** Where sending stands, for the page and the banner. */
export interface SyncState {
  /** Attempts waiting to be sent, by poll id (how many each). */
  waiting: Record<string, number>;
  refused: readonly Refusal[];
  earlierSent: number;
  /** False when the last call found no server; null before the first. */
  reachable: boolean | null;
  /** When the status in $classMe came from the server (ms), or null when it is the kept copy. */
  fresh: number | null;
}

/** The class this browser is signed in to, or null. */
export const $classSession = atom<Session | null>(null);
/** The server's latest answer about this learner (or the copy kept from the last visit). */
export const $classMe = atom<ClassMe | null>(null);
/** The outbox and the connection. */
export const $classSync = atom<SyncState>({
  waiting: {},
  refused: [],
  earlierSent: 0,
  reachable: null,
  fresh: null,
});
/** Said once when the server ended the sign-in (token withdrawn, class deleted). */
export const $classGone = atom<boolean>(false);

let store: KeyValue | null = null;
let outbox: Outbox | null = null;
let failures = 0;
let retryTimer: number | undefined;
let started = false;

const kv = () => (store ??= storage());

function publish(patch: Partial<SyncState> = {}): void {
  const waiting: Record<string, number> = {};
  for (const o of outbox?.pending() ?? []) waiting[o.pollId] = (waiting[o.pollId] ?? 0) + 1;
  $classSync.set({
    ...$classSync.get(),
    waiting,
    refused: outbox?.refused() ?? [],
    earlierSent: outbox?.earlierSent() ?? 0,
    ...patch,
  });
}

/** Queues what the log holds for the assigned polls. */
function take(): number {
  const s = $classSession.get();
  if (!s || !outbox) return 0;
  const n = outbox.take($progress.get().attempts, assignedPolls($classMe.get()), s.signedInAt);
  publish();
  return n;
}

function scheduleRetry(ms: number): void {
  window.clearTimeout(retryTimer);
  retryTimer = window.setTimeout(() => void flush(), ms);
}

/** Sends what waits; on a fault tries again later, doubling the wait. */
async function flush(): Promise<void> {
  const s = $classSession.get();
  const box = outbox;
  if (!s || !box || box.pending().length === 0) return;
  const device = deviceId(kv(), () => crypto.getRandomValues(new Uint8Array(16)));
  const before = box.pending().length;
  const out = await box.flush((batch) => sendBatch(s.code, s.token, device, batch, failures));
  if ($classSession.get() !== s) return;
  if (out.kind === 'retry') {
    failures++;
    publish({ reachable: false });
    scheduleRetry(out.after || retryDelay(failures));
    return;
  }
  if (out.kind === 'stop') return void ended();
  failures = 0;
  publish({ reachable: true });
  // Something arrived: the status changed.
  if (box.pending().length < before) void refresh();
}

/** Asks the server for this learner's status; then queues and sends. */
export async function refresh(): Promise<void> {
  const s = $classSession.get();
  if (!s) return;
  try {
    const me = await classApi.me(s.code, s.token);
    if ($classSession.get() !== s) return;
    $classMe.set(me);
    saveMe(kv(), me);
    outbox?.markSent(me.attempts.map((a) => a.attemptId));
    publish({ reachable: true, fresh: Date.now() });
  } catch (e) {
    const err = e as ApiError;
    if (err.status === 401 || err.status === 404) return ended();
    publish({ reachable: false });
  }
  if (take() > 0 || (outbox?.pending().length ?? 0) > 0) await flush();
}

function ended(): void {
  signOut();
  $classGone.set(true);
}

function use(s: Session | null): void {
  window.clearTimeout(retryTimer);
  failures = 0;
  $classSession.set(s);
  outbox = s ? new Outbox(kv(), KEYS.outbox(s.code, s.learnerId)) : null;
  $classMe.set(s ? loadMe(kv(), s) : null);
  publish({ reachable: null, fresh: null });
  if (s) {
    take();
    void refresh();
  }
}

/** Signs this browser in (after the server accepted the token); false when storage refused it. */
export function signIn(s: Session, me: ClassMe): boolean {
  const kept = saveSession(kv(), s);
  saveMe(kv(), me);
  $classGone.set(false);
  use(s);
  return kept;
}

/** Forgets the sign-in in this browser (the outbox stays for a later sign-in). */
export function signOut(): void {
  saveSession(kv(), null);
  use(null);
}

/** Starts the loop on this page (once; later calls do nothing). */
export function startClassSync(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  use(loadSession(kv()));
  // A new attempt in the log (this tab or another): queue it and send.
  $progress.listen(() => {
    if (take() > 0) void flush();
  });
  addEventListener('online', () => void flush());
  // Signed in or out in another tab.
  addEventListener('storage', (e) => {
    if (e.key !== KEYS.session) return;
    const next = loadSession(kv());
    const now = $classSession.get();
    if (next?.token !== now?.token || next?.code !== now?.code) use(next);
  });
}
