import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withPolicy } from '../../../src/integrations/csp.mjs';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

describe('the Content-Security-Policy of a built page', () => {
  // Twenty inline scripts make a policy of over 1,000 bytes, as on a lesson page.
  const scripts = Array.from({ length: 20 }, (_, i) => `window.a${i} = ${i};`);
  const page =
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>T</title>' +
    scripts.map((s) => `<script>${s}</script>`).join('') +
    '<script type="application/ld+json">{"a":1}</script><script src="/x.js"></script></head><body></body></html>';

  it('comes right after the charset, which stays within the first 1,024 bytes', () => {
    const out = withPolicy(page);
    expect(
      out.startsWith(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="',
      ),
    ).toBe(true);
    expect(out.indexOf('<meta charset')).toBeLessThan(1024);
    const policy = out.match(/content="([^"]+)"/)![1];
    expect(policy.length).toBeGreaterThan(1024);
    // Every inline script by its hash; not the JSON data block, not the external script.
    expect(policy).toContain(`script-src 'self' ${scripts.map(sha).join(' ')};`);
    expect(policy).not.toContain(sha('{"a":1}'));
  });

  it('is first in the head of a page that declares no charset', () => {
    const out = withPolicy('<html><head><title>T</title></head></html>');
    expect(out).toMatch(
      /^<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; /,
    );
  });
});
