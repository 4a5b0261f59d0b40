// A rendered poll split for the page (build side): what the island needs to
// draw and grade it, and the texts it loads only on Check, which the build
// writes per lesson to /polls/<lesson>.json (src/pages/polls/[lesson].json.ts).
import type { ClientPoll, PollDetail, PollView } from './client-poll.ts';

/** Where a lesson's poll details are served from the site root ("lessons/02-perceptron" → "/polls/02-perceptron.json"). */
export function detailsPath(lesson: string): string {
  return `/polls/${lesson.replace(/^lessons\//, '')}.json`;
}

/** `target` (a root path) relative to the page at `pagePath`, so it resolves in a SCORM package too. */
export function relativeTo(pagePath: string, target: string): string {
  const depth = pagePath.split('/').length - 2;
  return '../'.repeat(Math.max(0, depth)) + target.replace(/^\//, '');
}

/** The texts of a poll that wait for a Check. */
export function pollDetail(poll: ClientPoll): PollDetail {
  return {
    explanation: poll.explanation,
    ...(poll.hint ? { hint: poll.hint } : {}),
    feedback: Object.fromEntries((poll.options ?? []).map((o) => [o.id, o.feedback])),
  };
}

/** The island's props for a poll on the page at `pagePath`: no HTML, no feedback, a link to the details. */
export function pollView(poll: ClientPoll, pagePath: string): PollView {
  const { prompt: _p, explanation: _e, hint: _h, options, ...rest } = poll;
  return {
    ...rest,
    ...(options
      ? { options: options.map(({ id, label }) => (label ? { id, label } : { id })) }
      : {}),
    details: relativeTo(pagePath, detailsPath(poll.lesson)),
  } as PollView;
}
