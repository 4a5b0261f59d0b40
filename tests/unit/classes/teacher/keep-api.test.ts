// The classes kept in this browser, and the client's conditional gradebook read.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classApi } from '../../../../src/classes/teacher/api.ts';
import { readKnown, withKnown } from '../../../../src/classes/teacher/keep.ts';

const secret = 'x'.repeat(43);

describe('the classes kept in this browser', () => {
  it('reads well-formed entries and drops the rest without throwing', () => {
    expect(readKnown(null)).toEqual([]);
    expect(readKnown('{not json')).toEqual([]);
    expect(readKnown('{"code":"ABC234"}')).toEqual([]);
    const raw = JSON.stringify([
      { code: 'abc234', key: secret, name: 'Group A' },
      { code: 'ABC234', key: secret, name: 'twice' },
      { code: 'OOOOOO', key: secret, name: 'bad code' },
      { code: 'DEF567', key: 'short', name: 'bad secret' },
      { code: 'DEF567', key: secret },
      null,
    ]);
    expect(readKnown(raw)).toEqual([
      { code: 'ABC234', key: secret, name: 'Group A' },
      { code: 'DEF567', key: secret, name: 'DEF567' },
    ]);
  });

  it('puts a class first and replaces one of the same code', () => {
    const a = { code: 'ABC234', key: secret, name: 'A' };
    const b = { code: 'DEF567', key: secret, name: 'B' };
    expect(withKnown(withKnown([a], b), { ...a, name: 'A2' })).toEqual([{ ...a, name: 'A2' }, b]);
  });
});

describe('the gradebook read', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the ETag back and takes 304 as unchanged', async () => {
    const seen: (string | undefined)[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      const h = init.headers as Record<string, string>;
      seen.push(h['If-None-Match']);
      if (h['If-None-Match'] === 'W/"v1"') return new Response(null, { status: 304 });
      return new Response(JSON.stringify({ code: 'ABC234' }), {
        status: 200,
        headers: { ETag: 'W/"v1"', 'Content-Type': 'application/json' },
      });
    });
    const first = await classApi.gradebook('ABC234', secret, 'asg-1');
    expect(first).toMatchObject({ kind: 'fresh', etag: 'W/"v1"', data: { code: 'ABC234' } });
    expect(await classApi.gradebook('ABC234', secret, 'asg-1', 'W/"v1"')).toEqual({
      kind: 'same',
    });
    expect(seen).toEqual([undefined, 'W/"v1"']);
  });

  it('turns a refusal into the server’s own sentence', async () => {
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(JSON.stringify({ error: 'No such class.', code: 'no_class' }), {
          status: 404,
        }),
    );
    await expect(classApi.gradebook('ABC234', secret, 'asg-1')).rejects.toMatchObject({
      status: 404,
      code: 'no_class',
      message: 'No such class.',
    });
  });

  it('sends a restore file as it is, so the server names what is wrong with it', async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      bodies.push(init.body);
      return new Response(
        JSON.stringify({ error: 'The body is not JSON.', code: 'invalid_request' }),
        {
          status: 400,
        },
      );
    });
    await expect(classApi.restore('hello')).rejects.toMatchObject({
      message: 'The body is not JSON.',
    });
    expect(bodies).toEqual(['hello']);
  });
});
