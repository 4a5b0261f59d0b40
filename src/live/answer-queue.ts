// A learner's answers, kept in localStorage until the server has them. Each
// answer gets its id once, when it is given, so a resend after a dropped
// connection is recognized by the server and counted once.

/** Any answer grade() takes: an option id, option ids, or typed text. */
export type LiveAnswer = string | string[];

/** One answer to one run of a poll. */
export interface QueuedAnswer {
  answerId: string;
  runId: string;
  answer: LiveAnswer;
  /** Set once the server acknowledged it (after its commit). */
  acceptedAt?: string;
  /** Set when the server refused it for good (e.g. the poll was locked first). */
  refused?: string;
}

/** What a send attempt came to: kept by the server, refused for good, or to try again later. */
export type SendOutcome =
  | { kind: 'accepted'; acceptedAt: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'retry' };

/** The part of Storage the queue uses (localStorage, or a map in tests). */
export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function load(store: KeyValue, key: string): Record<string, QueuedAnswer> {
  try {
    const v: unknown = JSON.parse(store.getItem(key) ?? '{}');
    return typeof v === 'object' && v !== null && !Array.isArray(v)
      ? (v as Record<string, QueuedAnswer>)
      : {};
  } catch {
    // A damaged entry is not worth a crash: start the queue afresh.
    return {};
  }
}

/** The answer queue of one learner in one class, one answer per run (the last one given). */
export class AnswerQueue {
  private byRun: Record<string, QueuedAnswer>;
  private running: Promise<void> | null = null;
  private again = false;

  private readonly store: KeyValue;
  private readonly key: string;
  private readonly newId: () => string;

  /** Reads the queue kept under `key`; `newId` makes answer ids. */
  constructor(store: KeyValue, key: string, newId: () => string) {
    this.store = store;
    this.key = key;
    this.newId = newId;
    this.byRun = load(store, key);
  }

  private save(): void {
    try {
      this.store.setItem(this.key, JSON.stringify(this.byRun));
    } catch {
      // Storage full or blocked: the answer still lives in memory for this visit.
    }
  }

  /** Records a new answer to `runId` (replacing an earlier one) and returns it. */
  give(runId: string, answer: LiveAnswer): QueuedAnswer {
    const entry = { answerId: this.newId(), runId, answer };
    this.byRun[runId] = entry;
    this.save();
    return entry;
  }

  /** The answer given to `runId`, if any. */
  get(runId: string): QueuedAnswer | undefined {
    return this.byRun[runId];
  }

  /** Answers the server has not acknowledged or refused yet, oldest run first. */
  pending(): QueuedAnswer[] {
    return Object.values(this.byRun).filter((a) => !a.acceptedAt && !a.refused);
  }

  /** Sends every pending answer with `send`; one flush at a time, a call during one runs it again after. */
  flush(send: (a: QueuedAnswer) => Promise<SendOutcome>): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.sendAll(send);
      } while (this.again);
      this.running = null;
    })();
    return this.running;
  }

  private async sendAll(send: (a: QueuedAnswer) => Promise<SendOutcome>): Promise<void> {
    for (const a of this.pending()) {
      const outcome = await send(a);
      // Answered again while this one was in flight: the newer answer is sent next time.
      if (this.byRun[a.runId]?.answerId !== a.answerId) continue;
      if (outcome.kind === 'retry') return;
      this.byRun[a.runId] =
        outcome.kind === 'accepted'
          ? { ...a, acceptedAt: outcome.acceptedAt }
          : { ...a, refused: outcome.reason };
      this.save();
    }
  }
}
