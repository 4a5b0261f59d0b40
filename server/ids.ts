// Join codes, secrets, tokens and ids, from an injected source of random bytes
// so tests can make them deterministic.
import { createHash, randomBytes } from 'node:crypto';

/** Returns n random bytes. */
export type RandomBytes = (n: number) => Uint8Array;

/** The letters of a join code: no 0/O, 1/I/L, which are easy to misread on a projector. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** The length of a join code. */
export const CODE_LENGTH = 6;

/** The id maker the server uses. */
export interface Ids {
  code(): string;
  /** 32 random bytes, base64url: a teacher secret or a learner token. */
  secret(): string;
  /** A short unique id with a prefix, e.g. "r_…" for runs. */
  id(prefix: string): string;
}

/** An id maker drawing from `random` (crypto's by default). */
export function makeIds(random: RandomBytes = randomBytes): Ids {
  return {
    code() {
      let out = '';
      // Rejection sampling keeps every letter equally likely (256 is not a multiple of 31).
      const limit = 256 - (256 % CODE_ALPHABET.length);
      while (out.length < CODE_LENGTH) {
        for (const b of random(CODE_LENGTH * 2)) {
          if (b < limit && out.length < CODE_LENGTH) out += CODE_ALPHABET[b % CODE_ALPHABET.length];
        }
      }
      return out;
    },
    secret: () => Buffer.from(random(32)).toString('base64url'),
    id: (prefix) => `${prefix}_${Buffer.from(random(12)).toString('base64url')}`,
  };
}

/** SHA-256 of a secret, hex: what the store keeps instead of the secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
