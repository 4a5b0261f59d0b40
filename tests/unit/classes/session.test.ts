import { describe, expect, it } from 'vitest';
import {
  KEYS,
  assignedPolls,
  deviceId,
  loadMe,
  loadSession,
  saveSession,
  sessionFrom,
  type Session,
} from '../../../src/classes/session.ts';
import type { ClassMe } from '../../../src/classes/api.ts';

function memory() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    m,
  };
}

const TOKEN = 'q3Zx8W_-abcdefghijklmnopqrstuvwxyz012345678';
const me: ClassMe = {
  code: 'ABC234',
  className: 'Group A',
  learnerId: 'cl_1',
  name: 'Ana',
  assignments: [
    {
      assignment: {
        id: 'w1',
        title: 'W1',
        instructions: '',
        due: null,
        lessons: [],
        polls: ['p1', 'p2'],
      },
      status: 'not_started',
      handedInAt: null,
      late: false,
      overdue: false,
      answered: 0,
      polls: {},
    },
  ],
  attempts: [],
};

describe('class session in storage', () => {
  it('keeps and reads back a session under a versioned key', () => {
    const store = memory();
    const s = sessionFrom(me, TOKEN, 1000);
    expect(s).toEqual<Session>({
      code: 'ABC234',
      token: TOKEN,
      learnerId: 'cl_1',
      name: 'Ana',
      className: 'Group A',
      signedInAt: 1000,
    });
    expect(saveSession(store, s)).toBe(true);
    expect(KEYS.session).toMatch(/:v1$/);
    expect(loadSession(store)).toEqual(s);
    saveSession(store, null);
    expect(loadSession(store)).toBeNull();
  });

  it('treats a damaged or planted value as signed out', () => {
    const store = memory();
    for (const v of [
      '{',
      '[]',
      JSON.stringify({ ...sessionFrom(me, TOKEN, 1), token: '<script>' }),
      JSON.stringify({ ...sessionFrom(me, TOKEN, 1), code: 'ABC0O1' }),
      JSON.stringify({ ...sessionFrom(me, TOKEN, 1), signedInAt: 'yesterday' }),
      JSON.stringify({ ...sessionFrom(me, TOKEN, 1), name: '' }),
    ]) {
      store.setItem(KEYS.session, v);
      expect(loadSession(store), v).toBeNull();
    }
  });

  it('refuses to say it kept a session storage would not take', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(saveSession(full, sessionFrom(me, TOKEN, 1))).toBe(false);
  });

  it('makes one device id and keeps it', () => {
    const store = memory();
    const id = deviceId(store, () => new Uint8Array(16).fill(171));
    expect(id).toBe(`dev-${'ab'.repeat(16)}`);
    expect(deviceId(store, () => new Uint8Array(16))).toBe(id);
  });

  it('uses the kept status only for the same learner of the same class', () => {
    const store = memory();
    store.setItem(KEYS.me, JSON.stringify(me));
    const s = sessionFrom(me, TOKEN, 1);
    expect(loadMe(store, s)).toEqual(me);
    expect(loadMe(store, { ...s, learnerId: 'cl_2' })).toBeNull();
    expect(assignedPolls(me)).toEqual(new Set(['p1', 'p2']));
    expect(assignedPolls(null)).toEqual(new Set());
  });
});
