// The poll bank, read from content/polls/*.yaml with the same schema the
// build uses, so the server grades exactly what the lessons show.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { pollBankSchema, type Poll } from '../src/quiz/poll-schema.ts';

/** Every poll by id. */
export type PollIndex = Map<string, Poll>;

/** Reads and checks every bank file in `dir`; throws with the file name on a bad one. */
export function loadPolls(dir: string): PollIndex {
  const polls: PollIndex = new Map();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const parsed = pollBankSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${join(dir, file)}: ${parsed.error.message}`);
    for (const poll of parsed.data.polls) {
      if (polls.has(poll.id)) throw new Error(`${file}: poll id "${poll.id}" is used twice`);
      polls.set(poll.id, poll);
    }
  }
  return polls;
}
