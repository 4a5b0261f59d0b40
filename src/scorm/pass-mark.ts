// The pass mark a teacher types for the LMS: a whole number 0–100, or none.

/** The pass mark in `text` ('' for none), or the reason it is not one. */
export function readPassMark(
  text: string,
): { ok: true; value: number | null } | { ok: false; message: string } {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  if (!/^\d{1,3}$/.test(t) || Number(t) > 100)
    return {
      ok: false,
      message: 'The pass mark must be a whole number from 0 to 100, or empty for none.',
    };
  return { ok: true, value: Number(t) };
}
