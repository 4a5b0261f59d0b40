// The built site through the class server, and the small pure parts.
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, makeIds } from '../../../server/ids.ts';
import { cleanName } from '../../../server/names.ts';
import { binValues, niceStep } from '../../../server/tally.ts';
import { csvField } from '../../../server/routes/results.ts';
import { fakeDist, testApp } from './fixtures.ts';

describe('static site', () => {
  const t = testApp({ distDir: fakeDist() });
  const get = (path: string, method = 'GET') => t.app.request(path, { method });

  it('serves pages, folders and assets with their types and cache rules', async () => {
    const home = await get('/');
    expect([home.status, home.headers.get('content-type')]).toEqual([
      200,
      'text/html; charset=utf-8',
    ]);
    expect(await home.text()).toContain('<title>Home</title>');
    expect(await (await get('/live/')).text()).toContain('<title>Live</title>');
    const noSlash = await get('/live');
    expect([noSlash.status, noSlash.headers.get('location')]).toEqual([301, '/live/']);
    const js = await get('/_astro/app.abc123.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(home.headers.get('cache-control')).toBe('no-cache');
    const head = await get('/', 'HEAD');
    expect([head.status, await head.text()]).toEqual([200, '']);
  });

  it('answers unknown paths and escapes with the site’s 404 page', async () => {
    for (const path of ['/no/such/page/', '/..%2f..%2fetc/passwd', '/%E0%A4%A']) {
      const r = await get(path);
      expect(r.status).toBe(404);
      expect(await r.text()).toContain('<title>Not found</title>');
    }
  });

  it('adds the security headers a meta policy cannot give', async () => {
    for (const path of ['/', '/api/health', '/nope']) {
      const h = (await get(path)).headers;
      expect(h.get('content-security-policy')).toBe("frame-ancestors 'none'");
      expect(h.get('x-content-type-options')).toBe('nosniff');
      expect(h.get('x-frame-options')).toBe('DENY');
    }
  });
});

describe('names', () => {
  it('removes controls, bidi and zero-width characters and collapses spaces', () => {
    expect(cleanName('a\u202eb\u2067c\u200bd\u0000e\u061cf')).toBe('a b c d e f');
    expect(cleanName('\t Ana \n Lee ')).toBe('Ana Lee');
    expect(cleanName('\u202e\u200f')).toBeNull();
    expect(cleanName(undefined)).toBeNull();
    expect([...cleanName('😀'.repeat(60))!].length).toBe(40);
  });
});

describe('ids', () => {
  it('makes codes from the alphabet without look-alikes', () => {
    const ids = makeIds();
    const codes = Array.from({ length: 200 }, () => ids.code());
    for (const c of codes) expect(c).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
    expect(CODE_ALPHABET).not.toMatch(/[0O1IL]/);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });
});

describe('numeric bins', () => {
  it('picks round steps', () => {
    expect([niceStep(0.07), niceStep(0.3), niceStep(0.21), niceStep(3), niceStep(1)]).toEqual([
      0.1, 0.5, 0.25, 5, 1,
    ]);
  });
  it('spans the answers in at most 10 bins, the last one closed', () => {
    // 0.05..1.05 needs 11 bins of 0.1 from 0, so the step becomes 0.2 (6 bins).
    expect(binValues([0.05, 1.05]).map((b) => [b.from, b.to, b.count])).toEqual([
      [0, 0.2, 1],
      [0.2, 0.4, 0],
      [0.4, 0.6, 0],
      [0.6, 0.8, 0],
      [0.8, 1, 0],
      [1, 1.2, 1],
    ]);
    expect(binValues([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]).map((b) => b.count)).toEqual([
      1, 1, 1, 1, 1, 1, 1, 1, 1, 2,
    ]);
    expect(binValues([2.5, 2.5])).toEqual([{ from: 2.5, to: 2.5, count: 2 }]);
    expect(binValues([])).toEqual([]);
  });
});

describe('CSV fields', () => {
  it('quotes separators and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('-1+cmd')).toBe(`"'-1+cmd"`);
    expect(csvField('-1.5')).toBe('-1.5');
  });
});
