import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, dist } from './pages.ts';

const htmlOf = (path: string) =>
  readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');

test('every page carries a Content-Security-Policy that forbids injected scripts and other origins', () => {
  for (const path of builtPages()) {
    const html = htmlOf(path);
    const meta = html.match(
      /<head><meta charset="utf-8"\/?><meta http-equiv="Content-Security-Policy" content="([^"]+)">/,
    );
    expect(meta, `${path} has no CSP right after its charset, first in its head`).not.toBeNull();
    // The charset must be declared in the first 1,024 bytes (HTML's prescan), whatever the policy's length.
    expect(Buffer.byteLength(html.slice(0, html.indexOf('<meta charset')), 'utf8')).toBeLessThan(
      1024 - 30,
    );
    const policy = Object.fromEntries(
      meta![1].split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    const scriptSrc: string[] = policy['script-src'];
    expect(scriptSrc[0]).toBe("'self'");
    // Only 'self' and hashes of the build's own inline scripts: no 'unsafe-inline', no 'unsafe-eval', no hosts.
    for (const source of scriptSrc.slice(1))
      expect(source, path).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
    for (const values of Object.values(policy) as string[][]) {
      for (const v of values) expect(v, `${path}: ${v}`).not.toMatch(/^(https?:|\*|'unsafe-eval')/);
    }
  }
});

test('no shipped script uses eval or the Function constructor', () => {
  const dirs = [join(dist, '_astro'), join(dist, 'pagefind')];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(
        /\beval\s*\(|new\s+Function\s*\(/.test(code),
        `${file} calls eval or new Function`,
      ).toBe(false);
    }
  }
});

test('the policy blocks an injected inline script, while the page itself runs', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/lessons/02-perceptron/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
  });
  expect(
    await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
  ).toBeUndefined();
  expect(violations.length).toBe(1);
  // The page's own scripts ran: the theme picker and the islands work.
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
});
