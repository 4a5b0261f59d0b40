// The personal link of a class learner, `/class/#code=ABC234&token=…`, read
// from the address's fragment. The fragment comes from anyone who can send a
// link, so it is read strictly: a code of the join-code alphabet, a token of
// base64url characters, nothing repeated, nothing long. Pure.
import { cleanCode } from '../live/join-code.ts';

/** What a fragment held: a personal link, a class code alone (join by name), nothing, or something unusable. */
export type LinkRead =
  | { kind: 'link'; code: string; token: string }
  | { kind: 'code'; code: string }
  | { kind: 'none' }
  | { kind: 'bad'; reason: LinkFlaw };

/** Why a fragment is not a usable link (each has its sentence in strings.ts). */
export type LinkFlaw = 'too-long' | 'repeated' | 'bad-code' | 'bad-token' | 'no-code';

/** A fragment longer than this is not a link this course made (a token is 43 characters). */
export const MAX_FRAGMENT = 300;
/** Learner tokens are base64url: 32 bytes make 43 characters; allow some room, never markup or spaces. */
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/** Reads `hash` (with or without its leading `#`). */
export function readLink(hash: string): LinkRead {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.trim() === '') return { kind: 'none' };
  if (text.length > MAX_FRAGMENT) return { kind: 'bad', reason: 'too-long' };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    return { kind: 'bad', reason: 'bad-code' };
  }
  if (params.getAll('code').length > 1 || params.getAll('token').length > 1)
    return { kind: 'bad', reason: 'repeated' };
  const rawCode = params.get('code');
  const rawToken = params.get('token');
  if (rawCode === null) return { kind: 'bad', reason: rawToken === null ? 'bad-code' : 'no-code' };
  // Only the code's own characters: cleanCode would also drop spaces and dashes, which a link never has.
  const code = /^[A-Za-z0-9]{6}$/.test(rawCode) ? cleanCode(rawCode) : null;
  if (!code) return { kind: 'bad', reason: 'bad-code' };
  if (rawToken === null) return { kind: 'code', code };
  if (!TOKEN.test(rawToken)) return { kind: 'bad', reason: 'bad-token' };
  return { kind: 'link', code, token: rawToken };
}

/** The personal link of `code` and `token` on `origin` (for the QR code and the copy field). */
export function personalLink(origin: string, code: string, token: string): string {
  return `${origin}/class/#code=${encodeURIComponent(code)}&token=${encodeURIComponent(token)}`;
}
