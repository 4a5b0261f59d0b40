import { formatNumber } from './number.ts';

/** A number for the screen: never "NaN"; values too large for a double say so. */
export function show(x: number, digits = 4): string {
  if (Number.isNaN(x)) return 'undefined (overflow)';
  if (!Number.isFinite(x))
    return x > 0 ? 'too large to show (overflow)' : 'too small to show (overflow)';
  return formatNumber(x, digits);
}
