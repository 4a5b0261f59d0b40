// The store as pages use it: module state over a browser-like localStorage
// with a real size limit, loaded afresh for each "page" (vi.resetModules).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setPersistentEngine } from '@nanostores/persistent';
import type { Attempt, ProgressStore } from '../../../src/progress/log.ts';

const KEY = 'nn-course:progress:v1';
const BACKUP = 'nn-course:progress:backup:';

/** localStorage with a quota in characters, reachable by setItem and by property (as @nanostores/persistent writes). */
function limitedStorage(limit: number) {
  const data = new Map<string, string>();
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const api = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem(k: string, v: string) {
      const after =
        used() - (data.has(k) ? k.length + data.get(k)!.length : 0) + k.length + v.length;
      if (after > limit)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(k, String(v));
    },
    removeItem: (k: string) => void data.delete(k),
    key: (i: number) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
  const storage = new Proxy(api, {
    get: (t, p) => (typeof p === 'string' && !(p in t) ? data.get(p) : Reflect.get(t, p)),
    set: (t, p, v) => (t.setItem(String(p), String(v)), true),
    has: (t, p) => (typeof p === 'string' && data.has(p)) || p in t,
    deleteProperty: (_, p) => data.delete(String(p)),
  });
  return { storage, data };
}

/** Opens a "page": a fresh copy of the store module over the given storage. */
async function openPage(storage: object) {
  vi.resetModules();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('window', {
    localStorage: storage,
    addEventListener() {},
    removeEventListener() {},
  });
  // The package outlives resetModules (it is not bundled), so point it at this page's storage.
  setPersistentEngine(storage as unknown as Record<string, string>, {
    addEventListener() {},
    removeEventListener() {},
  });
  return import('../../../src/progress/store.ts');
}

const attempt = (i: number, poll = `p${i % 50}`): Attempt => ({
  poll,
  lesson: 'lessons/03-weights-bias-activations',
  answer: 'statement-2',
  correct: i % 3 === 0,
  at: 1_700_000_000_000 + i,
});
const storeOf = (n: number): ProgressStore => ({
  version: 1,
  attempts: Array.from({ length: n }, (_, i) => attempt(i)),
});

afterEach(() => vi.unstubAllGlobals());

describe('an import larger than storage', () => {
  it('is refused whole: nothing changes, and answers afterwards are still saved', async () => {
    const { storage, data } = limitedStorage(20_000);
    const page = await openPage(storage);
    page.recordAttempt(attempt(1));
    const before = data.get(KEY);
    expect(JSON.parse(before!).attempts).toHaveLength(1);

    // 1000 attempts are about 130 000 characters, far beyond the 20 000 allowed.
    expect(page.replaceProgress(storeOf(1000))).toBe('no-room');
    expect(data.get(KEY)).toBe(before);
    expect(page.$progress.get().attempts).toHaveLength(1);
    expect(page.$storageNotice.get()).toBeNull();

    expect(page.replaceProgress(storeOf(10))).toBe('saved');
    page.recordAttempt(attempt(99));
    expect(JSON.parse(data.get(KEY)!).attempts).toHaveLength(11);
    // A new page reads what was saved.
    const next = await openPage(storage);
    expect(next.$progress.get().attempts).toHaveLength(11);
  });

  it('an answer that no longer fits keeps the page going in memory, and says so', async () => {
    const { storage } = limitedStorage(400);
    const page = await openPage(storage);
    page.recordAttempt(attempt(1));
    page.recordAttempt(attempt(2));
    page.recordAttempt(attempt(3));
    page.recordAttempt(attempt(4));
    expect(page.$progress.get().attempts).toHaveLength(4);
    expect(page.$storageNotice.get()).toEqual({ kind: 'memory' });
    expect(page.replaceProgress(storeOf(2))).toBe('memory');
  });
});

describe('damaged saved progress', () => {
  const good = JSON.stringify(attempt(7));
  const damaged = `{"version":1,"attempts":[${good},{"poll":"p8","lesson":"x"}]}`;

  it('is announced on every page until dismissed, and the copy stays', async () => {
    const { storage, data } = limitedStorage(100_000);
    data.set(KEY, damaged);
    const first = await openPage(storage);
    const notice = first.$storageNotice.get();
    expect(notice).toMatchObject({ kind: 'recovered', reason: 'corrupt' });
    const key = (notice as { backupKey: string }).backupKey;
    expect(key.startsWith(BACKUP)).toBe(true);
    expect(data.get(key)).toBe(damaged);
    expect(data.has(KEY)).toBe(false);

    // The next page (say, the glossary) has nothing left to recover, yet still tells.
    const second = await openPage(storage);
    expect(second.$storageNotice.get()).toEqual(notice);
    expect(second.keptCopy(key)).toBe(damaged);
    second.dismissNotice();
    const third = await openPage(storage);
    expect(third.$storageNotice.get()).toBeNull();
    expect(data.get(key)).toBe(damaged);
  });

  it('restores the readable attempts into the current progress', async () => {
    const { storage, data } = limitedStorage(100_000);
    data.set(KEY, damaged);
    const page = await openPage(storage);
    page.recordAttempt(attempt(1));
    const key = (page.$storageNotice.get() as { backupKey: string }).backupKey;
    expect(page.restoreKeptCopy(key)).toEqual({
      ok: true,
      restored: 1,
      dropped: 1,
      saved: 'saved',
    });
    const saved = JSON.parse(data.get(KEY)!) as ProgressStore;
    expect(saved.attempts.map((a) => a.at)).toEqual([attempt(1).at, attempt(7).at]);
    // Restoring twice adds nothing (a merge is a union).
    page.restoreKeptCopy(key);
    expect((JSON.parse(data.get(KEY)!) as ProgressStore).attempts).toHaveLength(2);
  });

  it('offers no restore for text that is not JSON or a newer version', async () => {
    for (const raw of ['{"version":1,"attempts":[{"poll":', '{"version":7,"attempts":[]}']) {
      const { storage, data } = limitedStorage(100_000);
      data.set(KEY, raw);
      const page = await openPage(storage);
      const notice = page.$storageNotice.get() as { backupKey: string; reason: string };
      expect(notice.reason).toBe(raw.includes('"version":7') ? 'future' : 'corrupt');
      expect(page.restoreKeptCopy(notice.backupKey)).toEqual({ ok: false });
    }
  });
});
