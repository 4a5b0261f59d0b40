import type { StreamStatus } from '../subscribe.ts';
import { common as t } from '../strings.ts';

/** "Connected" / "Offline: reconnecting…", announced politely when it changes. */
export function StreamBadge({ status }: { status: StreamStatus }) {
  return (
    <p class={`live-stream is-${status}`} role="status">
      <span aria-hidden="true">{status === 'live' ? '● ' : '○ '}</span>
      {t.status[status]}
    </p>
  );
}
