import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendBatch } from '../../../src/classes/api.ts';
import type { Outgoing } from '../../../src/classes/outbox.ts';

const batch: Outgoing[] = [
  { attemptId: 'la00000000001', pollId: 'p1', response: 'a', answeredAt: 5, before: true },
];

function reply(status: number, body: unknown, headers: Record<string, string> = {}) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status, headers }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('sending a batch of class attempts', () => {
  it('posts the attempts with the token and device, without local-only fields', async () => {
    const fetch = reply(200, {
      receivedAt: 'x',
      results: [{ attemptId: 'la00000000001', status: 'accepted' }],
    });
    const out = await sendBatch('ABC234', 'tok', 'dev-1', batch, 0);
    expect(out).toEqual({
      kind: 'results',
      results: [{ attemptId: 'la00000000001', status: 'accepted' }],
    });
    const [path, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/api/classes/ABC234/attempts');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect(JSON.parse(init.body as string)).toEqual({
      deviceId: 'dev-1',
      attempts: [{ attemptId: 'la00000000001', pollId: 'p1', response: 'a', answeredAt: 5 }],
    });
  });

  it('waits on no answer, a server fault or too many requests, at least as long as Retry-After', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    expect(await sendBatch('ABC234', 't', 'd', batch, 0)).toEqual({ kind: 'retry', after: 2000 });
    reply(503, { error: 'Down.', code: 'internal' });
    expect(await sendBatch('ABC234', 't', 'd', batch, 2)).toEqual({ kind: 'retry', after: 8000 });
    reply(429, { error: 'Slow down.', code: 'rate_limited' }, { 'Retry-After': '30' });
    expect(await sendBatch('ABC234', 't', 'd', batch, 0)).toEqual({ kind: 'retry', after: 30_000 });
  });

  it('stops on a withdrawn token or a deleted class, and rejects a bad batch', async () => {
    reply(401, { error: 'No.', code: 'unauthorized' });
    expect(await sendBatch('ABC234', 't', 'd', batch, 0)).toEqual({
      kind: 'stop',
      code: 'unauthorized',
    });
    reply(404, { error: 'Gone.', code: 'no_class' });
    expect(await sendBatch('ABC234', 't', 'd', batch, 0)).toEqual({
      kind: 'stop',
      code: 'no_class',
    });
    reply(400, { error: 'attempts.0.response: too long', code: 'invalid_request' });
    expect(await sendBatch('ABC234', 't', 'd', batch, 0)).toEqual({
      kind: 'rejected',
      code: 'invalid_request',
      error: 'attempts.0.response: too long',
    });
    reply(413, { error: 'Too large.', code: 'too_large' });
    expect((await sendBatch('ABC234', 't', 'd', batch, 0)).kind).toBe('rejected');
  });
});
