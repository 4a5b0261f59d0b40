// Every poll of every bank appears in its own lesson, exactly once, and every
// <Poll id="…" /> in a lesson names a poll of that lesson's bank.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const banks = readdirSync('content/polls')
  .filter((f) => f.endsWith('.yaml'))
  .map(
    (f) =>
      parse(readFileSync(`content/polls/${f}`, 'utf8')) as {
        lesson: string;
        polls: { id: string }[];
      },
  );

describe('polls embedded in lessons', () => {
  for (const bank of banks) {
    it(`${bank.lesson}: every poll of its bank is embedded once`, () => {
      const mdx = readFileSync(`content/${bank.lesson}.mdx`, 'utf8');
      const embedded = [...mdx.matchAll(/<Poll\s+id="([^"]+)"\s*\/>/g)].map((m) => m[1]);
      expect([...embedded].sort()).toEqual(bank.polls.map((p) => p.id).sort());
      expect(mdx).toMatch(/import \{[^}]*\bPoll\b[^}]*\} from '~\/components\/course';/);
    });
  }
});
