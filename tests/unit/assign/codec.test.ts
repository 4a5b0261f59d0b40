import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCode, encodeCode, fromBase64Url, toBase64Url } from '../../../src/assign/codec.ts';
import {
  ASSIGNMENT_PREFIX,
  assignmentLink,
  decodeAssignment,
  encodeAssignment,
  type Assignment,
} from '../../../src/assign/assignment.ts';
import {
  buildReport,
  decodeReport,
  encodeReport,
  type Report,
} from '../../../src/assign/report.ts';
import { assignment } from './fixtures.ts';

const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const id = fc.stringMatching(/^[a-z0-9-]{1,30}$/);
const pollId = fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,8}){0,3}$/);
const arbAssignment: fc.Arbitrary<Assignment> = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9_-]{4,20}$/),
  key: fc.uint8Array({ minLength: 16, maxLength: 32 }).map(toBase64Url),
  title: text(200).filter((t) => t.length >= 1 && t.length <= 200),
  instructions: text(300).filter((t) => t.length <= 4000),
  due: fc.option(fc.integer({ min: 0, max: 4e12 }), { nil: null }),
  lessons: fc.array(
    fc.oneof(
      fc.record({ lesson: id }),
      fc.record({ lesson: id, sections: fc.array(id, { maxLength: 5 }) }),
    ),
    { maxLength: 9 },
  ),
  polls: fc.uniqueArray(pollId, { maxLength: 30 }),
});
const arbReport = (a: Assignment): fc.Arbitrary<Report> =>
  fc.record({
    assignment: fc.constant(a.id),
    title: fc.constant(a.title),
    name: text(100).filter((t) => t.length >= 1 && t.length <= 100),
    createdAt: fc.integer({ min: 0, max: 4e12 }),
    attempts: fc.array(
      fc.record({
        poll: id,
        answer: fc.oneof(
          text(50).filter((t) => t.length <= 2000),
          fc.array(id, { maxLength: 5 }),
        ),
        at: fc.integer({ min: 0, max: 4e12 }),
      }),
      { maxLength: 20 },
    ),
  });

/** Every way to spoil a code: one character changed, one removed, or the end cut off. */
const spoil = (code: string) =>
  fc
    .oneof(
      fc
        .record({ at: fc.nat(code.length - 1), c: fc.constantFrom(...'AZaz09-_.x') })
        .map(({ at, c }) => code.slice(0, at) + c + code.slice(at + 1)),
      fc.nat(code.length - 1).map((at) => code.slice(0, at) + code.slice(at + 1)),
      fc.nat(code.length - 1).map((n) => code.slice(0, n)),
    )
    .filter((s) => s !== code);

describe('base64url', () => {
  it('round-trips bytes and has one spelling per byte string', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (b) => {
        expect(fromBase64Url(toBase64Url(b))).toEqual(b);
      }),
    );
    expect(fromBase64Url('QR')).toBeNull(); // "QQ" is the spelling of 0x41
    expect(fromBase64Url('a+b')).toBeNull();
  });
});

describe('assignment codec', () => {
  it('round-trips any assignment, also as a link', async () => {
    await fc.assert(
      fc.asyncProperty(arbAssignment, async (a) => {
        const code = await encodeAssignment(a);
        expect(code.startsWith(ASSIGNMENT_PREFIX)).toBe(true);
        expect(await decodeAssignment(code)).toEqual({ ok: true, assignment: a, code });
        const r = await decodeAssignment(assignmentLink('https://x.example/', code));
        expect(r.ok && r.assignment).toEqual(a);
      }),
      { numRuns: 60 },
    );
  });

  it('detects any changed, missing or cut-off character', async () => {
    const code = await encodeAssignment(assignment);
    await fc.assert(
      fc.asyncProperty(spoil(code), async (bad) => {
        expect((await decodeAssignment(bad)).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('names an unknown version, and refuses oversized and foreign codes', async () => {
    const code = await encodeAssignment(assignment);
    expect(await decodeAssignment(code.replace('nnA1.', 'nnA2.'))).toEqual({
      ok: false,
      error: 'unknown-version',
    });
    expect(await decodeAssignment('nnA1.' + 'A'.repeat(30_000))).toEqual({
      ok: false,
      error: 'too-large',
    });
    expect(await decodeAssignment('hello')).toEqual({ ok: false, error: 'malformed' });
    expect(await decodeAssignment('')).toEqual({ ok: false, error: 'empty' });
    // A well-tagged code whose payload is not an assignment.
    expect(await decodeAssignment(await encodeCode(ASSIGNMENT_PREFIX, { id: 1 }))).toEqual({
      ok: false,
      error: 'malformed',
      detail: 'no valid id and key',
    });
  });

  it('refuses a decompression bomb as too large', async () => {
    const bomb = await encodeCode('nnX1.', 'a'.repeat(10_000_000));
    expect(bomb.length).toBeLessThan(20_000);
    expect(await decodeCode(bomb, 'nnX', 'nnX1.', 20_000)).toEqual({
      ok: false,
      error: 'too-large',
    });
  });
});

describe('report codec', () => {
  it('round-trips any report', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbAssignment.chain((a) => fc.tuple(fc.constant(a), arbReport(a))),
        async ([a, r]) => {
          const code = await encodeReport(r, a);
          expect(await decodeReport(code, a)).toEqual({ ok: true, report: r, code });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('detects tampering, truncation and another assignment', async () => {
    const r = buildReport(
      assignment,
      ' Ada ',
      [{ poll: 'p-single', lesson: 'l', answer: 'b', correct: true, at: 5 }],
      10,
    );
    expect(r).toEqual({
      assignment: 'assign-1',
      title: assignment.title,
      name: 'Ada',
      createdAt: 10,
      attempts: [{ poll: 'p-single', answer: 'b', at: 5 }],
    });
    const code = await encodeReport(r, assignment);
    await fc.assert(
      fc.asyncProperty(spoil(code), async (bad) => {
        expect((await decodeReport(bad, assignment)).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    // Re-encoded with the right format but without the key: detected (the name it claims is kept for the list).
    const forged = await encodeCode('nnR1.', { ...r, name: 'Eve' });
    expect(await decodeReport(forged, assignment)).toEqual({
      ok: false,
      error: 'integrity',
      name: 'Eve',
    });
    const other = { ...assignment, id: 'other-2', title: 'Lesson 2' };
    expect(await decodeReport(code, other)).toEqual({
      ok: false,
      error: 'other-assignment',
      detail: assignment.title,
      name: 'Ada',
    });
  });
});
