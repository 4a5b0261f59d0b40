// Time is injected so tests control it.

/** Milliseconds since the epoch. */
export type Clock = () => number;

/** The real clock. */
export const systemClock: Clock = () => Date.now();

/** A clock reading as an ISO 8601 UTC string. */
export const isoNow = (clock: Clock) => new Date(clock()).toISOString();
