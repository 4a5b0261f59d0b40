// Display names are plain text; these characters could reorder or hide what a
// teacher sees on the projector, so they are removed before storing.

/** The longest display name kept, in characters. */
export const NAME_MAX = 40;

// C0/C1 controls, bidi marks, embeddings, overrides and isolates, zero-width
// characters, the BOM, and the line/paragraph separators.
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** A display name cleaned for storing and showing, or null when nothing is left. */
export function cleanName(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const text = raw.normalize('NFC').replace(HIDDEN, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  return [...text].slice(0, NAME_MAX).join('').trim();
}
