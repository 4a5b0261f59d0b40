// Reading printed numbers back from a lesson: shared by the content tests that
// recompute a lesson's figures with the engine.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** A content file's text with runs of whitespace (and &nbsp;) collapsed to one space. */
export function contentText(path: string): string {
  return readFileSync(new URL(`../../../content/${path}`, import.meta.url), 'utf8')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');
}

/** The printed decimal `p` (ASCII or U+2212 minus) is `value` rounded to as many decimals as p shows. */
export function expectRounded(p: string, value: number, where: string): void {
  const decimals = p.split('.')[1]?.length ?? 0;
  const x = Number(p.replace('−', '-'));
  expect(
    Math.abs(x - value) <= 0.5 * 10 ** -decimals + 1e-12,
    `${where}: "${p}" should be ${value} rounded to ${decimals} decimals`,
  ).toBe(true);
}

/** The fragment is in the text, and its last values.length numbers are the values, rounded as printed. */
export function expectShows(text: string, fragment: string, ...values: number[]): void {
  const f = fragment.replace(/\s+/g, ' ');
  expect(text.includes(f), `no longer printed: ${fragment}`).toBe(true);
  const printed = (f.match(/[−-]?\d+(?:\.\d+)?/g) ?? []).slice(-values.length);
  expect(printed.length, `fewer than ${values.length} numbers in: ${fragment}`).toBe(values.length);
  printed.forEach((p, k) => expectRounded(p, values[k], fragment));
}
