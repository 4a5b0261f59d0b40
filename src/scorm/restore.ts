// Joining the attempts saved in the LMS with those in this browser. The LMS
// keeps a summary (see suspend.ts), this browser the full log; per assigned
// poll the fuller of the two wins, so neither a failed commit nor a new
// browser loses anything. Another learner's attempts in a shared browser are
// never reported as this learner's: then the LMS's record alone counts.
import type { Attempt } from '../progress/log.ts';

/** The learner's log after restoring: `local` with each assigned poll taken from the fuller source. */
export function mergeRestored(
  local: readonly Attempt[],
  restored: readonly Attempt[],
  assigned: readonly string[],
  sameLearner: boolean,
): Attempt[] {
  const mine = new Set(assigned);
  const count = (list: readonly Attempt[], poll: string) =>
    list.filter((x) => x.poll === poll).length;
  const fromLms = new Set(
    assigned.filter((p) => !sameLearner || count(restored, p) > count(local, p)),
  );
  return [
    ...local.filter((x) => !(mine.has(x.poll) && fromLms.has(x.poll))),
    ...restored.filter((x) => fromLms.has(x.poll)),
  ].sort((x, y) => x.at - y.at);
}
