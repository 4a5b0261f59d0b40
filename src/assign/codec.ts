// The one wire format of assignment links and result reports:
//   <prefix><body>.<tag>
// body = base64url(deflate-raw(UTF-8(JSON))); tag = base64url of the first
// 16 bytes of SHA-256 (or of HMAC-SHA-256 with a key) over "<prefix><body>"
// exactly as transmitted, so any changed or missing character is detected.
// Pure apart from WebCrypto and CompressionStream (both in Node 22 and browsers).

/** Why a code could not be read. */
export type CodeError = 'empty' | 'too-large' | 'unknown-version' | 'malformed' | 'integrity';

/** A decoded payload, or why not. */
export type Decoded = { ok: true; data: unknown } | { ok: false; error: CodeError };

const TAG_BYTES = 16;
/** The length of a tag in characters (16 bytes in base64url). */
export const TAG_CHARS = 22;
const enc = new TextEncoder();

/** Bytes to base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (no padding) to bytes, or null if the text is not canonical base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bin = atob(
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4),
  );
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  // Reject texts whose unused low bits are set: each byte string has one spelling.
  return toBase64Url(bytes) === text ? bytes : null;
}

/**
 * The most a code may expand to (a guard against decompression bombs): 100
 * polls × 20 attempts × 2 100 bytes, the largest report the app can make (see
 * MAX_REPORT_JSON in report.ts; a unit test builds that report).
 */
export const MAX_JSON_BYTES = 4_200_000;

class TooLarge extends Error {}

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    total += r.value.length;
    if (total > MAX_JSON_BYTES) {
      await reader.cancel();
      throw new TooLarge('too large');
    }
    chunks.push(r.value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

async function tag(text: string, key?: Uint8Array): Promise<string> {
  const data = enc.encode(text);
  let digest: ArrayBuffer;
  if (key) {
    const k = await crypto.subtle.importKey(
      'raw',
      key as BufferSource,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    digest = await crypto.subtle.sign('HMAC', k, data);
  } else {
    digest = await crypto.subtle.digest('SHA-256', data);
  }
  return toBase64Url(new Uint8Array(digest).subarray(0, TAG_BYTES));
}

/** Encodes a JSON-able payload under a prefix such as "nnA1."; with a key the tag is an HMAC. */
export async function encodeCode(
  prefix: string,
  payload: unknown,
  key?: Uint8Array,
): Promise<string> {
  const body = toBase64Url(
    await pipe(enc.encode(JSON.stringify(payload)), new CompressionStream('deflate-raw')),
  );
  return `${prefix}${body}.${await tag(prefix + body, key)}`;
}

/**
 * Decodes a code written by encodeCode with the same prefix family: `family`
 * (e.g. "nnA") names the kind, `prefix` (e.g. "nnA1.") the version this code reads.
 * Checks the size, the version, the tag (before decompressing) and the JSON.
 */
export async function decodeCode(
  text: string,
  family: string,
  prefix: string,
  maxChars: number,
  key?: Uint8Array,
): Promise<Decoded> {
  const code = text.trim();
  if (code === '') return { ok: false, error: 'empty' };
  if (code.length > maxChars) return { ok: false, error: 'too-large' };
  if (!code.startsWith(prefix)) {
    return {
      ok: false,
      error: new RegExp(`^${family}\\d+\\.`).test(code) ? 'unknown-version' : 'malformed',
    };
  }
  const rest = code.slice(prefix.length);
  const dot = rest.lastIndexOf('.');
  if (dot < 0) return { ok: false, error: 'integrity' };
  const body = rest.slice(0, dot);
  if ((await tag(prefix + body, key)) !== rest.slice(dot + 1))
    return { ok: false, error: 'integrity' };
  const read = await readBody(body);
  return read.ok ? { ok: true, data: read.data } : { ok: false, error: read.error };
}

async function readBody(body: string): Promise<Decoded> {
  const bytes = fromBase64Url(body);
  if (!bytes) return { ok: false, error: 'malformed' };
  try {
    const data: unknown = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(
        await pipe(bytes, new DecompressionStream('deflate-raw')),
      ),
    );
    return { ok: true, data };
  } catch (e) {
    // A payload that expands beyond the limit is "too large", not unreadable.
    return { ok: false, error: e instanceof TooLarge ? 'too-large' : 'malformed' };
  }
}

/** The payload of a code WITHOUT checking its tag (to say which assignment a report claims, or that it is too large). */
export async function peekCode(text: string, prefix: string, maxChars: number): Promise<Decoded> {
  const code = text.trim();
  if (code.length > maxChars) return { ok: false, error: 'too-large' };
  if (!code.startsWith(prefix)) return { ok: false, error: 'malformed' };
  const rest = code.slice(prefix.length);
  return readBody(rest.slice(0, Math.max(0, rest.lastIndexOf('.'))));
}

/** `n` random bytes as base64url (ids and keys). */
export function randomId(n: number): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(n)));
}
