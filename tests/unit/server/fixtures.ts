// Hand-written polls and a deterministic app for the API tests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type AppOptions } from '../../../server/app.ts';
import { makeIds } from '../../../server/ids.ts';
import type { PollIndex } from '../../../server/polls.ts';
import { defaultLimits } from '../../../server/rate-limit.ts';
import { openSqlite } from '../../../server/store/sqlite.ts';
import { pollSchema } from '../../../src/quiz/poll-schema.ts';

const opt = (id: string) => ({ id, text: id.toUpperCase(), feedback: `why ${id}` });

/** One poll of each kind the server runs live, and a widget task it refuses. */
export const polls: PollIndex = new Map(
  [
    {
      id: 'zero-init',
      type: 'single',
      prompt: 'p',
      explanation: 'e',
      options: ['a', 'b', 'c'].map(opt),
      answer: 'b',
    },
    {
      id: 'pick-two',
      type: 'multiple',
      prompt: 'p',
      explanation: 'e',
      options: ['x', 'y', 'z'].map(opt),
      answer: ['x', 'z'],
    },
    {
      id: 'weighted-sum',
      type: 'numeric',
      prompt: 'p',
      explanation: 'e',
      answer: -1,
      tolerance: 0.01,
    },
    { id: 'a-widget', type: 'widget', prompt: 'p', explanation: 'e', check: 'whatever' },
  ].map((p) => {
    const poll = pollSchema.parse(p);
    return [poll.id, poll];
  }),
);

/** Random bytes from a counter: ids differ and repeat run to run. */
export function countingRandom() {
  let n = 0;
  return (size: number) => Uint8Array.from({ length: size }, () => (n++ * 97 + 31) % 256);
}

/** A tiny built site: an index, a page folder, an asset and the 404 page. */
export function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'class-dist-'));
  mkdirSync(join(dir, 'live'));
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(join(dir, 'live', 'index.html'), '<!doctype html><title>Live</title>');
  writeFileSync(join(dir, '_astro', 'app.abc123.js'), 'console.log(1)');
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>Not found</title>');
  return dir;
}

/** A test app on an in-memory SQLite store with a hand-driven clock. */
export function testApp(over: Partial<AppOptions> = {}) {
  let now = Date.parse('2026-12-02T09:00:00.000Z');
  const errors: unknown[] = [];
  const built = createApp({
    repo: openSqlite(':memory:'),
    polls,
    ids: makeIds(countingRandom()),
    clock: () => now,
    limits: defaultLimits,
    log: (e) => errors.push(e),
    ...over,
  });
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await built.app.request(path, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    // ignoreBOM keeps a BOM in the text, so tests can see it.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    let json: any = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return { status: res.status, json, text, headers: res.headers };
  };
  return { ...built, call, errors, tick: (ms: number) => (now += ms) };
}

/** Opens a class with the fixture polls and one open run of `pollId`; returns what a test needs. */
export async function classWithRun(
  t: ReturnType<typeof testApp>,
  pollId = 'zero-init',
  allowAnonymous = true,
) {
  const made = await t.call('POST', '/api/live', {
    title: 'Lecture 1',
    pollIds: ['zero-init', 'pick-two', 'weighted-sum'],
    allowAnonymous,
  });
  const { code, teacherSecret } = made.json;
  const teacher = { authorization: `Bearer ${teacherSecret}` };
  const { runId } = (await t.call('POST', `/api/live/${code}/open`, { pollId }, teacher)).json;
  const join = async (clientId: string, name?: string) => {
    const r = await t.call('POST', `/api/live/${code}/join`, { clientId, name });
    return { ...r.json, auth: { authorization: `Bearer ${r.json.learnerToken}` } };
  };
  return { code, teacherSecret, teacher, runId, join };
}
