// SCORM 1.2 times: CMITimespan (HHHH:MM:SS.SS, hours 2 to 4 digits) for
// cmi.core.session_time, CMITime (HH:MM:SS, time of day) for interactions.

const two = (n: number) => String(n).padStart(2, '0');

/** A duration in milliseconds as a SCORM 1.2 CMITimespan "HH:MM:SS" (hours up to 9999). */
export function sessionTime(ms: number): string {
  const total = Math.min(Math.max(0, Math.floor(ms / 1000)), 9999 * 3600 + 59 * 60 + 59);
  const h = Math.floor(total / 3600);
  return `${two(h)}:${two(Math.floor(total / 60) % 60)}:${two(total % 60)}`;
}

/** The local time of day of a moment as a SCORM 1.2 CMITime "HH:MM:SS". */
export function timeOfDay(at: number): string {
  const d = new Date(at);
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}
