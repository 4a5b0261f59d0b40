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
