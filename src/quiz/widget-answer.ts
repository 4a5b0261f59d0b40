// How a widget task's answer is kept: the published state as JSON, whole, so that a
// report (src/assign) or the class server (src/classes) can grade it again with the
// same check. Cutting the text would leave JSON no check can read.
import { MAX_ANSWER_CHARS } from '../progress/log.ts';

/** The state as JSON, or, when it is longer than an attempt may hold, a small object that says so (graded again, it is "missing"). */
export function widgetAnswer(state: unknown): string {
  const json = JSON.stringify(state ?? null) ?? 'null';
  return json.length <= MAX_ANSWER_CHARS ? json : JSON.stringify({ tooLong: json.length });
}
