// The poll bank as the build sees it: every bank file read once, checked
// across files (a poll id used twice, a bank naming no lesson, a widget task
// naming no check), and indexed by poll id. Poll.astro and the pages use it.
import { getCollection } from 'astro:content';
import { getLessons } from '../course/lessons.ts';
import type { Poll } from './poll-schema.ts';
import { widgetChecks } from './widget-checks.ts';
import { renderPoll } from './render.ts';
import type { ClientPoll } from './client-poll.ts';

/** One poll with where it comes from. */
export interface BankEntry {
  poll: Poll;
  /** The lesson id, e.g. "lessons/03-weights-bias-activations". */
  lesson: string;
  /** The bank file, e.g. "content/polls/03-weights-bias-activations.yaml". */
  file: string;
  /** The poll with its Markdown and math rendered (every poll is rendered, embedded or not, so broken math fails the build). */
  client: ClientPoll;
}

/** The whole bank: polls by id, and each lesson's poll ids in bank order. */
export interface Bank {
  byId: Map<string, BankEntry>;
  /** Every lesson (in lecture order, also those without polls) with its poll ids. */
  lessonPolls: Record<string, string[]>;
}

let bank: Promise<Bank> | null = null;

async function build(): Promise<Bank> {
  const lessons = await getLessons();
  const lessonIds = lessons.map((l) => `lessons/${l.id}`);
  const lessonPolls: Record<string, string[]> = Object.fromEntries(lessonIds.map((id) => [id, []]));
  const byId = new Map<string, BankEntry>();
  const errors: string[] = [];
  const banks = (await getCollection('polls')).sort((a, b) => a.id.localeCompare(b.id));
  for (const entry of banks) {
    const file = entry.filePath ?? `content/polls/${entry.id}.yaml`;
    const { lesson, polls } = entry.data;
    if (!lessonPolls[lesson]) {
      errors.push(
        `${file}: "lesson: ${lesson}" names no lesson; known lessons: ${lessonIds.join(', ')}`,
      );
      continue;
    }
    for (const poll of polls) {
      const other = byId.get(poll.id);
      if (other) {
        errors.push(
          `poll id "${poll.id}" is used twice: in ${other.file} and in ${file}; poll ids must be unique across all banks`,
        );
        continue;
      }
      if (poll.type === 'widget' && !widgetChecks[poll.check]) {
        errors.push(
          `${file}: poll "${poll.id}" names the check "${poll.check}", which src/quiz/widget-checks.ts does not define`,
        );
      }
      byId.set(poll.id, { poll, lesson, file, client: await renderPoll(poll, lesson, file) });
      lessonPolls[lesson].push(poll.id);
    }
  }
  if (errors.length > 0)
    throw new Error(`The poll bank has ${errors.length} problem(s):\n  ${errors.join('\n  ')}`);
  return { byId, lessonPolls };
}

/** The checked poll bank (read and checked once per build; afresh on every request in dev, where banks change). */
export function getBank(): Promise<Bank> {
  if (import.meta.env.DEV) return build();
  bank ??= build();
  return bank;
}
