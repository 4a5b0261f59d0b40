import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_BYTES } from '../../../src/assign/codec.ts';
import { readReports } from '../../../src/assign/gradebook.ts';
import {
  buildReport,
  encodeReport,
  keepAttempts,
  MAX_ANSWER,
  MAX_ATTEMPTS_PER_POLL,
  MAX_REPORT_FILE,
  reportFile,
} from '../../../src/assign/report.ts';
import type { Attempt } from '../../../src/progress/log.ts';
import { assignment } from './fixtures.ts';

interface BankPoll {
  id: string;
  type: string;
  options?: { id: string }[];
}

/** Every poll of the course's bank, read from content/polls. */
const bank: BankPoll[] = readdirSync('content/polls')
  .filter((f) => f.endsWith('.yaml'))
  .flatMap(
    (f) => (parse(readFileSync(`content/polls/${f}`, 'utf8')) as { polls: BankPoll[] }).polls,
  );

/** A string of random digits after "0.": a valid numeric answer that does not compress much. */
const digits = (n: number) =>
  `0.${Array.from({ length: n - 2 }, () => Math.floor(Math.random() * 10)).join('')}`;

/** The longest answer a poll of this type can log: every option, or MAX_ANSWER characters of text. */
const longest = (p: BankPoll): string | string[] =>
  p.type === 'multiple'
    ? (p.options ?? []).map((o) => o.id)
    : p.type === 'single'
      ? (p.options ?? []).map((o) => o.id).sort((x, y) => y.length - x.length)[0]
      : digits(MAX_ANSWER);

describe('report limits', () => {
  it("the app's biggest own report file imports: every poll, the most attempts, the longest answers", async () => {
    expect(bank.length).toBeGreaterThanOrEqual(60);
    const a = { ...assignment, polls: bank.map((p) => p.id) };
    // Far more attempts than a report keeps, so the cut is part of what is tested.
    const log: Attempt[] = bank.flatMap((p, i) =>
      Array.from({ length: 50 }, (_, k) => ({
        poll: p.id,
        lesson: 'l',
        answer: longest(p),
        // Right only late in the run: the report then keeps its most (18 first, that one, the last).
        correct: k === 30,
        at: i * 1000 + k,
      })),
    );
    const r = buildReport(a, 'N'.repeat(100), log, 5);
    expect(r.attempts).toHaveLength(bank.length * MAX_ATTEMPTS_PER_POLL);
    const code = await encodeReport(r, a);
    const file = reportFile(r, code);
    expect(JSON.stringify(r).length).toBeLessThan(MAX_JSON_BYTES);
    expect(file.length).toBeLessThan(MAX_REPORT_FILE);
    const { accepted, refused } = await readReports([{ label: 'big.json', text: file }], a);
    expect(refused).toEqual([]);
    expect(accepted[0].report).toEqual(r);
  }, 60_000);

  it('keeps the first attempts, the first right one and the last of a long run', () => {
    const run = Array.from({ length: 30 }, (_, i) => ({ i, correct: i === 25 }));
    const kept = keepAttempts(run).map((x) => x.i);
    expect(kept).toEqual([...Array.from({ length: 18 }, (_, i) => i), 25, 29]);
    // A right answer among the first ones: no extra one is needed.
    const early = Array.from({ length: 30 }, (_, i) => ({ i, correct: i === 3 }));
    expect(keepAttempts(early).map((x) => x.i)).toEqual([
      ...Array.from({ length: 18 }, (_, i) => i),
      29,
    ]);
    expect(keepAttempts(run.slice(0, 20))).toHaveLength(20);
  });
});
