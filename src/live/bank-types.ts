// The shape of /live/bank.json, shared by the endpoint that writes it and the pages that read it.
import type { ClientPoll } from '../quiz/client-poll.ts';

/** One lesson of the bank: its id, title and poll ids in bank order. */
export interface LiveLesson {
  id: string;
  title: string;
  polls: string[];
}

/** The rendered bank: lessons in lecture order and every poll by id. */
export interface LiveBank {
  lessons: LiveLesson[];
  polls: Record<string, ClientPoll>;
  /** Each poll's prompt as one short line of plain text, for lists. */
  titles: Record<string, string>;
}
