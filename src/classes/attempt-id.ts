// The id under which an attempt of the progress log is sent to the class
// server. It is computed from the attempt itself (the same fields that make an
// attempt unique when logs are merged: poll, time, answer, verdict), so it is
// the same on every page load, in every tab, and after the log was exported and
// imported on another device: the server then counts a resend once. Pure and
// synchronous (WebCrypto is missing on plain-http LAN addresses).
import type { Attempt } from '../progress/log.ts';

/** 53 bits of a string (cyrb53, a well-mixed non-cryptographic hash), seeded. */
function hash53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The attempt's identity as text (one field a line, so no field can run into the next). */
export function attemptIdentity(a: Attempt): string {
  return [a.poll, String(a.at), JSON.stringify(a.answer), String(a.correct)].join('\n');
}

/** A stable id of 8–64 URL-safe characters for `a`: "la" + two 53-bit hashes in base 36 (106 bits). */
export function attemptId(a: Attempt): string {
  const text = attemptIdentity(a);
  const part = (seed: number) => hash53(text, seed).toString(36).padStart(11, '0');
  return `la${part(1)}${part(2)}`;
}
