// Pushes snapshots to the SSE clients of this instance. A change only marks a
// class dirty; at most one snapshot per class per `coalesceMs` is read and
// sent, so a burst of 500 answers costs a few reads, not 500 × 500 writes.
// Learners' phones get a change of what they see at once, but a change of the
// counts alone (answered, learners) at most every `learnerCountsMs`. The hub's
// waits are real timers, so it reads real time (Date.now), not the app's clock.
import type { Snapshots } from '../snapshot.ts';

/** One connected stream. */
interface Subscriber {
  role: 'teacher' | 'learner';
  /** The version last sent to it (or the Last-Event-ID it came back with). */
  sent: number;
  write: (text: string) => void;
}

/** Timing of the hub. */
export interface HubOptions {
  coalesceMs: number;
  heartbeatMs: number;
  learnerCountsMs: number;
}

/** The learner snapshot without its counts: when this is unchanged, only counts moved. */
function learnerShape(s: Snapshots): string {
  const l = s.learner;
  return JSON.stringify({ ...l, version: 0, learners: 0, run: l.run && { ...l.run, answered: 0 } });
}

const frame = (s: Snapshots, role: Subscriber['role']) =>
  `event: snapshot\nid: ${s.version}\ndata: ${JSON.stringify(s[role])}\n\n`;

/** An SSE hub reading snapshots with `read(code)`. */
export function eventHub(
  read: (code: string) => Promise<Snapshots | null>,
  opts: HubOptions,
  log: (e: unknown) => void,
) {
  const subs = new Map<string, Set<Subscriber>>();
  const state = new Map<
    string,
    { last: number; timer: NodeJS.Timeout | null; dirty: boolean; busy: boolean }
  >();

  const learnerState = new Map<
    string,
    { shape: string; at: number; trail: NodeJS.Timeout | null }
  >();

  const send = (code: string, snaps: Snapshots) => {
    const cache: Partial<Record<Subscriber['role'], string>> = {};
    const ls = learnerState.get(code) ?? { shape: '', at: 0, trail: null };
    learnerState.set(code, ls);
    const shape = learnerShape(snaps);
    const now = Date.now();
    const learnersToo = shape !== ls.shape || now - ls.at >= opts.learnerCountsMs;
    if (learnersToo) {
      ls.shape = shape;
      ls.at = now;
    } else if (!ls.trail) {
      // Counts moved: the learners get them when the interval is over.
      ls.trail = setTimeout(
        () => {
          ls.trail = null;
          schedule(code);
        },
        ls.at + opts.learnerCountsMs - now,
      );
    }
    for (const sub of subs.get(code) ?? []) {
      if (snaps.version <= sub.sent || (sub.role === 'learner' && !learnersToo)) continue;
      sub.sent = snaps.version;
      sub.write((cache[sub.role] ??= frame(snaps, sub.role)));
    }
  };

  const flush = async (code: string) => {
    const st = state.get(code)!;
    st.timer = null;
    if (st.busy) return void (st.dirty = true);
    st.busy = true;
    st.dirty = false;
    st.last = Date.now();
    try {
      const snaps = await read(code);
      if (snaps) send(code, snaps);
    } catch (e) {
      log(e);
    } finally {
      st.busy = false;
      if (st.dirty) schedule(code);
    }
  };

  const schedule = (code: string) => {
    let st = state.get(code);
    if (!st) state.set(code, (st = { last: 0, timer: null, dirty: false, busy: false }));
    if (st.timer) return;
    if (st.busy) return void (st.dirty = true);
    const wait = Math.max(0, st.last + opts.coalesceMs - Date.now());
    st.timer = setTimeout(() => void flush(code), wait);
  };

  const beat = setInterval(() => {
    for (const set of subs.values()) for (const sub of set) sub.write(': heartbeat\n\n');
  }, opts.heartbeatMs);
  beat.unref();

  return {
    /** Says a class changed (null: any class may have); its subscribers get a fresh snapshot soon. */
    changed(code: string | null) {
      for (const c of code === null ? [...subs.keys()] : [code]) if (subs.get(c)?.size) schedule(c);
    },
    /** Adds a stream; sends the current snapshot unless `lastEventId` is already that version. Returns the unsubscribe. */
    async subscribe(
      code: string,
      role: Subscriber['role'],
      lastEventId: number,
      write: (t: string) => void,
    ) {
      const sub: Subscriber = { role, sent: lastEventId, write };
      let set = subs.get(code);
      if (!set) subs.set(code, (set = new Set()));
      set.add(sub);
      write('retry: 2000\n\n');
      const snaps = await read(code);
      if (snaps && snaps.version > sub.sent) {
        sub.sent = snaps.version;
        write(frame(snaps, role));
      }
      return () => {
        set.delete(sub);
        if (set.size === 0) {
          subs.delete(code);
          const ls = learnerState.get(code);
          if (ls?.trail) clearTimeout(ls.trail);
          learnerState.delete(code);
        }
      };
    },
    /** The number of open streams (for tests and the bench). */
    size: () => [...subs.values()].reduce((n, s) => n + s.size, 0),
    close() {
      clearInterval(beat);
      for (const st of state.values()) if (st.timer) clearTimeout(st.timer);
      for (const ls of learnerState.values()) if (ls.trail) clearTimeout(ls.trail);
    },
  };
}

/** What `eventHub` makes. */
export type EventHub = ReturnType<typeof eventHub>;
