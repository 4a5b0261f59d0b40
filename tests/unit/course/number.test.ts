import { describe, expect, it } from 'vitest';
import {
  formatMagnitude,
  formatPowerOfTen,
  formatSum,
  formatNumber,
  parseInRange,
  parseNumber,
} from '../../../src/course/number.ts';

describe('parseNumber', () => {
  it.each([
    ['0.5', 0.5],
    ['.5', 0.5],
    ['5e-1', 0.5],
    ['  -1 ', -1],
    ['\u22121.5', -1.5],
    ['+2', 2],
    ['3.', 3],
    ['1E3', 1000],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it.each(['', '   ', 'abc', '1,5', '1..2', 'e5', '--1', 'NaN', 'Infinity', '0x10', '1e'])(
    'rejects %j with a message instead of NaN',
    (text) => {
      const r = parseNumber(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(5);
    },
  );

  it('rejects a number too large to hold', () => {
    expect(parseNumber('1e400')).toEqual({ ok: false, message: 'That number is too large.' });
  });
});

describe('parseInRange', () => {
  it('accepts the bounds and rejects what lies outside, naming the range', () => {
    expect(parseInRange('-100', -100, 100)).toEqual({ ok: true, value: -100 });
    expect(parseInRange('100', -100, 100)).toEqual({ ok: true, value: 100 });
    expect(parseInRange('100.01', -100, 100)).toEqual({
      ok: false,
      message: 'Use a value from \u2212100 to 100.',
    });
  });
});

describe('formatNumber', () => {
  it.each([
    [0.5, '0.5'],
    [-1.5, '\u22121.5'],
    [-0, '0'],
    [1e-15, '0'],
    [1 / 3, '0.3333'],
    [123456.7, '123500'],
    [2.5e-7, '2.5e\u22127'],
    [-2.5e-7, '\u22122.5e\u22127'],
    [Number.NaN, 'not a number'],
    [Number.POSITIVE_INFINITY, '∞'],
  ])('writes %d as %j', (x, text) => {
    expect(formatNumber(x)).toBe(text);
  });
});

describe('formatMagnitude', () => {
  it('keeps tiny values apart from a true zero, with 4 significant digits', () => {
    expect(formatMagnitude(2.6690441498680883e-20)).toBe('2.669e−20');
    expect(formatMagnitude(-2.27e-15)).toBe('−2.27e−15');
    expect(formatMagnitude(0)).toBe('0');
    expect(formatMagnitude(-0)).toBe('0');
  });
  it('prints whole numbers exactly and the rest as formatNumber does', () => {
    expect(formatMagnitude(59049)).toBe('59049');
    expect(formatMagnitude(3 ** 20)).toBe('3486784401');
    expect(formatMagnitude(0.00012146802)).toBe('0.0001215');
    expect(formatMagnitude(1.5e7 + 0.5)).toBe('1.5e+7');
  });
});

describe('formatSum', () => {
  it('writes a negative term as a subtraction, not "+ −1" or "(0.5)"', () => {
    expect(formatSum([1, -1, 0.75, 0.5])).toBe('1 − 1 + 0.75 + 0.5');
    expect(formatSum([-0.5, 2, -1.5])).toBe('−0.5 + 2 − 1.5');
    expect(formatSum([0, 0])).toBe('0 + 0');
  });
});

describe('formatPowerOfTen', () => {
  it('prints 1e-5 as 10⁻⁵ and 1e12 as 10¹²', () => {
    expect(formatPowerOfTen(1e-5)).toBe('10⁻⁵');
    expect(formatPowerOfTen(1e12)).toBe('10¹²');
    expect(formatPowerOfTen(10 ** -12)).toBe('10⁻¹²');
  });
});
