// One Server-Sent Events stream per tab, kept open. The browser resumes a
// dropped stream by itself (sending Last-Event-ID); when it gives up (the
// server was down), a new stream starts after a back-off, carrying the last
// version seen so that the server sends only what is newer.
import { parseSnapshot, type Snapshot } from './snapshot.ts';

/** The stream's state, for the "connected / reconnecting" line. */
export type StreamStatus = 'connecting' | 'live' | 'offline';

/** What the subscriber hears. */
export interface StreamHandlers {
  snapshot(s: Snapshot): void;
  status(s: StreamStatus): void;
}

/** The parts of the browser the stream uses, replaceable in tests. */
export interface StreamDeps {
  EventSource: new (url: string) => EventSource;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** Back-off before the n-th new stream (0-based): 1 s, 2 s, 4 s, … at most 15 s. */
export function backoff(n: number): number {
  return Math.min(15_000, 1000 * 2 ** n);
}

/** Opens the stream at `url`; returns a function that closes it for good. */
export function subscribe(url: string, on: StreamHandlers, deps: StreamDeps): () => void {
  let version = -1;
  let source: EventSource | null = null;
  let timer: unknown = null;
  let failures = 0;
  let closed = false;

  const open = () => {
    timer = null;
    on.status('connecting');
    const sep = url.includes('?') ? '&' : '?';
    const es = new deps.EventSource(version >= 0 ? `${url}${sep}lastEventId=${version}` : url);
    source = es;
    es.onopen = () => {
      failures = 0;
      on.status('live');
    };
    es.addEventListener('snapshot', (e) => {
      const s = parseSnapshot((e as MessageEvent<string>).data);
      // Snapshots are absolute; an older one (a late resend) would only turn the view back.
      if (!s || s.version <= version) return;
      version = s.version;
      on.snapshot(s);
    });
    es.onerror = () => {
      if (closed) return;
      on.status('offline');
      if (es.readyState !== 2) return; // CONNECTING: the browser retries by itself.
      es.close();
      timer = deps.setTimeout(open, backoff(failures++));
    };
  };

  open();
  return () => {
    closed = true;
    source?.close();
    if (timer !== null) deps.clearTimeout(timer);
  };
}
