import { afterEach, describe, expect, it, vi } from 'vitest';
import { offlineNavigation } from '../../../src/integrations/offline-navigation.mjs';

const ORIGIN = 'https://course.example';
// The precache as Workbox keys it: each file with its revision in the query.
const CACHED = new Set([`${ORIGIN}/lessons/03-weights/index.html`, `${ORIGIN}/404.html`]);

function offline(cached = CACHED) {
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
  vi.stubGlobal('caches', {
    match: (url: string, opts: { ignoreSearch?: boolean }) => {
      const key = opts.ignoreSearch ? url.split('?')[0] : url;
      return Promise.resolve(
        cached.has(key)
          ? new Response(`<h1>${key}</h1>`, { headers: { 'content-type': 'text/html' } })
          : undefined,
      );
    },
  });
}

const go = (path: string) => {
  const url = new URL(path, ORIGIN);
  return offlineNavigation.handle({ request: new Request(url), url });
};

afterEach(() => vi.unstubAllGlobals());

describe('the offline answer to a page the precache does not match', () => {
  it('handles page navigations only', () => {
    expect(offlineNavigation.match({ request: { mode: 'navigate' } as Request })).toBe(true);
    expect(offlineNavigation.match({ request: { mode: 'cors' } as Request })).toBe(false);
  });

  it('online, passes the network answer through untouched', async () => {
    const answer = new Response('from the network', { status: 404 });
    vi.stubGlobal('fetch', () => Promise.resolve(answer));
    expect(await go('/nowhere/')).toBe(answer);
  });

  it('offline, sends an address without its slash to the page, keeping the query', async () => {
    offline();
    const r = await go('/lessons/03-weights?dataset=xor');
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe(`${ORIGIN}/lessons/03-weights/?dataset=xor`);
  });

  it('offline, answers an unknown address with the course 404 page and status 404', async () => {
    offline();
    for (const path of ['/lessons/nope/', '/lessons/nope', '/missing.pdf']) {
      const r = await go(path);
      expect(r.status, path).toBe(404);
      expect(await r.text()).toBe(`<h1>${ORIGIN}/404.html</h1>`);
    }
  });

  it('offline with no 404 page cached, fails as the network did', async () => {
    offline(new Set());
    await expect(go('/lessons/nope/')).rejects.toThrow('Failed to fetch');
  });
});
