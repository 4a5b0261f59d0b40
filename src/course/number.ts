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

/** What an answer may be written as beyond a plain number. */
export interface AnswerFormat {
  /** Whether "25%" means 0.25 (only where the answer is a fraction in [0, 1]). */
  percent: boolean;
}

const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const SHOWN_EXAMPLES = 'type something like 0.5, 2,43, 1/64 or 5e-1';

/** Reads one number part of an answer: a plain number, or one with a comma as the decimal mark. */
function readPart(part: string, whole: string): ParsedNumber {
  const p = part.trim();
  if (PLAIN.test(p)) return finite(Number(p));
  const commas = (p.match(/,/g) ?? []).length;
  if (commas === 1 && !p.includes('.')) {
    // "1,000" is a thousand in English and one in German: refuse to guess.
    if (/^[+-]?\d{1,3},\d{3}$/.test(p)) {
      return {
        ok: false,
        message: `“${whole}” could mean ${p.replace(',', '')} or ${p.replace(',', '.')}; write it without the comma or with a decimal point.`,
      };
    }
    const dotted = p.replace(',', '.');
    if (PLAIN.test(dotted)) return finite(Number(dotted));
  }
  if (commas > 1) {
    return {
      ok: false,
      message: `“${whole}” has more than one comma; write one number, like 2.43.`,
    };
  }
  const bad = /\d/.test(p) ? Array.from(p).find((c) => !/[\d.,eE+-]/.test(c)) : undefined;
  return {
    ok: false,
    message: bad
      ? `In “${whole}” the “${bad}” is not part of a number; ${SHOWN_EXAMPLES}.`
      : `“${whole}” is not a number; ${SHOWN_EXAMPLES}.`,
  };
}

function finite(value: number): ParsedNumber {
  return Number.isFinite(value)
    ? { ok: true, value }
    : { ok: false, message: 'That number is too large.' };
}

/**
 * Reads a typed answer the ways people write numbers: what parseNumber reads,
 * a comma as the decimal mark ("2,43"), a simple fraction ("1/64", "-3/4") and,
 * where `format.percent` allows, a percent sign ("25%" is 0.25). Anything else
 * gets a message naming what was not understood.
 */
export function parseAnswer(text: string, format: AnswerFormat): ParsedNumber {
  const whole = text.trim();
  let t = whole.replaceAll(MINUS, '-');
  if (t === '') return { ok: false, message: 'Enter a number.' };
  let per = 1;
  if (t.endsWith('%')) {
    if (!format.percent) {
      return {
        ok: false,
        message: `A percentage does not fit this answer; type the number itself, without “%”.`,
      };
    }
    t = t.slice(0, -1);
    per = 100;
  }
  const slash = t.split('/');
  if (slash.length > 2)
    return {
      ok: false,
      message: `“${whole}” has more than one “/”; write one fraction, like 1/64.`,
    };
  const top = readPart(slash[0], whole);
  if (!top.ok || slash.length === 1) return top.ok ? finite(top.value / per) : top;
  const bottom = readPart(slash[1], whole);
  if (!bottom.ok) return bottom;
  if (bottom.value === 0) return { ok: false, message: `“${whole}” divides by zero.` };
  return finite(top.value / bottom.value / per);
}

/** A sum written out as people write it: [1, −1, 0.75, 0.5] reads "1 − 1 + 0.75 + 0.5". */
export function formatSum(terms: readonly number[], digits = 4): string {
  return terms
    .map((t, i) => {
      const s = formatNumber(t, digits);
      if (i === 0) return s;
      return s.startsWith(MINUS) ? `${MINUS} ${s.slice(1)}` : `+ ${s}`;
    })
    .join(' ');
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A power of ten in print, 1e-5 as "10⁻⁵" (the exponent rounded to a whole number). */
export function formatPowerOfTen(x: number): string {
  const k = Math.round(Math.log10(x));
  return `10${String(k)
    .replace('-', '⁻')
    .replace(/\d/g, (d) => SUPERSCRIPT[Number(d)])}`;
}
