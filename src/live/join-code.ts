// Join codes as people type them: six characters from an alphabet without
// look-alikes (no 0/O, 1/I/L), in any case, with spaces or a dash in between.

/** The code in its canonical form, or null unless `text` is one. */
export function cleanCode(text: string): string | null {
  const c = text.replace(/[\s-]+/g, '').toUpperCase();
  return /^[A-HJKMNP-Z2-9]{6}$/.test(c) ? c : null;
}
