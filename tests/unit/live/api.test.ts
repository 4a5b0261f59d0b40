import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, health, learner, sendAnswer, teacher } from '../../../src/live/api.ts';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

function serve(reply: () => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return reply();
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

const queued = { answerId: 'answer-0001', runId: 'r1', answer: 'b' };

describe('sending an answer', () => {
  it('posts the run, the answer id and the answer with the learner token', async () => {
    const calls = serve(() => json(200, { answerId: 'answer-0001', runId: 'r1', acceptedAt: 't' }));
    expect(await sendAnswer('ABC234', 'tok', queued)).toEqual({
      kind: 'accepted',
      acceptedAt: 't',
    });
    expect(calls[0].url).toBe('/api/live/ABC234/answers');
    expect(JSON.parse(calls[0].init.body as string)).toEqual(queued);
    expect((calls[0].init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
  });

  it('keeps the answer for later when the server is unreachable, busy or failing', async () => {
    serve(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await sendAnswer('ABC234', 'tok', queued)).toEqual({ kind: 'retry' });
    serve(() => json(429, { error: 'Too many', code: 'rate_limited' }, { 'Retry-After': '2' }));
    expect(await sendAnswer('ABC234', 'tok', queued)).toEqual({ kind: 'retry' });
    serve(() => json(503, { error: 'Down', code: 'internal' }));
    expect(await sendAnswer('ABC234', 'tok', queued)).toEqual({ kind: 'retry' });
  });

  it('gives up on an answer the server refuses for good (locked, closed, unknown run)', async () => {
    serve(() => json(409, { error: 'The poll is locked.', code: 'run_locked' }));
    expect(await sendAnswer('ABC234', 'tok', queued)).toEqual({
      kind: 'refused',
      reason: 'run_locked',
    });
    serve(() => json(404, { error: 'No such run.', code: 'unknown_run' }));
    expect(await sendAnswer('ABC234', 'tok', queued)).toEqual({
      kind: 'refused',
      reason: 'unknown_run',
    });
  });
});

describe('other calls', () => {
  it('turns a refusal into an ApiError with the server sentence', async () => {
    serve(() => json(401, { error: 'That teacher key is not right.', code: 'unauthorized' }));
    const err = await teacher.open('ABC234', 'bad', 'p').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      status: 401,
      code: 'unauthorized',
      message: 'That teacher key is not right.',
    });
  });

  it('says the class server is missing when /api/health is a static 404 page', async () => {
    serve(() => new Response('<!doctype html>', { status: 404 }));
    expect(await health()).toBe(false);
    serve(() => json(200, { ok: true, store: 'sqlite' }));
    expect(await health()).toBe(true);
  });

  it('escapes the code and the token in addresses', () => {
    expect(learner.events('AB/C', 'a+b')).toBe('/api/live/AB%2FC/events?role=learner&token=a%2Bb');
    expect(teacher.results('ABC234', 'k=1', 'csv')).toBe('/api/live/ABC234/results.csv?key=k%3D1');
  });
});
