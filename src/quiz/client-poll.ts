// The form of a poll that reaches the browser: its Markdown already rendered
// to HTML at build, so no Markdown or KaTeX code ships.
import type { GradablePoll } from './grade.ts';

/** A choice as the page shows it: its text and feedback as HTML. */
export interface ClientOption {
  id: string;
  text: string;
  feedback: string;
  /** A plain-text name for a choice written in math (its label's MathML names nothing). */
  label?: string;
}

/** Where "Now run it" points after a check. */
export interface ClientFollowedBy {
  title: string;
  anchor?: string;
}

/** A poll ready for the Poll island: gradable as it stands (grade.ts), with HTML texts. */
export type ClientPoll = GradablePoll & {
  id: string;
  lesson: string;
  /** The prompt as HTML. */
  prompt: string;
  fromLecture: boolean;
  /** The hint as HTML, shown after a first wrong answer (none when the poll has no usable hint). */
  hint?: string;
  followedBy?: ClientFollowedBy;
  options?: ClientOption[];
};

type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * What the Poll island is given. In a lesson: ids, the answer key and the spoken
 * labels only. The prompt and option texts reach it as slots (rendered once, in the
 * page), and feedback, explanation and hint are fetched from `details` on the
 * first Check (poll-details.ts). The live pages pass a whole ClientPoll instead.
 */
export type PollView = OmitEach<ClientPoll, 'prompt' | 'explanation' | 'hint' | 'options'> & {
  prompt?: string;
  explanation?: string;
  hint?: string;
  options?: (Omit<ClientOption, 'text' | 'feedback'> & { text?: string; feedback?: string })[];
  /** The URL of this lesson's poll details, relative to the page (absent when the texts are all here). */
  details?: string;
};

/** The texts of a poll that are shown only after a Check, as HTML. */
export interface PollDetail {
  explanation: string;
  hint?: string;
  /** Each option's feedback, by option id. */
  feedback: Record<string, string>;
}
