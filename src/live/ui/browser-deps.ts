// The browser's own EventSource and timers, for subscribe(); read when a
// stream starts, since the page is also rendered at build, where none exist.
import type { StreamDeps } from '../subscribe.ts';

/** The real stream dependencies. */
export function browserDeps(): StreamDeps {
  return {
    EventSource,
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (id) => window.clearTimeout(id as number),
  };
}
