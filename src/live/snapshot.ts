// The live class as the server sends it (server/API.md): absolute counts, so
// applying a snapshot twice or out of a resume never double-counts.

/** A choice poll's tally: answers per option id. */
export interface ChoiceTally {
  kind: 'choice';
  counts: Record<string, number>;
}

/** One bin of a numeric poll's histogram, [from, to). */
export interface NumericBin {
  from: number;
  to: number;
  count: number;
}

/** A numeric poll's tally: binned answers, and how many answers were not numbers. */
export interface NumericTally {
  kind: 'numeric';
  bins: NumericBin[];
  unparsed: number;
}

/** The run of one poll: its state, whether results are shown, its tally. */
export interface RunSnapshot {
  runId: string;
  pollId: string;
  state: 'open' | 'locked' | 'revealed';
  shown: boolean;
  answered: number;
  /** Teachers always get it; learners only while `shown`. */
  tally: ChoiceTally | NumericTally | null;
  /** The poll's answer, only once revealed. */
  correct: unknown;
}

/** The whole class at one version. */
export interface Snapshot {
  code: string;
  title: string;
  status: 'live' | 'ended';
  version: number;
  learners: number;
  /** Whether learners may join without a name. */
  allowAnonymous?: boolean;
  /** The class's polls in the teacher's order. */
  pollIds?: string[];
  run: RunSnapshot | null;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Parses an SSE or HTTP body into a snapshot, or null when it is not one (never throws). */
export function parseSnapshot(text: string): Snapshot | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObj(v) || typeof v.code !== 'string' || typeof v.version !== 'number') return null;
  if (v.status !== 'live' && v.status !== 'ended') return null;
  if (v.run !== null && (!isObj(v.run) || typeof v.run.runId !== 'string')) return null;
  return v as unknown as Snapshot;
}
