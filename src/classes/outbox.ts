// The attempts of the progress log on their way to the class server. An
// attempt enters once (its id is derived from the attempt, see attempt-id.ts),
// leaves when the server says `accepted` or `duplicate`, and is set aside with
// the server's reason when it says `refused`; ids once sent are remembered, so
// an attempt is never queued twice, whatever the log, the tabs or a reload do.
// Pure apart from the key-value store it is given.
import type { Attempt } from '../progress/log.ts';
import type { KeyValue } from '../live/answer-queue.ts';
import { attemptId } from './attempt-id.ts';

/** One attempt as the server takes it. */
export interface Outgoing {
  attemptId: string;
  pollId: string;
  response: string | string[];
  answeredAt: number;
  /** Answered before this browser signed in to the class. */
  before?: boolean;
}

/** An attempt the server will never take, and why (its sentence, for the class page). */
export interface Refusal {
  attemptId: string;
  pollId: string;
  code: string;
  error: string;
  answeredAt: number;
}

/** What the server said of one attempt of a batch. */
export interface AttemptResult {
  attemptId: string;
  status: 'accepted' | 'duplicate' | 'refused';
  code?: string;
  error?: string;
}

/** What sending one batch came to. */
export type BatchOutcome =
  /** The server answered with one result per attempt. */
  | { kind: 'results'; results: AttemptResult[] }
  /** No answer, a server fault or too many requests: the batch waits (at least `after` ms). */
  | { kind: 'retry'; after: number }
  /** The batch as a whole was refused (bad request): it is split, a single attempt set aside. */
  | { kind: 'rejected'; code: string; error: string }
  /** The token or the class is gone: stop, keep everything for a later sign-in. */
  | { kind: 'stop'; code: string };

/** What a flush came to: all sent, to try again later (ms), or stopped for good (the code). */
export type FlushOutcome =
  { kind: 'done' } | { kind: 'retry'; after: number } | { kind: 'stop'; code: string };

/** The most attempts the server takes in one request. */
export const BATCH = 50;
const FORMAT = 1;

interface Saved {
  format: typeof FORMAT;
  pending: Outgoing[];
  sent: string[];
  refused: Refusal[];
  /** Attempts answered before sign-in that the server now has. */
  earlierSent: number;
}

const empty = (): Saved => ({ format: FORMAT, pending: [], sent: [], refused: [], earlierSent: 0 });

function load(store: KeyValue, key: string): Saved {
  try {
    const v = JSON.parse(store.getItem(key) ?? 'null') as Partial<Saved> | null;
    if (!v || v.format !== FORMAT) return empty();
    return {
      format: FORMAT,
      pending: Array.isArray(v.pending) ? v.pending.filter(isOutgoing) : [],
      sent: Array.isArray(v.sent) ? v.sent.filter((x) => typeof x === 'string') : [],
      refused: Array.isArray(v.refused) ? v.refused : [],
      earlierSent: typeof v.earlierSent === 'number' ? v.earlierSent : 0,
    };
  } catch {
    // A damaged entry: start afresh. Nothing is lost, since the progress log is the source
    // and the server counts a resent id once.
    return empty();
  }
}

function isOutgoing(v: unknown): v is Outgoing {
  const o = v as Outgoing;
  return (
    !!o &&
    typeof o.attemptId === 'string' &&
    typeof o.pollId === 'string' &&
    typeof o.answeredAt === 'number' &&
    (typeof o.response === 'string' || Array.isArray(o.response))
  );
}

/** Why the server's schema would refuse this response, or null when it takes it (server/class-schemas.ts). */
export function responseFlaw(r: string | string[]): string | null {
  if (typeof r === 'string') return r.length >= 1 && r.length <= 2000 ? null : 'length';
  if (r.length < 1 || r.length > 20) return 'count';
  return r.every((x) => typeof x === 'string' && x.length >= 1 && x.length <= 64) ? null : 'option';
}

/** How long to wait before try number `failures + 1` (ms): doubling from 2 s to a minute, never less than the server asked. */
export function retryDelay(failures: number, serverAfterMs = 0): number {
  const backoff = Math.min(60_000, 2000 * 2 ** Math.max(0, failures - 1));
  return Math.max(backoff, serverAfterMs);
}

/** The outbox of one learner of one class in this browser. */
export class Outbox {
  private state: Saved;
  private sentSet: Set<string>;
  private running: Promise<FlushOutcome> | null = null;
  private again = false;
  private readonly store: KeyValue;
  private readonly key: string;

  /** Reads the outbox kept under `key`. */
  constructor(store: KeyValue, key: string) {
    this.store = store;
    this.key = key;
    this.state = load(store, key);
    this.sentSet = new Set(this.state.sent);
  }

  private save(): void {
    try {
      this.store.setItem(this.key, JSON.stringify(this.state));
    } catch {
      // Storage full: the outbox lives in memory for this visit; the log still has every attempt.
    }
  }

  private known(id: string): boolean {
    return (
      this.sentSet.has(id) ||
      this.state.pending.some((p) => p.attemptId === id) ||
      this.state.refused.some((r) => r.attemptId === id)
    );
  }

  /**
   * Queues every attempt of `log` at a poll in `assigned` that is not queued, sent or refused
   * yet; those answered before `signedInAt` are marked as earlier. Returns how many it queued.
   */
  take(log: readonly Attempt[], assigned: ReadonlySet<string>, signedInAt: number): number {
    let added = 0;
    let changed = false;
    for (const a of log) {
      if (!assigned.has(a.poll)) continue;
      const id = attemptId(a);
      if (this.known(id)) continue;
      const before = a.at < signedInAt;
      const flaw = responseFlaw(a.answer);
      changed = true;
      if (flaw) {
        this.state.refused.push({
          attemptId: id,
          pollId: a.poll,
          // Said by the page from the code: the server's schema would refuse it the same way.
          code: 'invalid_answer',
          error: '',
          answeredAt: a.at,
        });
      } else {
        const o: Outgoing = { attemptId: id, pollId: a.poll, response: a.answer, answeredAt: a.at };
        if (before) o.before = true;
        this.state.pending.push(o);
        added++;
      }
    }
    if (changed) this.save();
    return added;
  }

  /** Records ids the server already has (its list of this learner's attempts): they are done. */
  markSent(ids: Iterable<string>): void {
    let changed = false;
    for (const id of ids) {
      if (this.sentSet.has(id)) continue;
      this.sentSet.add(id);
      this.state.sent.push(id);
      changed = true;
    }
    if (!changed) return;
    this.state.pending = this.state.pending.filter((p) => !this.sentSet.has(p.attemptId));
    this.save();
  }

  /** Attempts waiting to be sent, oldest first. */
  pending(): readonly Outgoing[] {
    return this.state.pending;
  }

  /** Attempts the server refused, with its reasons. */
  refused(): readonly Refusal[] {
    return this.state.refused;
  }

  /** How many attempts answered before sign-in the server has by now. */
  earlierSent(): number {
    return this.state.earlierSent;
  }

  /** Whether the server has (or had) the attempt with this id. */
  isSent(id: string): boolean {
    return this.sentSet.has(id);
  }

  private done(o: Outgoing): void {
    this.state.pending = this.state.pending.filter((p) => p.attemptId !== o.attemptId);
    if (!this.sentSet.has(o.attemptId)) {
      this.sentSet.add(o.attemptId);
      this.state.sent.push(o.attemptId);
      if (o.before) this.state.earlierSent++;
    }
  }

  private refuse(o: Outgoing, code: string, error: string): void {
    this.state.pending = this.state.pending.filter((p) => p.attemptId !== o.attemptId);
    this.state.refused.push({
      attemptId: o.attemptId,
      pollId: o.pollId,
      code,
      error,
      answeredAt: o.answeredAt,
    });
  }

  /** Sends every pending attempt with `send`, at most BATCH a request; one flush at a time. */
  flush(send: (batch: Outgoing[]) => Promise<BatchOutcome>): Promise<FlushOutcome> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let out: FlushOutcome;
      do {
        this.again = false;
        out = await this.sendAll(send);
      } while (this.again && out.kind === 'done');
      this.running = null;
      return out;
    })();
    return this.running;
  }

  private async sendAll(send: (batch: Outgoing[]) => Promise<BatchOutcome>): Promise<FlushOutcome> {
    // One by one after a batch was refused as a whole, so one bad attempt cannot hold up the rest.
    let size = BATCH;
    while (this.state.pending.length > 0) {
      const batch = this.state.pending.slice(0, size);
      const outcome = await send(batch);
      if (outcome.kind === 'retry') return { kind: 'retry', after: outcome.after };
      if (outcome.kind === 'stop') return { kind: 'stop', code: outcome.code };
      if (outcome.kind === 'rejected') {
        if (batch.length > 1) {
          size = 1;
          continue;
        }
        this.refuse(batch[0], outcome.code, outcome.error);
      } else {
        const byId = new Map(outcome.results.map((r) => [r.attemptId, r]));
        for (const o of batch) {
          const r = byId.get(o.attemptId);
          // An attempt the reply does not mention stays queued for the next try.
          if (!r) continue;
          if (r.status === 'refused') this.refuse(o, r.code ?? 'refused', r.error ?? '');
          else this.done(o);
        }
        // A reply that settled nothing would loop for ever: wait as after a fault.
        if (batch.every((o) => !byId.has(o.attemptId))) {
          this.save();
          return { kind: 'retry', after: 0 };
        }
      }
      this.save();
    }
    return { kind: 'done' };
  }
}
