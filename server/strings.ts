// Every sentence the class server says to a person, in one place.

/** Error messages by machine code. */
export const messages = {
  invalid_request: 'The request is not valid.',
  invalid_answer: 'That answer cannot be graded for this poll.',
  unknown_poll: 'There is no poll with that id in the course.',
  poll_not_live: 'That poll needs its lesson’s widget and cannot be run live.',
  poll_not_in_class: 'That poll is not among the polls of this class.',
  name_required: 'Please type a display name: this class does not allow anonymous learners.',
  unauthorized: 'The teacher secret or learner token is missing or wrong.',
  unknown_class: 'There is no live class with that join code. Check the code and try again.',
  unknown_run: 'There is no such poll run in this class.',
  not_found: 'There is no such API route.',
  run_locked: 'This poll is locked: answers can no longer change.',
  run_closed: 'This poll is closed: the teacher has moved on.',
  class_ended: 'This live class has ended.',
  invalid_transition: 'That step is not possible from the poll’s current state.',
  too_large: 'The request body is too large.',
  rate_limited: 'Too many requests: please wait a moment and try again.',
  internal: 'Something went wrong on the class server; the error was logged.',
} as const;

/** What the server prints when it starts. */
export const listening = (url: string, store: string) =>
  `Class server on ${url} (store: ${store}). Press Ctrl+C to stop.`;
