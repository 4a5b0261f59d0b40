// Reading and writing numbers the way people type and read them.

const MINUS = '\u2212';

/** The outcome of reading a typed number: a finite value, or a message saying what is wrong. */
export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads a typed number: "0.5", ".5", "5e-1", "-1", "−1" (a typographic minus)
 * and surrounding spaces are fine; anything else gets a message, never NaN.
 */
export function parseNumber(text: string): ParsedNumber {
  const t = text.trim().replaceAll(MINUS, '-');
  if (t === '') return { ok: false, message: 'Enter a number.' };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) {
    return {
      ok: false,
      message: `“${text.trim()}” is not a number; try something like 0.5 or -1.`,
    };
  }
  const value = Number(t);
  if (!Number.isFinite(value)) return { ok: false, message: 'That number is too large.' };
  return { ok: true, value };
}

/** Reads a typed number that must lie in [min, max]; the message names the range. */
export function parseInRange(text: string, min: number, max: number): ParsedNumber {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  if (parsed.value < min || parsed.value > max) {
    return { ok: false, message: `Use a value from ${formatNumber(min)} to ${formatNumber(max)}.` };
  }
  return parsed;
}

/** Formats a number for reading: up to `digits` significant digits, a true minus sign, no "-0". */
export function formatNumber(x: number, digits = 4): string {
  if (Number.isNaN(x)) return 'not a number';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : `${MINUS}∞`;
  if (Object.is(x, -0) || Math.abs(x) < 1e-12) return '0';
  const abs = Math.abs(x);
  const s =
    abs >= 1e6 || abs < 1e-4
      ? x.toExponential(digits - 1).replace(/\.?0+e/, 'e')
      : String(Number(x.toPrecision(digits)));
  return s.replaceAll('-', MINUS);
}

/**
 * Formats a number whose size is the point (gradients that vanish or explode):
 * only an exact 0 reads "0", tiny values keep `digits` significant digits in
 * scientific notation, and whole numbers below 2⁵³ print exactly ("59049").
 */
export function formatMagnitude(x: number, digits = 4): string {
  if (x === 0 || !Number.isFinite(x)) return formatNumber(x, digits);
  const abs = Math.abs(x);
  const s =
    Number.isInteger(x) && abs <= Number.MAX_SAFE_INTEGER
      ? String(x)
      : abs >= 1e6 || abs < 1e-4
        ? x.toExponential(digits - 1).replace(/\.?0+e/, 'e')
        : String(Number(x.toPrecision(digits)));
  return s.replaceAll('-', MINUS);
}
