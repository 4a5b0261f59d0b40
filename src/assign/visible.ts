// Names and titles are typed by learners and teachers: a right-to-left
// override (U+202E) could make "‮ecila" display as "alice", and an invisible
// character could make two names look alike. Shown text gets these characters
// as visible marks, and the UI isolates it (<bdi>) from what surrounds it.

// Bidirectional controls, zero-width and other invisible format characters,
// and C0/C1 control characters. (U+200D, the zero-width joiner, stays: emoji need it.)
const HIDDEN =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** The text with every invisible or direction-changing character shown as a mark like "[U+202E]". */
export function visible(text: string): string {
  return text.replace(
    HIDDEN,
    (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}
