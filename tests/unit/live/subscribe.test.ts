import { describe, expect, it } from 'vitest';
import { backoff, subscribe, type StreamStatus } from '../../../src/live/subscribe.ts';
import { parseSnapshot, type Snapshot } from '../../../src/live/snapshot.ts';
import { snap } from './fixtures.ts';

// A stand-in for the browser's EventSource that the test drives by hand.
class FakeSource {
  static made: FakeSource[] = [];
  readyState = 0;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  private listeners: ((e: { data: string }) => void)[] = [];
  readonly url: string;
  constructor(url: string) {
    this.url = url;
    FakeSource.made.push(this);
  }
  addEventListener(_: string, fn: (e: { data: string }) => void) {
    this.listeners.push(fn);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  emit(s: Snapshot | string) {
    for (const fn of this.listeners) fn({ data: typeof s === 'string' ? s : JSON.stringify(s) });
  }
}

function setup() {
  FakeSource.made = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const got: number[] = [];
  const states: StreamStatus[] = [];
  const stop = subscribe(
    '/api/live/ABC234/events?role=learner&token=t',
    { snapshot: (s) => got.push(s.version), status: (s) => states.push(s) },
    {
      EventSource: FakeSource as unknown as new (url: string) => EventSource,
      setTimeout: (fn, ms) => timers.push({ fn, ms }),
      clearTimeout: () => {},
    },
  );
  return { timers, got, states, stop };
}

describe('snapshot stream', () => {
  it('delivers newer snapshots only, ignoring stale and broken ones', () => {
    const { got, states } = setup();
    const es = FakeSource.made[0];
    es.onopen!();
    es.emit(snap(null, { version: 3 }));
    es.emit(snap(null, { version: 2 }));
    es.emit('not json');
    es.emit(snap(null, { version: 5 }));
    expect(got).toEqual([3, 5]);
    expect(states).toEqual(['connecting', 'live']);
  });

  it('lets the browser retry while it can, then starts a new stream from the last version', () => {
    const { timers, states } = setup();
    const es = FakeSource.made[0];
    es.emit(snap(null, { version: 7 }));
    es.onerror!(); // still CONNECTING: the browser retries by itself
    expect(timers).toHaveLength(0);
    es.readyState = 2;
    es.onerror!();
    expect(timers.map((t) => t.ms)).toEqual([1000]);
    timers[0].fn();
    expect(FakeSource.made[1].url).toBe(
      '/api/live/ABC234/events?role=learner&token=t&lastEventId=7',
    );
    expect(states).toEqual(['connecting', 'offline', 'offline', 'connecting']);
  });

  it('backs off 1, 2, 4 … seconds, at most 15', () => {
    expect([0, 1, 2, 3, 4, 10].map(backoff)).toEqual([1000, 2000, 4000, 8000, 15000, 15000]);
  });

  it('closes for good', () => {
    const { stop, timers } = setup();
    stop();
    const es = FakeSource.made[0];
    expect(es.closed).toBe(true);
    es.onerror!();
    expect(timers).toHaveLength(0);
  });
});

describe('parseSnapshot', () => {
  it('reads a snapshot and refuses what is not one', () => {
    expect(parseSnapshot(JSON.stringify(snap(null)))?.code).toBe('ABC234');
    expect(parseSnapshot('{"code":"X"}')).toBeNull();
    expect(parseSnapshot('[]')).toBeNull();
    expect(parseSnapshot(JSON.stringify({ ...snap(null), run: 'x' }))).toBeNull();
  });
});
