import { describe, expect, it } from 'vitest';
import { MAX_FRAGMENT, personalLink, readLink } from '../../../src/classes/link.ts';

const TOKEN = 'q3Zx8W_-abcdefghijklmnopqrstuvwxyz012345678'; // 43 base64url characters, as the server makes

describe('reading a personal link', () => {
  it('reads the code and token of a link as the server writes it', () => {
    expect(readLink(`#code=ABC234&token=${TOKEN}`)).toEqual({
      kind: 'link',
      code: 'ABC234',
      token: TOKEN,
    });
    // Without the hash sign, in lower case, in the other order.
    expect(readLink(`token=${TOKEN}&code=abc234`)).toEqual({
      kind: 'link',
      code: 'ABC234',
      token: TOKEN,
    });
  });

  it('reads a class link with a code only (join by name) and an empty fragment', () => {
    expect(readLink('#code=ABC234')).toEqual({ kind: 'code', code: 'ABC234' });
    expect(readLink('')).toEqual({ kind: 'none' });
    expect(readLink('#')).toEqual({ kind: 'none' });
  });

  it('refuses a code outside the alphabet, of the wrong length, or spaced out', () => {
    for (const c of ['ABC23', 'ABC2345', 'ABC0O1', 'AB-C23', 'ABC%2034', '<scrip', 'ÄBC234'])
      expect(readLink(`#code=${c}&token=${TOKEN}`)).toEqual({ kind: 'bad', reason: 'bad-code' });
  });

  it('refuses hostile or damaged tokens', () => {
    const bad = [
      '<img src=x onerror=alert(1)>',
      encodeURIComponent('"><script>alert(1)</script>'),
      'short',
      'a'.repeat(129),
      `${TOKEN.slice(0, 40)}%00ab`,
      `${TOKEN} `,
      'javascript:alert(1)',
      '',
    ];
    for (const t of bad)
      expect(readLink(`#code=ABC234&token=${t}`), t).toEqual({ kind: 'bad', reason: 'bad-token' });
  });

  it('refuses repeated fields, a token without a code, and anything too long', () => {
    expect(readLink(`#code=ABC234&code=XYZ789&token=${TOKEN}`)).toEqual({
      kind: 'bad',
      reason: 'repeated',
    });
    expect(readLink(`#code=ABC234&token=${TOKEN}&token=${TOKEN}`)).toEqual({
      kind: 'bad',
      reason: 'repeated',
    });
    expect(readLink(`#token=${TOKEN}`)).toEqual({ kind: 'bad', reason: 'no-code' });
    expect(readLink('#hello')).toEqual({ kind: 'bad', reason: 'bad-code' });
    expect(readLink(`#code=ABC234&token=${TOKEN}&x=${'y'.repeat(MAX_FRAGMENT)}`)).toEqual({
      kind: 'bad',
      reason: 'too-long',
    });
  });

  it('ignores fields it does not know, such as a tracking parameter', () => {
    expect(readLink(`#code=ABC234&token=${TOKEN}&utm_source=mail`)).toEqual({
      kind: 'link',
      code: 'ABC234',
      token: TOKEN,
    });
  });

  it('writes the link that it reads back', () => {
    const link = personalLink('https://course.example', 'ABC234', TOKEN);
    expect(link).toBe(`https://course.example/class/#code=ABC234&token=${TOKEN}`);
    expect(readLink(new URL(link).hash)).toEqual({ kind: 'link', code: 'ABC234', token: TOKEN });
  });
});
